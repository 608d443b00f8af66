import type { EndpointTarget } from '../../../shared/protocol';
import type { Block } from '../hcl/ast';
import type { ParsedFile } from './parsedFile';
import { knownString } from './evaluation/readers';
import type { ModuleScope } from './evaluation/scope';
import { attribute } from './tree/blocks';
import { contains } from './tree/positions';

// Which deployed endpoint a Terraform declaration stands for: its literal name and the region Terraform would put
// it in, read from literals only (a resource's own `region`, else the `region` of the provider it uses).

export const ENDPOINT_TYPE = 'aws_sagemaker_endpoint';

/** The `aws.<alias>` a resource names in `provider = …`, or undefined for the default provider. */
function providerAlias(block: Block): string | undefined {
  const value = attribute(block, 'provider')?.value;
  if (value?.kind !== 'Traversal' || value.source.kind !== 'Variable' || value.source.name !== 'aws') return undefined;
  const step = value.steps[0];
  return step?.kind === 'GetAttr' ? step.name : undefined;
}

/** Literal regions of the module's `provider "aws"` blocks, keyed by alias ('' for the default). */
function providerRegions(module: readonly ParsedFile[], scope: ModuleScope): Map<string, string> {
  const regions = new Map<string, string>();
  for (const file of module) {
    for (const item of file.syntax.body.items) {
      if (item.kind !== 'Block' || item.type.name !== 'provider' || item.labels[0]?.value !== 'aws') continue;
      const region = knownString(attribute(item, 'region'), scope);
      if (region) regions.set(knownString(attribute(item, 'alias'), scope) ?? '', region);
    }
  }
  return regions;
}

export function endpointTargets(file: ParsedFile, module: readonly ParsedFile[], scope: ModuleScope): EndpointTarget[] {
  const endpoints = file.resources.filter((r) => r.type === ENDPOINT_TYPE);
  if (endpoints.length === 0) return [];
  const regions = providerRegions(module, scope);
  return endpoints.map((r) => ({
    address: `${r.type}.${r.name}`,
    name: knownString(attribute(r.block, 'name'), scope),
    region: knownString(attribute(r.block, 'region'), scope) ?? regions.get(providerAlias(r.block) ?? ''),
    uri: file.uri,
    line: file.positionAt(r.block.start).line,
  }));
}

/** The endpoint whose block contains `offset`, if any. */
export function endpointAt(file: ParsedFile, offset: number, module: readonly ParsedFile[], scope: ModuleScope): EndpointTarget | null {
  const index = file.resources.filter((r) => r.type === ENDPOINT_TYPE).findIndex((r) => contains(r.block, offset));
  return index < 0 ? null : endpointTargets(file, module, scope)[index];
}
