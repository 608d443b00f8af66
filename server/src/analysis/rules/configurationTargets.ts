import type { Block } from '../../hcl/ast';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { attribute } from '../tree/blocks';
import { plainReference } from '../tree/references';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';

// Which endpoint configuration of the module an endpoint deploys, for the module rules that judge the two together.

/** The module's endpoint configurations by resource name, built once per check (a scan per endpoint is quadratic). */
export function configurationsByName(files: readonly ParsedFile[]): Map<string, ResourceBlock[]> {
  const byName = new Map<string, ResourceBlock[]>();
  for (const file of files) {
    for (const r of file.resources) {
      if (r.type !== CONFIGURATION_TYPE) continue;
      const list = byName.get(r.name);
      if (list) list.push(r);
      else byName.set(r.name, [r]);
    }
  }
  return byName;
}

/**
 * What `read` says of each endpoint configuration of the module, by resource name: texts and numbers only, so an
 * index made of it holds no syntax tree (ModuleRule.contribution).
 */
export function configurationFacts<T>(files: readonly ParsedFile[], read: (config: ResourceBlock) => T): Map<string, T[]> {
  const byName = new Map<string, T[]>();
  for (const [name, configs] of configurationsByName(files)) byName.set(name, configs.map(read));
  return byName;
}

/** What `facts` holds of the configuration the endpoint deploys (`.name` or `.id`), when the module declares exactly one of that name. */
export function targetFact<T>(facts: Map<string, T[]>, endpoint: Block): { name: string; fact: T } | undefined {
  const name = referencedConfiguration(endpoint);
  const found = name === undefined ? undefined : facts.get(name);
  return found?.length === 1 ? { name: name!, fact: found[0] } : undefined;
}

/** Every endpoint of the module. */
export function endpointsOf(files: readonly ParsedFile[]): ResourceBlock[] {
  return files.flatMap((f) => f.resources.filter((r) => r.type === ENDPOINT_TYPE));
}

/** The resource name X of `endpoint_config_name = aws_sagemaker_endpoint_configuration.X.<attr>`, for the given attributes. */
export function referencedConfiguration(endpoint: Block, attrs: readonly string[] = ['name', 'id']): string | undefined {
  const nameAttr = attribute(endpoint, 'endpoint_config_name');
  const ref = nameAttr && plainReference(nameAttr.value);
  return ref && ref.type === CONFIGURATION_TYPE && attrs.includes(ref.attr) ? ref.name : undefined;
}
