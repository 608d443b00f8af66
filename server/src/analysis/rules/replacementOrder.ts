import type { Attribute, Block } from '../../hcl/ast';
import { toPrimitive } from '../conversion';
import { Codes } from '../diagnosticCodes';
import { valueOf } from '../evaluation/evaluate';
import { presenceOf } from '../evaluation/presence';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import { combined, insertion, replacement } from '../fixes/edits';
import type { Fix } from '../fixes/types';
import type { ResourceBlock } from '../parsedFile';
import { attribute, blocks, headerSpan, isIncomplete } from '../tree/blocks';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import { endpointsOf, referencedConfiguration } from './configurationTargets';
import { BlockFact } from './blockFact';
import type { ModuleRule, RuleReport } from './types';

// Every argument of an endpoint configuration forces replacement, and an endpoint deploys a configuration by name.
// What a replacement does to the endpoint depends on the name and on create_before_destroy:
// - fixed name, no create_before_destroy: Terraform deletes the old configuration (SageMaker allows that while an
//   endpoint uses it) and creates the new one under the same name. The endpoint's endpoint_config_name does not
//   change, so the provider calls no UpdateEndpoint (resourceEndpointUpdate acts only on HasChanges) and the
//   endpoint keeps running the old configuration (hashicorp/terraform-provider-aws#21811).
// - generated name (name_prefix, or no name), no create_before_destroy: the old configuration is deleted before the
//   endpoint update, and UpdateEndpoint needs the configuration the endpoint runs: it fails with "Could not find
//   endpoint configuration" (hashicorp/terraform-provider-aws#40048 and its fix #42843).
// - fixed name with create_before_destroy: the new configuration is created first, under a name the old one still
//   holds, and CreateEndpointConfig fails ("Cannot create already existing endpoint configuration").
// The safe form is name_prefix (or no name) with create_before_destroy = true. Where no endpoint of the module uses
// the configuration (it may be used from elsewhere), the finding is information only.

type NameCase = 'fixed' | 'generated' | 'maybe';

/** create_before_destroy as written: Terraform takes only a literal here, so anything else is not judged. */
function createBeforeDestroy(block: Block, scope: ModuleScope): boolean | undefined {
  for (const lifecycle of blocks(block, 'lifecycle')) {
    const setting = attribute(lifecycle, 'create_before_destroy');
    if (!setting) continue;
    const converted = toPrimitive(valueOf(setting, scope), 'bool');
    return converted.ok === true ? (converted.value as boolean) : undefined;
  }
  // In a block recovery cut short (being typed), the setting may still come further down.
  return isIncomplete(block) ? undefined : false;
}

function nameCase(block: Block, name: Attribute | undefined, scope: ModuleScope): NameCase {
  if (!name && isIncomplete(block)) return 'maybe';
  const presence = presenceOf(name, scope);
  return presence === 'set' ? 'fixed' : presence === 'unset' ? 'generated' : 'maybe';
}

/**
 * The module's endpoints (their resource names) by the configuration they deploy: by reference (resource name) and
 * by a known name written out.
 */
interface Users {
  byReference: Map<string, string[]>;
  byName: Map<string, string[]>;
}

function add(map: Map<string, string[]>, key: string, endpoint: string): void {
  const list = map.get(key);
  if (list) list.push(endpoint);
  else map.set(key, [endpoint]);
}

/** The configuration an endpoint deploys: by reference (its resource name), else by a known name written out. */
const deployed = new BlockFact((e, scope): { target?: string; literal?: string } => {
  const target = referencedConfiguration(e.block, ['name', 'id', 'arn']);
  return target !== undefined ? { target } : { literal: knownString(attribute(e.block, 'endpoint_config_name'), scope) };
});

/** A configuration's name when it is known. */
const fixedName = new BlockFact((config, scope) => knownString(attribute(config.block, 'name'), scope));

/** Built once per check: looking through every endpoint for every configuration would be quadratic. */
function usersIndex(endpoints: readonly ResourceBlock[], scope: ModuleScope): Users {
  const users: Users = { byReference: new Map(), byName: new Map() };
  for (const e of endpoints) {
    const { target, literal } = deployed.of(e, scope);
    if (target !== undefined) add(users.byReference, target, e.name);
    if (literal !== undefined) add(users.byName, literal, e.name);
  }
  return users;
}

/** The endpoints of the module that deploy `config`: by reference, or by its known name written out. */
function usersOf(config: ResourceBlock, users: Users, fixedName: string | undefined): string[] {
  const byReference = users.byReference.get(config.name) ?? [];
  const byName = fixedName === undefined ? [] : (users.byName.get(fixedName) ?? []);
  return byName.length ? byReference.concat(byName) : byReference;
}

function endpointList(users: readonly string[]): string {
  const names = users.slice(0, 2).map((u) => `aws_sagemaker_endpoint.${u}`);
  return users.length > 2 ? `${names.join(', ')} and ${users.length - 2} more` : names.join(' and ');
}

