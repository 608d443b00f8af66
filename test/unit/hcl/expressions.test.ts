import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  parse,
  type BinaryExpr,
  type ConditionalExpr,
  type Expression,
  type ForExpr,
  type FunctionCallExpr,
  type ObjectExpr,
  type SplatExpr,
  type TraversalExpr,
  type TupleExpr,
} from '../../../server/src/hcl/index';
import { summaries, textOf, valueOf } from './helpers';

/** A compact rendering that makes grouping visible: binary operations in parentheses. */
function show(e: Expression): string {
  switch (e.kind) {
    case 'Literal':
      return e.raw;
    case 'Variable':
      return e.name;
    case 'Binary':
      return `(${show(e.left)} ${e.operator} ${show(e.right)})`;
    case 'Unary':
      return `${e.operator}${show(e.operand)}`;
    case 'Conditional':
      return `(${show(e.condition)} ? ${show(e.trueResult)} : ${show(e.falseResult)})`;
    case 'Paren':
      return `[${show(e.expression)}]`;
    case 'FunctionCall':
      return `${e.name.name}(${e.args.map(show).join(', ')}${e.expandFinal ? '...' : ''})`;
    case 'Traversal':
    case 'Splat':
      return (
        show(e.source) +
        (e.kind === 'Splat' ? '[*]' : '') +
        e.steps.map((s) => (s.kind === 'GetAttr' ? `.${s.name}` : s.kind === 'Index' ? `[${show(s.key)}]` : '.*')).join('')
      );
    default:
      return e.kind;
  }
}

const expr = (source: string): string => show(valueOf(`a = ${source}\n`));

describe('literals and variables', () => {
  test('numbers, bools and null', () => {
    assert.deepEqual(valueOf('a = 1.5e3\n'), { kind: 'Literal', value: 1500, raw: '1.5e3', start: 4, end: 9 });
    assert.equal((valueOf('a = 007\n') as { value: number }).value, 7);
    assert.deepEqual(valueOf('a = true\n'), { kind: 'Literal', value: true, raw: 'true', start: 4, end: 8 });
    assert.deepEqual(valueOf('a = false\n'), { kind: 'Literal', value: false, raw: 'false', start: 4, end: 9 });
    assert.deepEqual(valueOf('a = null\n'), { kind: 'Literal', value: null, raw: 'null', start: 4, end: 8 });
  });

  test('variables', () => {
    assert.deepEqual(valueOf('a = foo\n'), { kind: 'Variable', name: 'foo', start: 4, end: 7 });
  });

  test('an invalid number literal', () => {
    const r = parse('a = 1.2.3\n');
    assert.deepEqual(summaries(r), ['Invalid number literal']);
  });
});

describe('operators', () => {
  test('HCL precedence, left associative', () => {
    assert.equal(expr('1 + 2 * 3 - 4 / 2 % 3'), '((1 + (2 * 3)) - ((4 / 2) % 3))');
    assert.equal(expr('a || b && c == d < e + f * g'), '(a || (b && (c == (d < (e + (f * g))))))');
    assert.equal(expr('a == b != c'), '((a == b) != c)');
    assert.equal(expr('a <= b'), '(a <= b)');
    assert.equal(expr('a >= b'), '(a >= b)');
    assert.equal(expr('a > b'), '(a > b)');
  });

  test('unary operators bind tighter than binary ones', () => {
    assert.equal(expr('-1 + 2'), '(-1 + 2)');
    assert.equal(expr('!a && !!b'), '(!a && !!b)');
    assert.equal(expr('- -x.y'), '--x.y');
  });

  test('parentheses', () => {
    assert.equal(expr('(1 + 2) * 3'), '([(1 + 2)] * 3)');
    const text = 'a = (\n  1\n  + 2\n)\n';
    const v = valueOf(text);
    assert.equal(v.kind, 'Paren');
    assert.equal(textOf(text, v), '(\n  1\n  + 2\n)');
  });

  test('binary spans cover both operands', () => {
    const text = 'a = x + y * z\n';
    const v = valueOf(text) as BinaryExpr;
    assert.equal(textOf(text, v), 'x + y * z');
    assert.equal(textOf(text, v.right), 'y * z');
  });

  test('conditionals nest to the right', () => {
    assert.equal(expr('a ? b : c ? d : e'), '(a ? b : (c ? d : e))');
    assert.equal(expr('a == 1 ? x + 1 : y'), '((a == 1) ? (x + 1) : y)');
    const v = valueOf('a = p ? (q ? 1 : 2) : 3\n') as ConditionalExpr;
    assert.equal(v.trueResult.kind, 'Paren');
  });

  test('an operator at the end of a line is missing its operand', () => {
    assert.deepEqual(summaries(parse('a = 1 +\n  2\n')), ['Missing expression', 'Argument or block definition required']);
  });
});

