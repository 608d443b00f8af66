import type { Attribute, Expression, Span } from '../../hcl/ast';
import type { AttributeSchema, Constraint } from '../../schema/types';
import { behaviourOf } from '../constraints';
import { isPrimitive, toPrimitive } from '../conversion';
import { Codes } from '../diagnosticCodes';
import { evaluate } from '../evaluation/evaluate';
import type { ModuleScope } from '../evaluation/scope';
import type { Value } from '../evaluation/value';
import { replacement } from '../fixes/edits';
import type { Finding, Fix } from './finding';

// Judges values known before plan (../evaluation): anything Terraform computes (references, functions, templates
// with ${}) is unknown there and passes, and values are first converted the way Terraform converts them.

type Sink = (span: Span, code: Finding['code'], message: string, severity?: Finding['severity'], fixes?: Fix[]) => void;

export function checkAttributeValue(attr: Attribute, schema: AttributeSchema, name: string, scope: ModuleScope, report: Sink): void {
  if (schema.meta) return;
  const value = evaluate(attr.value, scope);
  if (value.kind === 'unknown' || value.kind === 'null') return;
  if (isPrimitive(schema.type)) {
    checkPrimitive(value, attr.value, schema.type, schema.integer, schema.constraint, name, report);
    return;
  }
  if (schema.type === 'map(string)') {
    if (value.kind !== 'object') {
      report(attr.value, Codes.typeMismatch, `${name} must be a map of strings, such as { Name = "value" }.`);
      return;
    }
    for (const entry of value.entries) checkPrimitive(entry.value, entry.expression, 'string', false, undefined, `each value of ${name}`, report);
    return;
  }
  if (value.kind !== 'tuple') {
    report(attr.value, Codes.typeMismatch, `${name} must be a list of strings, such as ["${exampleOf(schema.constraint)}"].`);
    return;
  }
  const count = value.items.length;
  const { minItems, maxItems } = schema;
  // A tuple literal's length is known even when its elements are not.
  if (minItems !== undefined && count < minItems) {
    report(attr.value, Codes.itemCount, `${name} needs at least ${minItems} element${minItems === 1 ? '' : 's'}; it has ${count}.`);
  } else if (maxItems !== undefined && count > maxItems) {
    report(attr.value, Codes.itemCount, `${name} can hold at most ${maxItems} elements; it has ${count}.`);
  }
  for (const item of value.items) checkPrimitive(item.value, item.expression, 'string', false, schema.constraint, name, report);
}

function checkPrimitive(
  value: Value,
  where: Expression,
  type: 'string' | 'number' | 'bool',
  integer: boolean | undefined,
  constraint: Constraint | undefined,
  subject: string,
  report: Sink,
): void {
  const converted = toPrimitive(value, type);
  if (converted.ok === 'unknown') return;
  if (!converted.ok) {
    report(where, Codes.typeMismatch, `Inappropriate value for ${subject}: ${converted.reason}.`);
    return;
  }
  if (integer && typeof converted.value === 'number' && !Number.isInteger(converted.value)) {
    report(where, Codes.typeMismatch, `${subject} must be a whole number; got ${converted.value}.`);
    return;
  }
  if (!constraint) return;
  const violation = behaviourOf(constraint).check(constraint, converted.value, subject);
  if (!violation) return;
  const fixes: Fix[] | undefined =
    violation.replacement !== undefined
      ? [replacement(where, `"${violation.replacement}"`, `Change to "${violation.replacement}"`, true)]
      : undefined;
  report(where, violation.code, violation.message, violation.severity, fixes);
}

function exampleOf(constraint: Constraint | undefined): string {
  return constraint ? String(behaviourOf(constraint).example(constraint)) : '…';
}
