// The schema of the two SageMaker resources, with Terraform's meta-arguments merged into each top-level body.
// Completion, hover and diagnostics read everything from here.

import type { BodySchema, ResourceSchema } from './types';
import { ENDPOINT } from './endpoint';
import { ENDPOINT_CONFIGURATION } from './endpointConfiguration';
import { META_ARGUMENTS } from './metaArguments';
import { nameTable, withNameTables } from './nameTables';
import { recordIntroductions } from './introduced';

export type * from './types';
export { META_ARGUMENTS } from './metaArguments';
export { nameTable } from './nameTables';
export { excludedFromGuardrails, hasInstanceStorage } from './instanceFamilies';
export { sinceOf } from './introduced';

/**
 * The provider's own arguments first, then the meta-arguments, so completion lists them in that order; every table
 * without a prototype (see nameTables.ts).
 */
function prepare(resource: ResourceSchema): ResourceSchema {
  const body = withNameTables({
    ...resource.body,
    attributes: { ...resource.body.attributes, ...META_ARGUMENTS.attributes },
    blocks: { ...resource.body.blocks, ...META_ARGUMENTS.blocks },
  });
  const prepared = { ...resource, body, unsupportedBlocks: resource.unsupportedBlocks && nameTable(resource.unsupportedBlocks) };
  recordIntroductions(prepared);
  return prepared;
}

export const RESOURCE_SCHEMAS: readonly ResourceSchema[] = [ENDPOINT, ENDPOINT_CONFIGURATION].map(prepare);

/** The two resource types, named once: by their schemas. */
export const ENDPOINT_TYPE = ENDPOINT.type;
export const CONFIGURATION_TYPE = ENDPOINT_CONFIGURATION.type;

const BY_TYPE: ReadonlyMap<string, ResourceSchema> = new Map(RESOURCE_SCHEMAS.map((r) => [r.type, r]));

export function getResourceSchema(type: string): ResourceSchema | undefined {
  return BY_TYPE.get(type);
}

/**
 * The body reached by following nested block names from the resource's top level (`[]` is the resource body itself,
 * `['production_variants', 'serverless_config']` a nested one). Undefined when a name is not a block there.
 */
export function resolveBody(resource: ResourceSchema, path: readonly string[]): BodySchema | undefined {
  let body: BodySchema = resource.body;
  for (const name of path) {
    if (!Object.prototype.hasOwnProperty.call(body.blocks, name)) return undefined;
    body = body.blocks[name].body;
  }
  return body;
}

/** The registry page of the resource, at `#anchor` when one is given. */
export function docsLink(resource: ResourceSchema, anchor?: string): string {
  return anchor ? `${resource.docsUrl}#${anchor}` : resource.docsUrl;
}
