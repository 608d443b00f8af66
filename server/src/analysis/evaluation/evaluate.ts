import type { Attribute, Expression, TemplateExpr, TraversalStep } from '../../hcl/ast';
import type { ModuleScope } from './scope';
import { NULL, UNKNOWN, type Origin, type Value } from './value';

// The one place that works out what an expression is worth before Terraform plans. Known: literals (and tuples and
// objects of them), `var.NAME` (its variable file value or default), `local.NAME`, the current element of an
// iteration (`each.value`, a dynamic block's `<iterator>.value`, `count.index` of a known count), attribute and
// index access into those, and templates whose parts are all known. Unknown, and never judged: resource attributes,
// data sources, module outputs, function calls, conditionals, for-expressions and operators. Every feature and rule
// reads values through here, with the scope of the place the expression is written.

export function evaluate(expression: Expression, scope: ModuleScope): Value {
  switch (expression.kind) {
    case 'Literal':
      if (expression.value === null) return NULL;
      return typeof expression.value === 'number' ? { kind: 'number', value: expression.value } : { kind: 'bool', value: expression.value };
    case 'Template':
      return template(expression, scope);
    case 'Paren':
      return evaluate(expression.expression, scope);
    case 'Unary': {
      const operand = evaluate(expression.operand, scope);
      if (expression.operator === '-' && operand.kind === 'number') return operand.origin ? { kind: 'number', value: -operand.value, origin: operand.origin } : { kind: 'number', value: -operand.value };
      return UNKNOWN;
    }
    case 'Tuple':
      return { kind: 'tuple', items: expression.items.map((e) => ({ value: evaluate(e, scope), expression: e })) };
    case 'Object':
      return {
        kind: 'object',
        entries: expression.items.map((item) => ({ key: objectKey(item.key, scope), value: evaluate(item.value, scope), expression: item.value })),
      };
    case 'Traversal':
      return traversal(expression.source, expression.steps, scope);
    default:
      return UNKNOWN;
  }
}

/** `var.x…`, `local.x…`, `<iterator>.key` / `<iterator>.value…`; anything else is only known at plan. */
function traversal(source: Expression, steps: readonly TraversalStep[], scope: ModuleScope): Value {
  if (source.kind !== 'Variable' || steps.length === 0 || steps[0].kind !== 'GetAttr') return UNKNOWN;
  const first = steps[0].name;
  let value: Value;
  if (source.name === 'var') value = scope.variableValue(first);
  else if (source.name === 'local') value = scope.localValue(first);
  else {
    const current = scope.iteration(source.name)?.current;
    if (!current) return UNKNOWN;
    // `count.index` is the key of the current instance of a resource with a known `count`.
    if (source.name === 'count') {
      if (first !== 'index') return UNKNOWN;
      value = current.key;
    } else if (first === 'key' || first === 'value') value = first === 'key' ? current.key : current.value;
    else return UNKNOWN;
  }
  for (let i = 1; i < steps.length && value.kind !== 'unknown'; i++) value = step(value, steps[i], scope);
  return value;
}

/** `.name` or `[key]` into a known value; a key it does not have is left to Terraform (unknown here). */
function step(value: Value, next: TraversalStep, scope: ModuleScope): Value {
  let key: string | number | undefined;
  if (next.kind === 'GetAttr') key = next.name;
  else if (next.kind === 'Index') {
    const k = evaluate(next.key, scope);
    key = k.kind === 'string' || k.kind === 'number' ? k.value : undefined;
  }
  if (key === undefined) return UNKNOWN;
  if (value.kind === 'object') return value.entries.find((e) => e.key === String(key))?.value ?? UNKNOWN;
  if (value.kind === 'tuple' && typeof key === 'number') return value.items[key]?.value ?? UNKNOWN;
  return UNKNOWN;
}

/** A string with `${}` parts is known when every part is a known string, number or bool. */
function template(expression: TemplateExpr, scope: ModuleScope): Value {
  if (!expression.terminated) return UNKNOWN;
  let text = '';
  let origin: Origin | undefined;
  let variable = false;
  for (const part of expression.parts) {
    if (part.kind === 'TemplateLiteral') {
      text += part.value;
      continue;
    }
    if (part.kind !== 'TemplateInterpolation') return UNKNOWN;
    const value = evaluate(part.expression, scope);
    if (value.kind !== 'string' && value.kind !== 'number' && value.kind !== 'bool') return UNKNOWN;
    text += String(value.value);
    if (value.origin) {
      origin ??= value.origin;
      variable ||= value.origin.variable;
    }
  }
  // Built from parts: findings name where the first part came from, and no fix rewrites that part with the whole.
  return origin ? { kind: 'string', value: text, origin: { ...origin, variable, partial: true } } : { kind: 'string', value: text };
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
