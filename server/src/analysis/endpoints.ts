import type { EndpointTarget } from '../../../shared/protocol';
import type { Block } from '../hcl/ast';
import type { ParsedFile } from './parsedFile';
import { staticValue } from './staticValue';
import { attribute, contains } from './syntaxHelpers';

// Which deployed endpoint a Terraform declaration stands for: its literal name and the region Terraform would put
// it in, read from literals only (a resource's own `region`, else the `region` of the provider it uses).

export const ENDPOINT_TYPE = 'aws_sagemaker_endpoint';

function literalString(block: Block, name: string): string | undefined {
  const found = attribute(block, name);
  const value = found && staticValue(found.value);
  return value?.kind === 'string' ? value.value : undefined;
}

/** The `aws.<alias>` a resource names in `provider = …`, or undefined for the default provider. */
function providerAlias(block: Block): string | undefined {
  const value = attribute(block, 'provider')?.value;
  if (value?.kind !== 'Traversal' || value.source.kind !== 'Variable' || value.source.name !== 'aws') return undefined;
  const step = value.steps[0];
  return step?.kind === 'GetAttr' ? step.name : undefined;
}

/** Literal regions of the module's `provider "aws"` blocks, keyed by alias ('' for the default). */
function providerRegions(module: readonly ParsedFile[]): Map<string, string> {
  const regions = new Map<string, string>();
  for (const file of module) {
    for (const item of file.syntax.body.items) {
      if (item.kind !== 'Block' || item.type.name !== 'provider' || item.labels[0]?.value !== 'aws') continue;
      const region = literalString(item, 'region');
      if (region) regions.set(literalString(item, 'alias') ?? '', region);
    }
  }
  return regions;
}

export function endpointTargets(file: ParsedFile, module: readonly ParsedFile[]): EndpointTarget[] {
  const endpoints = file.resources.filter((r) => r.type === ENDPOINT_TYPE);
  if (endpoints.length === 0) return [];
  const regions = providerRegions(module);
  return endpoints.map((r) => ({
    address: `${r.type}.${r.name}`,
    name: literalString(r.block, 'name'),
    region: literalString(r.block, 'region') ?? regions.get(providerAlias(r.block) ?? ''),
    uri: file.uri,
    line: file.positionAt(r.block.start).line,
  }));
}

/** The endpoint whose block contains `offset`, if any. */
export function endpointAt(file: ParsedFile, offset: number, module: readonly ParsedFile[]): EndpointTarget | null {
  const index = file.resources.filter((r) => r.type === ENDPOINT_TYPE).findIndex((r) => contains(r.block, offset));
  return index < 0 ? null : endpointTargets(file, module)[index];
}
