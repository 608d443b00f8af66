import type { Block } from '../hcl/ast';
import { isDynamicBlock } from './tree/blocks';
import { nameTable } from '../schema';
import type { BlockSchema, BodySchema, ResourceSchema } from '../schema/types';

// Where in the schema a block's body sits. `dynamic "x"` blocks get a schema of their own (for_each, iterator,
// labels, content), whose `content` block carries x's body, so every feature treats them like any other block.

export type BodyContext =
  | { kind: 'schema'; body: BodySchema; block?: BlockSchema; name: string; path: string[] }
  | { kind: 'opaque' }
  | { kind: 'unknown' };

export function dynamicSchema(target: BlockSchema): BlockSchema {
  return {
    minItems: 0,
    forceNew: target.forceNew,
    description: `Generates \`content\` blocks from a collection. ${target.description}`,
    labels: 1,
    body: {
      // Without a prototype, as every schema table (schema/nameTables.ts); `content` carries the target's own body.
      attributes: nameTable({
        for_each: { type: 'map(string)', required: true, forceNew: false, meta: true, description: 'The collection to repeat the block for.' },
        iterator: { type: 'string', required: false, forceNew: false, meta: true, description: 'Name of the temporary variable for each element (defaults to the block type).' },
        labels: { type: 'list(string)', required: false, forceNew: false, meta: true, description: 'Labels of each generated block.' },
      }),
      blocks: nameTable({ content: { ...target, minItems: 1, maxItems: 1 } }),
    },
  };
}

/** The body context inside `child`, given the context of the body holding it. */
export function childContext(parent: BodyContext, child: Block): BodyContext {
  if (parent.kind !== 'schema') return parent;
  const name = child.type.name;
  if (isDynamicBlock(child, parent.body)) {
    const target = child.labels[0] && parent.body.blocks[child.labels[0].value];
    if (!target || target.opaque || target.meta) return { kind: 'unknown' };
    const schema = dynamicSchema(target);
    return { kind: 'schema', body: schema.body, block: schema, name: 'dynamic', path: [...parent.path, `dynamic "${child.labels[0].value}"`] };
  }
  const block = parent.body.blocks[name];
  if (!block) return { kind: 'unknown' };
  if (block.opaque) return { kind: 'opaque' };
  return { kind: 'schema', body: block.body, block, name, path: [...parent.path, name] };
}

export function resourceContext(schema: ResourceSchema): BodyContext {
  return { kind: 'schema', body: schema.body, name: schema.type, path: [] };
}

/** Context of the innermost block in `chain` (outermost first, starting with the resource block itself). */
export function contextOf(schema: ResourceSchema, chain: readonly Block[]): BodyContext {
  let context = resourceContext(schema);
  for (const block of chain.slice(1)) context = childContext(context, block);
  return context;
}
