import type { Attribute, Block, Expression } from '../../hcl/ast';
import { toPrimitive } from '../conversion';
import { staticValue, type StaticValue } from '../staticValue';
import { attribute } from '../syntaxHelpers';

export { attribute };

// Small readers over a block's body for the rules. Only static blocks are returned: a `dynamic` block stands for
// an unknown number of blocks with unknown contents, so rules never judge it.

export const CONFIG = 'aws_sagemaker_endpoint_configuration';
export const ENDPOINT = 'aws_sagemaker_endpoint';

/** Static (non-dynamic) child blocks of a type. */
export function blocks(block: Block, name: string): Block[] {
  return block.body.items.filter((i): i is Block => i.kind === 'Block' && i.type.name === name);
}

/** True when a `dynamic "name"` block may generate blocks of that type. */
export function hasDynamic(block: Block, name: string): boolean {
  return block.body.items.some((i) => i.kind === 'Block' && i.type.name === 'dynamic' && i.labels[0]?.value === name);
}

export function value(attr: Attribute | undefined): StaticValue {
  return attr ? staticValue(attr.value) : { kind: 'null' };
}

/** Set to a known, non-null value (computed values may be null, so they are not "set" for conflict checks). */
export function definitelySet(block: Block, name: string): Attribute | undefined {
  const attr = attribute(block, name);
  const v = value(attr);
  return v.kind !== 'null' && v.kind !== 'unknown' ? attr : undefined;
}

/** Certainly absent: no argument, or a literal null. */
export function absent(block: Block, name: string): boolean {
  return value(attribute(block, name)).kind === 'null';
}

export function literalNumber(attr: Attribute | undefined): number | undefined {
  const converted = toPrimitive(value(attr), 'number');
  return converted.ok === true && typeof converted.value === 'number' ? converted.value : undefined;
}

export function literalString(attr: Attribute | undefined): string | undefined {
  const v = value(attr);
  return v.kind === 'string' ? v.value : undefined;
}

/** The production and shadow variant blocks written out statically. */
export function variants(resource: Block): Block[] {
  return blocks(resource, 'production_variants').concat(blocks(resource, 'shadow_production_variants'));
}

/** `type.name.attr` or `type.name[index].attr`: the referenced type and name, else undefined. */
export function plainReference(expression: Expression): { type: string; name: string; attr: string } | undefined {
  if (expression.kind !== 'Traversal' || expression.source.kind !== 'Variable') return undefined;
  const steps = expression.steps;
  const [name, ...rest] = steps;
  if (name?.kind !== 'GetAttr') return undefined;
  const tail = rest[0]?.kind === 'Index' ? rest.slice(1) : rest;
  if (tail.length !== 1 || tail[0].kind !== 'GetAttr') return undefined;
  return { type: expression.source.name, name: name.name, attr: tail[0].name };
}
