import type { Block, Body, Span } from '../../hcl/ast';

// Where an offset sits in the syntax tree.

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Blocks enclosing `offset`, outermost first. An unterminated block encloses everything up to its end. */
export function enclosingBlocks(body: Body, offset: number): Block[] {
  const chain: Block[] = [];
  let current: Body | undefined = body;
  while (current) {
    let next: Body | undefined;
    for (const item of current.items) {
      if (item.kind !== 'Block' || item.openBrace === undefined) continue;
      const inside = offset > item.openBrace && (item.closeBrace === undefined ? offset <= item.end : offset <= item.closeBrace);
      if (inside) {
        chain.push(item);
        next = item.body;
        break;
      }
    }
    current = next;
  }
  return chain;
}
