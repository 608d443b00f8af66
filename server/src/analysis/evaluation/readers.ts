import type { Attribute } from '../../hcl/ast';
import { toPrimitive } from '../conversion';
import { valueOf } from './evaluate';
import type { ModuleScope } from './scope';

// The questions features ask of one argument: "what string is it, if known?", "what number?". Numbers follow
// Terraform's conversion ("2" is 2); a string is only a string value (a number is not read as its text).

export function knownString(attr: Attribute | undefined, scope: ModuleScope): string | undefined {
  const value = valueOf(attr, scope);
  return value.kind === 'string' ? value.value : undefined;
}

export function knownNumber(attr: Attribute | undefined, scope: ModuleScope): number | undefined {
  const converted = toPrimitive(valueOf(attr, scope), 'number');
  return converted.ok === true && typeof converted.value === 'number' ? converted.value : undefined;
}
