import { Codes } from '../diagnosticCodes';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import { attribute, isIncomplete } from '../tree/blocks';
import { detached } from '../../hcl/detached';
import { BlockFact } from './blockFact';
import type { ModuleRule } from './types';

// SageMaker names endpoint configurations and endpoints uniquely per account and Region: CreateEndpointConfig and
// CreateEndpoint reject a name that exists ("Cannot create already existing endpoint configuration" / "endpoint"),
// so of two resources of one type with the same name, the second create fails. Judged only where both names are
// known, neither resource repeats (count / for_each could give each instance its own name), and both go to the same
// place: the same `provider` and the same known `region` (provider v6 lets a resource pick its Region).
// Names are compared exactly: CreateEndpoint treats endpoint names case-insensitively, but that is not documented
// for configurations, and an exact match is enough to be sure.

/** Where the resource is created: its provider expression and its Region, or undefined when that is not known. */
function placement(resource: ResourceBlock, scope: ModuleScope): string | undefined {
  const { block, file } = resource;
  const provider = attribute(block, 'provider');
  const regionAttr = attribute(block, 'region');
  const region = regionAttr ? knownString(regionAttr, scope) : '';
  if (region === undefined) return undefined;
  const providerText = provider ? file.text.slice(provider.value.start, provider.value.end).replace(/\s+/g, '') : '';
  return `${providerText}\u0000${region}`;
}

function line(resource: ResourceBlock): string {
  const file = resource.file.uri.slice(resource.file.uri.lastIndexOf('/') + 1);
  return `${file} line ${resource.file.positionAt(resource.block.start).line + 1}`;
}

/** What two resources must share to clash: type, placement and name; undefined when that is not known or they repeat. */
const identity = new BlockFact((resource, scope): string | undefined => {
  const { block } = resource;
  // An unclosed block (being typed) may still get its count or for_each further down.
  if (attribute(block, 'count') || attribute(block, 'for_each') || isIncomplete(block)) return undefined;
  const name = knownString(attribute(block, 'name'), scope);
  const where = placement(resource, scope);
  return name === undefined || where === undefined ? undefined : detached(`${resource.type}\u0000${where}\u0000${name}`);
});

/** Each resource that repeats the name of an earlier one, with that earlier one. */
function repeats(files: readonly ParsedFile[], scope: ModuleScope): Map<ResourceBlock, ResourceBlock> {
  const out = new Map<ResourceBlock, ResourceBlock>();
  const first = new Map<string, ResourceBlock>();
  for (const file of files) {
    for (const resource of file.resources) {
      const key = identity.of(resource, scope);
      if (key === undefined) continue;
      const earlier = first.get(key);
      if (!earlier) first.set(key, resource);
      else if (earlier.name !== resource.name) out.set(resource, earlier); // the same address twice: sagemaker/duplicate-resource says so
    }
  }
  return out;
}

export const duplicateName: ModuleRule<Map<ResourceBlock, ResourceBlock>> = {
  scope: 'module',
  code: Codes.duplicateName,
  resourceTypes: [ENDPOINT_TYPE, CONFIGURATION_TYPE],
  index: ({ files, scope }) => repeats(files, scope),
  // Of the other blocks, the message reads the earlier one's name and place.
  inputs(resource, earlierOf) {
    const earlier = earlierOf.get(resource);
    return earlier ? `${earlier.name}\u0000${line(earlier)}` : '';
  },
  check(resource, earlierOf, scope) {
    const earlier = earlierOf.get(resource);
    if (!earlier) return [];
    const nameAttr = attribute(resource.block, 'name')!;
    const message = `${resource.type}.${earlier.name} (${line(earlier)}) already has the name "${knownString(nameAttr, scope)}": names are unique per account and Region, so creating this one fails.`;
    return [{ span: nameAttr.name, message }];
  },
};
