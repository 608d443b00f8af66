import type { Block, BodyItem, Span } from '../../hcl/ast';
import { isDynamicBlock } from '../tree/blocks';
import { docsLink } from '../../schema';
import type { BodySchema } from '../../schema/types';
import { childContext, resourceContext, type BodyContext } from '../bodyContext';
import type { ResourceBlock } from '../parsedFile';

// A rule's finding links to the docs of the argument or block it is reported on, found in the schema by walking from
// the resource down to the innermost item holding the span: the same anchor hover and the schema checks use.

/**
 * The item of a body that holds `span`. Items are in document order, so a binary search finds it: a rule reporting
 * on each of 20,000 variants would otherwise scan the resource's items once per finding.
 */
export function itemAt(items: readonly BodyItem[], span: Span): BodyItem | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid].start <= span.start) low = mid + 1;
    else high = mid - 1;
  }
  const item = items[high];
  return item && span.end <= item.end ? item : undefined;
}

interface Named {
  name: string;
  anchor?: string;
  body?: BodySchema;
}

/**
 * The registry link of what sits at `span` in `resource`: an argument, a block (its header), or the resource itself.
 * `about` names an absent argument or block the report is about instead (reported on its block's header); it is
 * looked up in the innermost enclosing body that has it.
 */
export function docsAt(resource: ResourceBlock, span: Span, about?: string): string {
  const schema = resource.schema;
  const chain: Named[] = [];
  let context: BodyContext = resourceContext(schema);
  let block: Block | undefined = resource.block;
  let target: Named | undefined;
  while (block && context.kind === 'schema' && !target) {
    const current: BodyContext & { kind: 'schema' } = context;
    const item = itemAt(block.body.items, span);
    block = undefined;
    if (item) {
      if (item.kind === 'Attribute') {
        const attribute = current.body.attributes[item.name.name];
        if (attribute) target = { name: item.name.name, anchor: attribute.docsAnchor };
      } else if (item.kind === 'Block') {
        context = childContext(current, item);
        if (context.kind !== 'schema') break;
        // `dynamic "x"` stands for x; its `content` is x's body, not a block of its own.
        if (isDynamicBlock(item, current.body)) {
          const name = item.labels[0]?.value ?? '';
          chain.push({ name, anchor: current.body.blocks[name]?.docsAnchor });
        } else if (current.name === 'dynamic' && item.type.name === 'content') {
          chain[chain.length - 1] = { ...chain[chain.length - 1], body: context.body };
        } else {
          chain.push({ name: item.type.name, anchor: context.block?.docsAnchor, body: context.body });
        }
        block = item;
      }
    }
  }
  if (about !== undefined) {
    for (const body of [...chain.map((n) => n.body).reverse(), schema.body]) {
      const entry = body && (body.attributes[about] ?? body.blocks[about]);
      if (entry) return docsLink(schema, entry.docsAnchor ?? about);
    }
  }
  const named = target ?? chain[chain.length - 1];
  return named ? docsLink(schema, named.anchor ?? named.name) : schema.docsUrl;
}
