import type { Attribute, Block, Body } from '../../hcl/ast';

// Where ignore comments land in the tree: what starts at an offset, and what holds one.

type Item = Block | Attribute;

/** Every block and attribute, at any depth, by the offset it starts at (the outermost one, where several do). */
export function itemsByStart(body: Body): Map<number, Item> {
  const out = new Map<number, Item>();
  const stack: Body[] = [body];
  for (let next = stack.pop(); next; next = stack.pop()) {
    for (const item of next.items) {
      if (item.kind !== 'Block' && item.kind !== 'Attribute') continue;
      if (!out.has(item.start)) out.set(item.start, item);
      if (item.kind === 'Block') stack.push(item.body);
    }
  }
  return out;
}

/** The innermost attribute and block holding `offset` (the parser bounds the depth). */
export function itemsAt(body: Body, offset: number): { attribute?: Attribute; block?: Block } {
  let block: Block | undefined;
  let current: Body | undefined = body;
  while (current) {
    const item: Body['items'][number] | undefined = current.items.find((i) => i.start <= offset && offset < i.end);
    if (item?.kind === 'Attribute') return { attribute: item, block };
    if (item?.kind !== 'Block') break;
    block = item;
    current = offset >= item.body.start && offset < item.body.end ? item.body : undefined;
  }
  return { block };
}
