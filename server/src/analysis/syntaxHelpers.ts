import type { Attribute, Block, Body, Span } from '../hcl/ast';

/** The block's header: its type and labels, where block-level diagnostics sit. */
export function headerSpan(block: Block): Span {
  const last = block.labels.length ? block.labels[block.labels.length - 1] : block.type;
  return { start: block.type.start, end: last.end };
}

/** The first complete `name = value` argument of a block's body. */
export function attribute(block: Block, name: string): Attribute | undefined {
  return block.body.items.find((i): i is Attribute => i.kind === 'Attribute' && i.name.name === name && i.equals !== undefined);
}

/** True where recovery cut the body short, so absence of a child proves nothing. */
export function isIncomplete(block: Block): boolean {
  return block.closeBrace === undefined || bodyHasErrors(block.body);
}

export function bodyHasErrors(body: Body): boolean {
  return body.items.some((i) => i.kind === 'ErrorItem' || (i.kind === 'Attribute' && i.equals === undefined));
}

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