const CBD = 'lifecycle { create_before_destroy = true }';

function message(kind: NameCase, safe: boolean, users: readonly string[], name: string | undefined): string {
  const used = users.length > 0;
  const who = used ? endpointList(users) : 'an endpoint that uses it';
  const one = users.length <= 1;
  if (safe) {
    return `With create_before_destroy, any change creates the replacement before deleting this configuration, but the fixed name "${name}" is still taken then: the create fails. Use name_prefix instead of name.`;
  }
  if (kind === 'fixed') {
    return `Any change replaces this configuration: without create_before_destroy Terraform deletes it and creates the new one under the same name "${name}", so ${who} ${used ? (one ? 'sees' : 'see') : 'would see'} no change and ${used ? (one ? 'keeps' : 'keep') : 'would keep'} running the old configuration. Use name_prefix with ${CBD}.`;
  }
  if (kind === 'generated') {
    return `Any change replaces this configuration: without create_before_destroy Terraform deletes the old one before ${who} ${one ? 'switches' : 'switch'} to the new one, and the endpoint update ${used ? 'fails' : 'would fail'} at apply ("Could not find endpoint configuration"). Add ${CBD}.`;
  }
  return `Any change replaces this configuration: without create_before_destroy the old one is deleted first, and ${who} then either ${one ? 'keeps' : 'keep'} running it (a fixed name) or ${one ? 'fails' : 'fail'} to update (a generated name). Use name_prefix with ${CBD}.`;
}

/** Adds `create_before_destroy = true`: to the resource's lifecycle block if it has one, else in a new one. */
function addCreateBeforeDestroy(text: string, block: Block): Fix | undefined {
  const lifecycle = blocks(block, 'lifecycle')[0];
  return lifecycle
    ? insertion(text, lifecycle, () => 'create_before_destroy = true', '', false)
    : insertion(text, block, (indent) => `lifecycle {\n${indent}  create_before_destroy = true\n${indent}}`, '', false);
}

/** `name = "x"` becomes `name_prefix = "x-"` (trimmed to the prefix limit of 37), with create_before_destroy. */
function switchToPrefix(text: string, block: Block, name: Attribute, literal: string, hasCbd: boolean): Fix {
  const prefix = `${literal.slice(0, 36).replace(/-+$/, '')}-`;
  const parts = [replacement(name, `name_prefix = "${prefix}"`, ''), hasCbd ? undefined : addCreateBeforeDestroy(text, block)];
  return combined('Use name_prefix with create_before_destroy', parts, true);
}

function check(config: ResourceBlock, index: Users, scope: ModuleScope): RuleReport | undefined {
  const { block, file } = config;
  const cbd = createBeforeDestroy(block, scope);
  if (cbd === undefined) return undefined;
  const nameAttr = attribute(block, 'name');
  const kind = nameCase(block, nameAttr, scope);
  if (cbd && kind !== 'fixed') return undefined;
  // A name that is set but not a string (a number) is still fixed; only the fix needs the string.
  const literal = kind === 'fixed' ? knownString(nameAttr, scope) : undefined;
  const users = usersOf(config, index, literal);
  if (users.length === 0 && kind === 'maybe') return undefined;
  const severity = users.length > 0 || cbd ? undefined : 'information';
  const text = message(kind, cbd, users, literal ?? (nameAttr && file.text.slice(nameAttr.value.start, nameAttr.value.end)));
  if (kind === 'fixed') {
    const fixes = literal === undefined ? undefined : [switchToPrefix(file.text, block, nameAttr!, literal, cbd)];
    return { span: nameAttr!.name, message: text, fixes, severity };
  }
  const span = nameAttr && kind === 'maybe' ? nameAttr.name : headerSpan(block);
  const add = kind === 'generated' ? addCreateBeforeDestroy(file.text, block) : undefined;
  return { span, message: text, fixes: add && [combined('Add create_before_destroy', [add], true)], severity };
}

export const replacementOrder: ModuleRule<Users> = {
  scope: 'module',
  code: Codes.replacementOrder,
  resourceTypes: [CONFIGURATION_TYPE],
  index: ({ files, scope }) => usersIndex(endpointsOf(files), scope),
  // The index holds each endpoint's name and what it deploys.
  contribution(d, file, scope) {
    if (d.type !== ENDPOINT_TYPE) return '';
    const { target, literal } = deployed.of({ ...d, file }, scope);
    return JSON.stringify([d.name, target ?? null, literal ?? null]);
  },
  // Of the other blocks, the message reads the names of the endpoints that deploy it, and the severity their number.
  inputs: (config, index, scope) => usersOf(config, index(), fixedName.of(config, scope)).join(' '),
  check(config, index, scope) {
    const report = check(config, index(), scope);
    return report ? [report] : [];
  },
};
