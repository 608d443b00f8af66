// Flattens a schema body into dotted paths (`production_variants.core_dump_config.kms_key_id`) for the schema tests.
import type { AttributeSchema, BlockSchema, BodySchema } from '../../../server/src/schema/types';

export type Entry =
  | { path: string; kind: 'attribute'; schema: AttributeSchema; ancestors: BlockSchema[] }
  | { path: string; kind: 'block'; schema: BlockSchema; ancestors: BlockSchema[]; parent: BodySchema };

export function flatten(body: BodySchema, options: { skipMeta?: boolean } = {}): Entry[] {
  const out: Entry[] = [];
  const visit = (b: BodySchema, prefix: string, ancestors: BlockSchema[]) => {
    for (const [name, schema] of Object.entries(b.attributes)) {
      if (options.skipMeta && schema.meta) continue;
      out.push({ path: prefix + name, kind: 'attribute', schema, ancestors });
    }
    for (const [name, schema] of Object.entries(b.blocks)) {
      if (options.skipMeta && schema.meta) continue;
      out.push({ path: prefix + name, kind: 'block', schema, ancestors, parent: b });
      visit(schema.body, `${prefix}${name}.`, [...ancestors, schema]);
    }
  };
  visit(body, '', []);
  return out;
}
