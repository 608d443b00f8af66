// The provider version each entry is really available from: its own `since`, or the latest of the blocks around it
// (a child never predates its parent, so the schema writes a version only where it differs). Worked out once per
// resource when the schema is prepared; completion, hover and diagnostics ask `sinceOf`.

import type { AttributeSchema, BlockSchema, BodySchema, ResourceSchema } from './types';
import { laterVersion } from './version';

const EFFECTIVE = new WeakMap<AttributeSchema | BlockSchema, string>();

function record(body: BodySchema, inherited: string): void {
  for (const attribute of Object.values(body.attributes)) {
    // Terraform's meta-arguments belong to no provider version (and are shared by both resources).
    if (!attribute.meta) EFFECTIVE.set(attribute, laterVersion(inherited, attribute.since)!);
  }
  for (const block of Object.values(body.blocks)) {
    if (block.meta) continue;
    const since = laterVersion(inherited, block.since)!;
    EFFECTIVE.set(block, since);
    record(block.body, since);
  }
}

export function recordIntroductions(resource: ResourceSchema): void {
  record(resource.body, resource.since);
}

/** The provider version an argument or block is available from; undefined for meta-arguments and generated blocks. */
export function sinceOf(entry: AttributeSchema | BlockSchema): string | undefined {
  return EFFECTIVE.get(entry);
}
