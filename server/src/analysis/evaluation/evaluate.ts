import type { Attribute, Expression } from '../../hcl/ast';
import type { ModuleScope } from './scope';
import { NULL, UNKNOWN, type Value } from './value';

// The one place that works out what an expression is worth before Terraform plans. Literals (strings without
// `${}`, numbers, bools, null, and tuples and objects of them) are known; references, function calls, conditionals
// and for-expressions are unknown and never judged. Every feature and rule reads values through here, with the
// module's scope, so what becomes known (variables, locals) is taught in this file alone.

export function evaluate(expression: Expression, scope: ModuleScope): Value {
  switch (expression.kind) {
    case 'Literal':
      if (expression.value === null) return NULL;
      return typeof expression.value === 'number' ? { kind: 'number', value: expression.value } : { kind: 'bool', value: expression.value };
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
      return evaluate(expression.expression, scope);
    case 'Unary': {
      const operand = evaluate(expression.operand, scope);
      if (expression.operator === '-' && operand.kind === 'number') return { kind: 'number', value: -operand.value };
      return UNKNOWN;
    }
    case 'Tuple':
      return { kind: 'tuple', items: expression.items.map((e) => ({ value: evaluate(e, scope), expression: e })) };
    case 'Object':
      return {
        kind: 'object',
        entries: expression.items.map((item) => ({ key: objectKey(item.key, scope), value: evaluate(item.value, scope), expression: item.value })),
      };
    default:
      return UNKNOWN;
  }
}

/** An object key written as a bare word or a literal string; undefined when it is computed. */
function objectKey(key: Expression, scope: ModuleScope): string | undefined {
  if (key.kind === 'Variable') return key.name;
  const value = evaluate(key, scope);
  return value.kind === 'string' ? value.value : undefined;
}

/** The value of an argument; an argument that is not written is null ("not set"). */
export function valueOf(attr: Attribute | undefined, scope: ModuleScope): Value {
  return attr ? evaluate(attr.value, scope) : NULL;
}