describe('traversals and splats', () => {
  test('attribute and index steps', () => {
    const text = 'a = aws_sagemaker_endpoint_configuration.ec.production_variants[0]["k"]\n';
    const v = valueOf(text) as TraversalExpr;
    assert.equal(v.kind, 'Traversal');
    assert.deepEqual(v.source, { kind: 'Variable', name: 'aws_sagemaker_endpoint_configuration', start: 4, end: 40 });
    assert.deepEqual(v.steps.map((s) => [s.kind, textOf(text, s)]), [
      ['GetAttr', '.ec'],
      ['GetAttr', '.production_variants'],
      ['Index', '[0]'],
      ['Index', '["k"]'],
    ]);
    assert.equal(textOf(text, v), text.slice(4, -1));
  });

  test('legacy .0 index', () => {
    assert.equal(expr('x.0.y'), 'x[0].y');
    assert.deepEqual(summaries(parse('a = x.0.1\n')), ['Invalid legacy index syntax']);
  });

  test('full splat takes the rest of the traversal', () => {
    const v = valueOf('a = x.y[*].z[0]\n') as SplatExpr;
    assert.equal(v.kind, 'Splat');
    assert.equal(show(v.source), 'x.y');
    assert.equal(show(v), 'x.y[*].z[0]');
    assert.equal(show(valueOf('a = x[*]\n')), 'x[*]');
  });

  test('nested full splats', () => {
    assert.equal(expr('a[*].b[*].c'), 'a[*].b[*].c');
  });

  test('attribute-only splat', () => {
    assert.equal(expr('x.*.name'), 'x.*.name');
    assert.deepEqual(summaries(parse('a = x.*.y.*\n')), ['Nested splat expression not allowed']);
  });

  test('traversals after calls, parentheses and templates', () => {
    assert.equal(expr('f(x).y'), 'f(x).y');
    assert.equal(expr('(x).y[0]'), '[x].y[0]');
    assert.equal((valueOf('a = "s".x\n') as TraversalExpr).source.kind, 'Template');
  });

  test('a dot without a name keeps an empty step for completion', () => {
    const r = parse('a = aws_sagemaker_endpoint.main.\nb = 1\n');
    assert.deepEqual(summaries(r), ['Invalid attribute name']);
    const v = (r.body.items[0] as { value: TraversalExpr }).value;
    assert.deepEqual(v.steps.map((s) => (s.kind === 'GetAttr' ? s.name : s.kind)), ['main', '']);
    assert.equal(r.body.items.length, 2);
  });
});

describe('function calls', () => {
  test('arguments, trailing comma, expansion', () => {
    assert.equal(expr('max(1, 2, x)'), 'max(1, 2, x)');
    assert.equal(expr('coalesce(a, b,)'), 'coalesce(a, b)');
    assert.equal(expr('max(xs...)'), 'max(xs...)');
    assert.equal(expr('timestamp()'), 'timestamp()');
  });

  test('provider-namespaced functions', () => {
    const text = 'a = provider::aws::arn_parse(x)\n';
    const v = valueOf(text) as FunctionCallExpr;
    assert.equal(v.name.name, 'provider::aws::arn_parse');
    assert.equal(textOf(text, v.name), 'provider::aws::arn_parse');
  });

  test('arguments may span lines', () => {
    const text = 'a = merge(\n  x,\n  { y = 1 },\n)\n';
    const v = valueOf(text) as FunctionCallExpr;
    assert.equal(v.args.length, 2);
    assert.equal(textOf(text, v), text.slice(4, -1));
  });

  test('call errors', () => {
    assert.deepEqual(summaries(parse('a = f(1 2)\n')), ['Missing argument separator']);
    assert.deepEqual(summaries(parse('a = f(x..., y)\n')), ['Missing closing parenthesis']);
    assert.deepEqual(summaries(parse('a = provider::(x)\n')), ['Missing function name']);
    assert.deepEqual(summaries(parse('a = provider::aws\n')), ['Missing open parenthesis']);
    assert.deepEqual(summaries(parse('a = f(1')), ['Unterminated function call']);
    assert.deepEqual(summaries(parse('a = f(1,')), ['Missing expression']);
  });
});

