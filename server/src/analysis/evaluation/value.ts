import type { Expression } from '../../hcl/ast';

/**
 * What an expression is worth before Terraform plans. `unknown` is everything only plan or apply can tell
 * (resource attributes, function calls, data sources), and is never judged.
 */
export type Value =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'tuple'; items: { value: Value; expression: Expression }[] }
  | { kind: 'object'; entries: { key: string | undefined; value: Value; expression: Expression }[] }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };
export const NULL: Value = { kind: 'null' };
