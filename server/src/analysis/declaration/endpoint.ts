import type { Declared, DeclaredEndpointConfiguration, EndpointDeclaration, EndpointDeclarationParams } from '../../../../shared/protocol';
import type { Block, Expression } from '../../hcl/ast';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import { evaluate } from '../evaluation/evaluate';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { configurationsByName } from '../rules/configurationTargets';
import { attribute } from '../tree/blocks';
import { plainReference } from '../tree/references';
import { declaredConfiguration } from './configuration';
import { generatedBlocks, singleBlock } from './generatedBlocks';
import { instanceSuffix, resourceInstances, type Instance } from './instances';
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

/** The module's configurations, and each instance's declaration worked out once per request. */
class Configurations {
  private readonly resourcesByName: Map<string, ResourceBlock[]>;
  private readonly described = new Map<ResourceBlock, Map<string, DeclaredEndpointConfiguration>>();
  private readonly instances = new Map<ResourceBlock, Instance[]>();

  constructor(
    private readonly module: readonly ParsedFile[],
    private readonly scope: ModuleScope,
  ) {
    this.resourcesByName = configurationsByName(module);
  }

  instancesOf(resource: ResourceBlock): Instance[] {
    let list = this.instances.get(resource);
    if (!list) this.instances.set(resource, (list = resourceInstances(resource, this.scope)));
    return list;
  }

  private describe(resource: ResourceBlock, instance: Instance): DeclaredEndpointConfiguration {
    let byKey = this.described.get(resource);
    if (!byKey) this.described.set(resource, (byKey = new Map()));
    const key = instanceSuffix(instance.key);
    let declaration = byKey.get(key);
    if (!declaration) byKey.set(key, (declaration = declaredConfiguration(resource, instance)));
    return declaration;
  }

  /** All instances as one: each value known only where every instance agrees. */
  private describeAll(resource: ResourceBlock): DeclaredEndpointConfiguration | undefined {
    const [first, ...rest] = this.instancesOf(resource).map((i) => this.describe(resource, i));
    return first && mergeInstances(first, rest);
  }

  /**
   * `aws_sagemaker_endpoint_configuration.X[key].name` (or `.id`): X's instance of that key when the key is known,
   * else all of X's instances as one. Null for a reference to another attribute or to a configuration not declared
   * exactly once; undefined when the expression is no reference to a configuration.
   */
  byReference(expression: Expression, scope: ModuleScope): DeclaredEndpointConfiguration | null | undefined {
    const ref = plainReference(expression);
    if (!ref || ref.type !== CONFIGURATION_TYPE) return undefined;
    const targets = this.resourcesByName.get(ref.name) ?? [];
    if ((ref.attr !== 'name' && ref.attr !== 'id') || targets.length !== 1) return null;
    const resource = targets[0];
    const instances = this.instancesOf(resource);
    const step = expression.kind === 'Traversal' ? expression.steps[1] : undefined;
    if (step?.kind === 'Index') {
      const key = evaluate(step.key, scope);
      const picked = key.kind === 'string' || key.kind === 'number' ? instances.find((i) => i.key !== undefined && String(i.key) === String(key.value)) : undefined;
      if (picked) return this.describe(resource, picked);
    }
    return this.describeAll(resource) ?? null;
  }

  /** The configuration instance whose known name is `name`. */
  byKnownName(name: string): DeclaredEndpointConfiguration | undefined {
    for (const file of this.module) {
      for (const resource of file.resources) {
        if (resource.type !== CONFIGURATION_TYPE) continue;
        for (const instance of this.instancesOf(resource)) {
          const declared = new Reader(resource.file, instance.scope).string(resource.block, 'name');
          if (declared?.known && declared.value === name) return this.describe(resource, instance);
        }
      }
    }
    return undefined;
  }
}

/** `"${x}"` (a template of one interpolation, older Terraform's way) is `x`. */
function unwrapped(expression: Expression): Expression {
  if (expression.kind !== 'Template' || expression.parts.length !== 1 || expression.parts[0].kind !== 'TemplateInterpolation') return expression;
  return expression.parts[0].expression;
}

function configurationOf(block: Block, reader: Reader, configurations: Configurations): DeclaredEndpointConfiguration | undefined {
  const attr = attribute(block, 'endpoint_config_name');
  if (!attr) return undefined;
  const referenced = configurations.byReference(unwrapped(attr.value), reader.scope);
  if (referenced !== undefined) return referenced ?? undefined;
  const name = reader.string(block, 'endpoint_config_name');
  return name?.known ? configurations.byKnownName(name.value) : undefined;
}

function deploymentConfig(block: Block, reader: Reader): EndpointDeclaration['deploymentConfig'] {
  const config = singleBlock(block, 'deployment_config', reader);
  if (!config) return undefined;
  const alarms: Declared<string>[] = [];
  const rollback = singleBlock(config.body, 'auto_rollback_configuration', config.reader);
  for (const alarm of rollback ? generatedBlocks(rollback.body, 'alarms', rollback.reader) : []) {
    const name = alarm.reader.string(alarm.body, 'alarm_name');
    if (name) alarms.push(name);
  }
  const blueGreen = singleBlock(config.body, 'blue_green_update_policy', config.reader);
  if (blueGreen) {
    const routing = singleBlock(blueGreen.body, 'traffic_routing_configuration', blueGreen.reader);
    return {
      kind: 'blueGreen',
      trafficRoutingType: routing?.reader.string(routing.body, 'type'),
      waitIntervalInSeconds: routing?.reader.number(routing.body, 'wait_interval_in_seconds'),
      autoRollbackAlarms: alarms,
    };
  }
  const rolling = singleBlock(config.body, 'rolling_update_policy', config.reader);
  if (!rolling) return undefined;
  return { kind: 'rolling', waitIntervalInSeconds: rolling.reader.number(rolling.body, 'wait_interval_in_seconds'), autoRollbackAlarms: alarms };
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
    configuration: configurationOf(block, r, configurations),
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
