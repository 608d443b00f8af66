import { Codes } from '../diagnosticCodes';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import { settle } from '../../hcl';
import { attribute, headerSpan, isIncomplete } from '../tree/blocks';
import { detached } from '../../hcl/detached';
import { BlockFact, type FactSubject } from './blockFact';
import type { ModuleRule } from './types';

// SageMaker names endpoint configurations and endpoints uniquely per account and Region: CreateEndpointConfig and
// CreateEndpoint reject a name that exists ("Cannot create already existing endpoint configuration" / "endpoint"),
// so of two resources of one type with the same name, the second create fails. Judged only where both names are
// known, neither resource repeats (count / for_each could give each instance its own name), and both go to the same
// place: the same `provider` and the same known `region` (provider v6 lets a resource pick its Region).
// Names are compared exactly: CreateEndpoint treats endpoint names case-insensitively, but that is not documented
// for configurations, and an exact match is enough to be sure.

/** Where the resource is created: its provider expression and its Region, or undefined when that is not known. */
function placement(resource: FactSubject, scope: ModuleScope): string | undefined {
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

/** The resource name of the first resource with each identity, in the module's order. */
function firsts(files: readonly ParsedFile[], scope: ModuleScope): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of files) {
    for (const resource of file.resources) {
      const key = identity.of(resource, scope);
      if (key !== undefined && !out.has(key)) out.set(key, resource.name);
    }
  }
  return out;
}

/** The name of the earlier resource `resource` repeats the name of; the same address twice is sagemaker/duplicate-resource's. */
function repeated(resource: ResourceBlock, index: () => Map<string, string>, scope: ModuleScope): string | undefined {
  const key = identity.of(resource, scope);
  const earlier = key === undefined ? undefined : index().get(key);
  return earlier === resource.name ? undefined : earlier;
}

/** The first resource of the module with the identity of `resource`. */
function firstLike(resource: ResourceBlock, files: readonly ParsedFile[], scope: ModuleScope): ResourceBlock {
  const key = identity.of(resource, scope);
  for (const file of files) for (const r of file.resources) if (identity.of(r, scope) === key) return r;
  return resource;
}

export const duplicateName: ModuleRule<Map<string, string>> = {
  scope: 'module',
  code: Codes.duplicateName,
  resourceTypes: [ENDPOINT_TYPE, CONFIGURATION_TYPE],
  index: ({ files, scope }) => firsts(files, scope),
  // The index holds each SageMaker resource's address and identity (what two resources must share to clash).
  contribution(d, file, scope) {
    if (d.type !== ENDPOINT_TYPE && d.type !== CONFIGURATION_TYPE) return '';
    return JSON.stringify([d.type, d.name, identity.of({ ...d, file }, scope) ?? null]);
  },
  // Of the other blocks, the message reads the earlier one's name (and its place: see check).
  inputs: (resource, index, scope) => repeated(resource, index, scope) ?? '',
  check(resource, index, scope, { files }) {
    if (repeated(resource, index, scope) === undefined) return [];
    const earlier = firstLike(resource, files, scope);
    const nameAttr = attribute(resource.block, 'name')!;
    const message = `${resource.type}.${earlier.name} (${line(earlier)}) already has the name "${knownString(nameAttr, scope)}": names are unique per account and Region, so creating this one fails.`;
    // The earlier one's place makes the finding one about another place: it is checked again each time, as that moves.
    settle(earlier.block);
    return [{ span: nameAttr.name, message, related: [{ file: earlier.file, span: headerSpan(earlier.block), message: 'The resource with that name' }] }];
  },
};
