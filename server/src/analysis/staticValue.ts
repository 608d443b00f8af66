import type { Expression } from '../hcl/ast';

// What an expression is worth before Terraform runs anything. Only literals have a static value; references,
// variables, function calls, `${}` templates, conditionals and for-expressions are `unknown` and never judged.
export type StaticValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'tuple'; items: { value: StaticValue; expression: Expression }[] }
  | { kind: 'object'; entries: { key: string | undefined; value: StaticValue; expression: Expression }[] }
  | { kind: 'unknown' };

const UNKNOWN: StaticValue = { kind: 'unknown' };

export function staticValue(expression: Expression): StaticValue {
  switch (expression.kind) {
    case 'Literal':
      if (expression.value === null) return { kind: 'null' };
      return typeof expression.value === 'number'
        ? { kind: 'number', value: expression.value }
        : { kind: 'bool', value: expression.value };
    case 'Template': {
      if (!expression.terminated) return UNKNOWN;
      let text = '';
      for (const part of expression.parts) {
        if (part.kind !== 'TemplateLiteral') return UNKNOWN;
        text += part.value;
      }
      return { kind: 'string', value: text };
    }
    case 'Paren':
      return staticValue(expression.expression);
    case 'Unary': {
      const operand = staticValue(expression.operand);
      if (expression.operator === '-' && operand.kind === 'number') return { kind: 'number', value: -operand.value };
      return UNKNOWN;
    }
    case 'Tuple':
      return { kind: 'tuple', items: expression.items.map((e) => ({ value: staticValue(e), expression: e })) };
    case 'Object':
      return {
        kind: 'object',
        entries: expression.items.map((item) => ({
          key: objectKey(item.key),
          value: staticValue(item.value),
          expression: item.value,
        })),
      };
    default:
      return UNKNOWN;
  }
}

/** An object key written as a bare word or a literal string; undefined when it is computed. */
function objectKey(key: Expression): string | undefined {
  if (key.kind === 'Variable') return key.name;
  const value = staticValue(key);
  return value.kind === 'string' ? value.value : undefined;
}