describe('collections', () => {
  test('tuples', () => {
    const v = valueOf('a = [1, "two", [3], { four = 4 },]\n') as TupleExpr;
    assert.deepEqual(v.items.map((i) => i.kind), ['Literal', 'Template', 'Tuple', 'Object']);
    assert.equal((valueOf('a = [\n  1,\n  2\n]\n') as TupleExpr).items.length, 2);
    assert.deepEqual((valueOf('a = []\n') as TupleExpr).items, []);
  });

  test('objects: identifier, string and (expression) keys; = or :; commas or newlines', () => {
    const text = 'a = {\n  k1 = 1, "k2": 2\n  (k3) = 3\n  k4: 4,\n}\n';
    const v = valueOf(text) as ObjectExpr;
    assert.deepEqual(v.items.map((i) => [i.key.kind, textOf(text, i.key), textOf(text, i.value)]), [
      ['Variable', 'k1', '1'],
      ['Template', '"k2"', '2'],
      ['Paren', '(k3)', '3'],
      ['Variable', 'k4', '4'],
    ]);
    for (const item of v.items) assert.equal(textOf(text, item), `${textOf(text, item.key)}${text.slice(item.key.end, item.value.start)}${textOf(text, item.value)}`);
  });

  test('collection errors', () => {
    assert.deepEqual(summaries(parse('a = [1 2]\n')), ['Missing item separator']);
    assert.deepEqual(summaries(parse('a = [1,\n')), ['Missing expression']);
    assert.deepEqual(summaries(parse('a = [1')), ['Unterminated tuple constructor expression']);
    assert.deepEqual(summaries(parse('a = {a = 1 b = 2}\n')), ['Missing attribute separator']);
    assert.deepEqual(summaries(parse('a = {a}\n')), ['Missing key/value separator']);
    assert.deepEqual(summaries(parse('a = {\n  a\n  b = 1\n}\n')), ['Missing attribute value']);
    assert.deepEqual(summaries(parse('a = {a = 1')), ['Unterminated object constructor expression']);
  });

  test('an attribute without a value keeps its key', () => {
    const v = (parse('a = {\n  Name\n  Team = "ml"\n}\n').body.items[0] as { value: ObjectExpr }).value;
    assert.deepEqual(v.items.map((i) => [show(i.key), i.value.kind]), [['Name', 'Invalid'], ['Team', 'Template']]);
  });
});

describe('for expressions', () => {
  test('tuple for with index and condition', () => {
    const v = valueOf('a = [for i, s in var.names : upper(s) if i > 0]\n') as ForExpr;
    assert.equal(v.kind, 'For');
    assert.equal(v.object, false);
    assert.equal(v.keyVar, 'i');
    assert.equal(v.valueVar, 's');
    assert.equal(show(v.collection), 'var.names');
    assert.equal(show(v.valueExpr), 'upper(s)');
    assert.equal(v.keyExpr, undefined);
    assert.equal(show(v.condition as Expression), '(i > 0)');
    assert.equal(v.grouping, false);
  });

  test('object for with grouping', () => {
    const v = valueOf('a = { for s in xs : substr(s, 0, 1) => s... }\n') as ForExpr;
    assert.equal(v.object, true);
    assert.equal(v.keyVar, undefined);
    assert.equal(show(v.keyExpr as Expression), 'substr(s, 0, 1)');
    assert.equal(v.grouping, true);
  });

  test('for expressions may span lines', () => {
    const v = valueOf('a = [\n  for v in xs :\n  v.name\n  if v.enabled\n]\n') as ForExpr;
    assert.equal(show(v.valueExpr), 'v.name');
  });

  test('for errors', () => {
    assert.deepEqual(summaries(parse('a = [for x in y]\n')), ["Invalid 'for' expression"]);
    assert.deepEqual(summaries(parse('a = [for k, v in m : k => v]\n')), ["Invalid 'for' expression"]);
    assert.deepEqual(summaries(parse('a = {for v in l : v}\n')), ["Invalid 'for' expression"]);
    assert.deepEqual(summaries(parse('a = [for v in l : v...]\n')), ["Invalid 'for' expression"]);
    assert.deepEqual(summaries(parse('a = [for in y : x]\n')), ["Invalid 'for' expression"]);
    assert.deepEqual(summaries(parse('a = [for]\n')), ["Invalid 'for' expression"]);
  });

  test('a broken for still declares its names', () => {
    const v = (parse('a = [for k, v in var.m : ]\n').body.items[0] as { value: ForExpr }).value;
    assert.equal(v.kind, 'For');
    assert.deepEqual([v.keyVar, v.valueVar, show(v.collection)], ['k', 'v', 'var.m']);
  });
});

describe('missing and invalid expressions', () => {
  test('a name and "=" only', () => {
    const r = parse('a = \nb = 1\n');
    assert.deepEqual(summaries(r), ['Missing expression']);
    const a = r.body.items[0] as { value: Expression; end: number };
    assert.deepEqual(a.value, { kind: 'Invalid', start: 4, end: 4 });
    assert.equal(r.body.items.length, 2);
  });

  test('at the end of the file', () => {
    const r = parse('a =');
    assert.deepEqual(summaries(r), ['Missing expression']);
    assert.deepEqual((r.body.items[0] as { value: Expression }).value, { kind: 'Invalid', start: 3, end: 3 });
  });

  test('a token that cannot start an expression', () => {
    assert.deepEqual(summaries(parse('a = ]\n')), ['Invalid expression']);
    assert.deepEqual(summaries(parse('a = .5\n')), ['Invalid expression']);
  });

  test('a missing false branch', () => {
    const r = parse('a = x ? 1\n');
    assert.deepEqual(summaries(r), ['Missing false expression in conditional']);
    assert.equal((r.body.items[0] as { value: Expression }).value.kind, 'Conditional');
  });

  test('unbalanced parentheses and brackets', () => {
    assert.deepEqual(summaries(parse('a = (1 2)\n')), ['Unbalanced parentheses']);
    assert.deepEqual(summaries(parse('a = x[0 1]\n')), ['Missing close bracket on index']);
    assert.deepEqual(summaries(parse('a = x[* 1]\n')), ['Missing close bracket on splat index']);
  });
});
