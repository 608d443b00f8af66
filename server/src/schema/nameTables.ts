// The schema's tables are looked up by names a document gives (argument and block names, `dynamic` labels), so they
// hold their own entries only: built without a prototype, `constructor`, `__proto__` or `toString` find nothing
// there, as any other unknown name, instead of a member of Object.prototype.

import type { BlockSchema, BodySchema } from './types';

/** A copy of `entries` without a prototype. */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** The body with its tables, and those of every nested block, rebuilt by `nameTable`. */
export function withNameTables(body: BodySchema): BodySchema {
  const blocks = Object.entries(body.blocks).map(([name, block]): [string, BlockSchema] => [name, { ...block, body: withNameTables(block.body) }]);
  return { ...body, attributes: nameTable(body.attributes), blocks: nameTable(Object.fromEntries(blocks)) };
}
