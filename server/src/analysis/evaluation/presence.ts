import type { Attribute, Block } from '../../hcl/ast';
import { attribute, isIncomplete } from '../tree/blocks';
import { valueOf } from './evaluate';
import type { ModuleScope } from './scope';
import { dependsOnVariable } from './value';

// Whether an argument is there, as Terraform sees it: `set` when its value is known and not null, `unset` when it
// is not written or is null, `maybe` when its value is not known before plan (it may turn out null). Presence rules
// (conflicts, required, one-of, rules between arguments) report on `set` and `unset` only, never on `maybe`.

export type Presence = 'set' | 'unset' | 'maybe';

export function presenceOf(attr: Attribute | undefined, scope: ModuleScope): Presence {
  if (!attr) return 'unset';
  // Under a known for_each, the argument is set (or unset) only when it is in every element.
  let presence: Presence | undefined;
  for (const instance of scope.instances(attr.value)) {
    const value = valueOf(attr, instance.scope);
    const here: Presence = value.kind === 'null' ? 'unset' : value.kind === 'unknown' ? 'maybe' : 'set';
    if (presence !== undefined && presence !== here) return 'maybe';
    presence = here;
  }
  return presence ?? 'maybe';
}

/**
 * Whether any of these arguments has its value (or its null) from a variable: a finding resting on them is then a
 * warning, since a caller, `-var` or a .tfvars file can change it.
 */
export function fromVariable(scope: ModuleScope, ...attrs: (Attribute | undefined)[]): boolean {
  return attrs.some((attr) => attr !== undefined && dependsOnVariable(valueOf(attr, scope)));
}

/** The argument `name` of `block` when it is certainly set. */
export function setArgument(block: Block, name: string, scope: ModuleScope): Attribute | undefined {
  const attr = attribute(block, name);
  return presenceOf(attr, scope) === 'set' ? attr : undefined;
}

/**
 * True when the argument `name` of `block` is certainly not set: null, or not written in a block that is complete.
 * In a block recovery cut short (still unclosed while being typed) an argument not written yet may be further down.
 */
export function isUnset(block: Block, name: string, scope: ModuleScope): boolean {
  const attr = attribute(block, name);
  if (!attr && isIncomplete(block)) return false;
  return presenceOf(attr, scope) === 'unset';
}
