import type { Attribute, Block, Body, BodyItem, Span } from '../../hcl/ast';
import type { BodySchema } from '../../schema/types';

// Questions about one block of the syntax tree: its header, its arguments, its child blocks (static ones, and the
// `dynamic` blocks that stand for an unknown number of them), and whether recovery cut it short.

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

function bodyHasErrors(body: Body): boolean {
  return body.items.some((i) => i.kind === 'ErrorItem' || (i.kind === 'Attribute' && i.equals === undefined));
}

/**
 * True for Terraform's `dynamic "x"` block. In a body whose schema (`schema`) has a block of its own named
 * `dynamic`, that block is not Terraform's.
 */
export function isDynamicBlock(item: BodyItem, schema?: BodySchema): boolean {
  return item.kind === 'Block' && item.type.name === 'dynamic' && !schema?.blocks.dynamic;
}

/** The block type a `dynamic "x"` block generates (x); undefined for other items and a dynamic block without its label. */
export function dynamicTarget(item: BodyItem, schema?: BodySchema): string | undefined {
  return item.kind === 'Block' && isDynamicBlock(item, schema) ? item.labels[0]?.value : undefined;
}

/** Static (non-dynamic) child blocks of a type. */
export function blocks(block: Block, name: string): Block[] {
  return block.body.items.filter((i): i is Block => i.kind === 'Block' && i.type.name === name);
}

/** True when a `dynamic "name"` block may generate blocks of that type. */
export function hasDynamic(block: Block, name: string): boolean {
  return block.body.items.some((i) => dynamicTarget(i) === name);
}

/** The production and shadow variant blocks written out statically. */
export function variants(resource: Block): Block[] {
  return blocks(resource, 'production_variants').concat(blocks(resource, 'shadow_production_variants'));
}
