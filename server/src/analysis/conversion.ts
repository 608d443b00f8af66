import type { ValueType } from '../schema/types';
import type { Value } from './evaluation/value';

// Terraform converts between primitive types before the provider sees a value: "2" is a number, "true" a bool,
// 2 and true are strings. These functions follow cty's conversion rules for the types our schema uses.

export type Converted =
  | { ok: true; value: string | number | boolean }
  | { ok: false; reason: string }
  | { ok: 'unknown' };

export function toPrimitive(value: Value, type: 'string' | 'number' | 'bool'): Converted {
  switch (value.kind) {
    case 'unknown':
    case 'null':
      return { ok: 'unknown' };
    case 'tuple':
      return { ok: false, reason: `a list was given where a ${type} is required` };
    case 'object':
      return { ok: false, reason: `an object was given where a ${type} is required` };
  }
  if (type === 'string') return { ok: true, value: value.kind === 'string' ? value.value : String(value.value) };
  if (type === 'number') {
    if (value.kind === 'number') return { ok: true, value: value.value };
    if (value.kind === 'string') {
      const n = parseNumber(value.value);
      return n === undefined ? { ok: false, reason: `"${value.value}" is not a number` } : { ok: true, value: n };
    }
    return { ok: false, reason: `a bool cannot be converted to a number` };
  }
  if (value.kind === 'bool') return { ok: true, value: value.value };
  if (value.kind === 'string') {
    // cty accepts exactly these spellings; "True" or "yes" are errors.
    if (value.value === 'true' || value.value === '1') return { ok: true, value: true };
    if (value.value === 'false' || value.value === '0') return { ok: true, value: false };
    return { ok: false, reason: `"${value.value}" is not a bool (use true or false)` };
  }
  return { ok: false, reason: `a number cannot be converted to a bool` };
}

/** cty accepts decimal numbers with optional sign, fraction and exponent; no hex, no surrounding spaces. */
function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function isPrimitive(type: ValueType): type is 'string' | 'number' | 'bool' {
  return type === 'string' || type === 'number' || type === 'bool';
}
