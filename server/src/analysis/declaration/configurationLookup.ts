import type { DeclaredEndpointConfiguration } from '../../../../shared/protocol';
import type { Block, Expression } from '../../hcl/ast';
import { CONFIGURATION_TYPE } from '../../schema';
import { evaluate } from '../evaluation/evaluate';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { configurationsByName } from '../rules/configurationTargets';
import { attribute } from '../tree/blocks';
import { plainReference } from '../tree/references';
import { declaredConfiguration } from './configuration';
import { instanceSuffix, resourceInstances, wholeResource, type Instance } from './instances';
import { mergeInstances } from './merge';
import { Reader } from './reader';

// Which endpoint configuration of the module (and which instance of it) an endpoint's `endpoint_config_name` names.

/** The module's configurations, and each instance's declaration worked out once per request. */
export class Configurations {
  private readonly resourcesByName: Map<string, ResourceBlock[]>;
  private readonly described = new Map<ResourceBlock, Map<string, DeclaredEndpointConfiguration>>();
  private readonly instances = new Map<ResourceBlock, Instance[]>();

  constructor(
    private readonly module: readonly ParsedFile[],
    private readonly scope: ModuleScope,
  ) {
    this.resourcesByName = configurationsByName(module);
  }

  /** The configuration an endpoint's `endpoint_config_name` names: by reference, else by its known name. */
  of(endpoint: Block, reader: Reader): DeclaredEndpointConfiguration | undefined {
    const attr = attribute(endpoint, 'endpoint_config_name');
    if (!attr) return undefined;
    const referenced = this.byReference(unwrapped(attr.value), endpoint, reader.scope);
    if (referenced !== undefined) return referenced ?? undefined;
    const name = reader.string(endpoint, 'endpoint_config_name');
    return name?.known ? this.byKnownName(name.value) : undefined;
  }

  /** The instances of a resource of the module (an endpoint's `for_each` may go over a configuration's). */
  instancesOf(resource: ResourceBlock): Instance[] {
    let list = this.instances.get(resource);
    if (!list) this.instances.set(resource, (list = resourceInstances(resource, this.scope, (type, name) => this.keysOf(type, name))));
    return list;
  }

  /** The keys of a configuration's for_each instances, when all are known (an endpoint may iterate over them). */
  private keysOf(type: string, name: string): string[] | undefined {
    const targets = type === CONFIGURATION_TYPE ? (this.resourcesByName.get(name) ?? []) : [];
    if (targets.length !== 1 || !attribute(targets[0].block, 'for_each')) return undefined;
    const keys = resourceInstances(targets[0], this.scope).map((i) => i.key);
    return keys.every((k): k is string => typeof k === 'string') ? keys : undefined;
  }

  /**
   * `each.value.name` (or `.id`) in an endpoint whose `for_each` is a configuration resource: its instance of the
   * endpoint's key. Undefined when the expression is not that.
   */
  private byEachValue(expression: Expression, endpoint: Block, scope: ModuleScope): DeclaredEndpointConfiguration | null | undefined {
    if (expression.kind !== 'Traversal' || expression.source.kind !== 'Variable' || expression.source.name !== 'each') return undefined;
    const [value, attr] = expression.steps;
    if (expression.steps.length !== 2 || value.kind !== 'GetAttr' || value.name !== 'value' || attr.kind !== 'GetAttr' || (attr.name !== 'name' && attr.name !== 'id')) return undefined;
    const forEach = attribute(endpoint, 'for_each');
    const over = forEach && wholeResource(forEach.value);
    const targets = over?.type === CONFIGURATION_TYPE ? (this.resourcesByName.get(over.name) ?? []) : [];
    if (targets.length !== 1) return undefined;
    const key = scope.iteration('each')?.current?.key;
    const picked = key?.kind === 'string' ? this.instancesOf(targets[0]).find((i) => i.key === key.value) : undefined;
    return picked ? this.describe(targets[0], picked) : (this.describeAll(targets[0]) ?? null);
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
   * `aws_sagemaker_endpoint_configuration.X[key].name` (or `.id`, or `each.value.name` over X's instances): X's
   * instance of that key when the key is known, else all of X's instances as one. Null for a reference to another
   * attribute or to a configuration not declared exactly once; undefined when it is no reference to a configuration.
   */
  private byReference(expression: Expression, endpoint: Block, scope: ModuleScope): DeclaredEndpointConfiguration | null | undefined {
    const viaEach = this.byEachValue(expression, endpoint, scope);
    if (viaEach !== undefined) return viaEach;
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
  private byKnownName(name: string): DeclaredEndpointConfiguration | undefined {
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
