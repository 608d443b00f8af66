import type { EndpointDeclaration, EndpointDeclarationParams } from '../../../../shared/protocol';
import { ENDPOINT_TYPE } from '../../schema';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { Configurations } from './configurationLookup';
import { deploymentConfig } from './deploymentConfig';
import { instanceSuffix, type Instance } from './instances';
import { mergeInstances } from './merge';
import { Reader, unknown } from './reader';

// The declaration behind one `aws_sagemaker_endpoint`, resolved across its module: the endpoint's own arguments and
// the endpoint configuration its `endpoint_config_name` names (by reference, or by a known name). With count or
// for_each, one instance is described: the one asked for, else all of them as one (see merge.ts).

/** `aws_sagemaker_endpoint.NAME`, optionally with an instance key `[0]` / `["key"]`. */
function parseAddress(address: string): { name: string; key?: string | number } | undefined {
  const prefix = `${ENDPOINT_TYPE}.`;
  if (!address.startsWith(prefix)) return undefined;
  const rest = address.slice(prefix.length);
  const bracket = rest.indexOf('[');
  if (bracket < 0) return { name: rest };
  if (!rest.endsWith(']')) return undefined;
  const inner = rest.slice(bracket + 1, -1);
  let key: unknown;
  try {
    key = JSON.parse(inner);
  } catch {
    return undefined;
  }
  return typeof key === 'string' || typeof key === 'number' ? { name: rest.slice(0, bracket), key } : undefined;
}

function declaredEndpoint(resource: ResourceBlock, instance: Instance, configurations: Configurations): EndpointDeclaration {
  const r = new Reader(resource.file, instance.scope);
  const block = resource.block;
  return {
    address: `${resource.type}.${resource.name}${instanceSuffix(instance.key)}`,
    uri: resource.file.uri,
    line: r.line(block),
    // Without a name the provider generates one at apply.
    name: r.string(block, 'name') ?? unknown(''),
    endpointConfigName: r.string(block, 'endpoint_config_name') ?? unknown(''),
    configuration: configurations.of(block, r),
    deploymentConfig: deploymentConfig(block, r),
    tags: r.stringMap(block, 'tags'),
  };
}

export function endpointDeclaration(module: readonly ParsedFile[], scope: ModuleScope, params: EndpointDeclarationParams): EndpointDeclaration | null {
  const address = parseAddress(params.address);
  if (!address) return null;
  const resource = module.flatMap((f) => f.resources).find((r) => r.type === ENDPOINT_TYPE && r.name === address.name);
  if (!resource) return null;
  const configurations = new Configurations(module, scope);
  const instances = configurations.instancesOf(resource);
  const named = (i: Instance) => {
    const name = new Reader(resource.file, i.scope).string(resource.block, 'name');
    return name?.known === true && name.value === params.endpointName;
  };
  const picked =
    address.key !== undefined ? instances.find((i) => i.key === address.key) : params.endpointName !== undefined ? instances.find(named) : undefined;
  if (address.key !== undefined && !picked) return null;
  if (picked || instances.length === 1) return declaredEndpoint(resource, picked ?? instances[0], configurations);
  const [first, ...rest] = instances.map((i) => declaredEndpoint(resource, i, configurations));
  return first ? mergeInstances(first, rest) : null;
}
