import type { Range } from 'vscode-languageserver-types';
import type { Expression, Span } from '../../hcl/ast';

/** A file a value can be written in: a `.tf` file of the module or one of its variable files (`.tfvars`). */
export interface SourceFile {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  range(span: Span): Range;
}

/**
 * Where a value known before plan is written when it is not written at the place it is used: a variable's default,
 * a `.tfvars` entry, a local. Findings about it name it, point at it and fix it there.
 */
export interface Origin {
  file: SourceFile;
  /** The expression that holds the value. */
  expression: Expression;
  /** In words, for messages: `the default of var.instance_type`, `var.instance_type in terraform.tfvars`. */
  description: string;
  /** The value can be overridden (a caller, `-var`, another `.tfvars`): findings about it are warnings. */
  variable: boolean;
  /** The value is built from this and other parts (a template): it is not written whole at `expression`. */
  partial?: boolean;
}

/**
 * What an expression is worth before Terraform plans. `unknown` is everything only plan or apply can tell
 * (resource attributes, function calls, data sources), and is never judged. `origin` is set on values that come
 * through a reference (see Origin).
 */
export type Value = (
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'tuple'; items: { value: Value; expression: Expression }[] }
  | { kind: 'object'; entries: { key: string | undefined; value: Value; expression: Expression }[] }
  | { kind: 'unknown' }
) & { origin?: Origin };

export const UNKNOWN: Value = { kind: 'unknown' };
export const NULL: Value = { kind: 'null' };

/**
 * The value with `origin` on it and on every part that has none of its own, each part pointing at its own
 * expression (a value that came through another reference keeps that one's origin: that is where it is written).
 */
export function withOrigin(value: Value, origin: Origin): Value {
  if (value.origin || value.kind === 'unknown') return value;
  switch (value.kind) {
    case 'tuple':
      return { ...value, origin, items: value.items.map((i) => ({ ...i, value: withOrigin(i.value, { ...origin, expression: i.expression }) })) };
    case 'object':
      return { ...value, origin, entries: value.entries.map((e) => ({ ...e, value: withOrigin(e.value, { ...origin, expression: e.expression }) })) };
    default:
      return { ...value, origin };
  }
}

/** True when the value, or any part of it, comes from a variable. */
export function dependsOnVariable(value: Value): boolean {
  if (value.origin?.variable) return true;
  if (value.kind === 'tuple') return value.items.some((i) => dependsOnVariable(i.value));
  if (value.kind === 'object') return value.entries.some((e) => dependsOnVariable(e.value));
  return false;
}
