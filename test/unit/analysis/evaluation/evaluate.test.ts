import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribute } from '../../../../server/src/hcl/ast';
import { parse } from '../../../../server/src/hcl';
import { evaluate } from '../../../../server/src/analysis/evaluation/evaluate';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import type { Value } from '../../../../server/src/analysis/evaluation/value';
import { VariableFile } from '../../../../server/src/analysis/evaluation/variableFiles';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';

function valueOf(expression: string) {
  const attribute = parse(`x = ${expression}\n`).body.items[0] as Attribute;
  return evaluate(attribute.value, ModuleScope.EMPTY);
}

test('literals have static values', () => {
  assert.deepEqual(valueOf('"abc"'), { kind: 'string', value: 'abc' });
  assert.deepEqual(valueOf('"a\\"b"'), { kind: 'string', value: 'a"b' });
  assert.deepEqual(valueOf('42'), { kind: 'number', value: 42 });
  assert.deepEqual(valueOf('-1.5'), { kind: 'number', value: -1.5 });
  assert.deepEqual(valueOf('(7)'), { kind: 'number', value: 7 });
  assert.deepEqual(valueOf('true'), { kind: 'bool', value: true });
  assert.deepEqual(valueOf('null'), { kind: 'null' });
  assert.deepEqual(valueOf('"$${literal}"'), { kind: 'string', value: '${literal}' });
  assert.deepEqual(valueOf('<<EOT\nhello\nEOT'), { kind: 'string', value: 'hello\n' });
});

test('anything Terraform computes is unknown', () => {
  for (const expression of ['var.x', 'local.a', 'each.value', 'aws_sagemaker_model.m.name', 'upper("a")', '"${var.env}-x"', 'var.a ? 1 : 2', '[for s in var.l : s]', '1 + 1', '"%{ if true }a%{ endif }"']) {
    assert.equal(valueOf(expression).kind, 'unknown', expression);
  }
});

test('tuples and objects keep their elements, known or not', () => {
  const tuple = valueOf('["a", var.b]');
  assert.equal(tuple.kind, 'tuple');
  if (tuple.kind === 'tuple') assert.deepEqual(tuple.items.map((i) => i.value.kind), ['string', 'unknown']);
  const object = valueOf('{ Name = "x", "quoted key" = 1, (var.k) = 2 }');
  assert.equal(object.kind, 'object');
  if (object.kind === 'object') assert.deepEqual(object.entries.map((e) => e.key), ['Name', 'quoted key', undefined]);
});

// In a module: variables (defaults, overridden by variable files in Terraform's order), locals, iterators.

const MODULE = `variable "size" {
  default = "ml.m5.large"
}

variable "sizes" {
  default = { small = "ml.t2.medium", list = ["a", "b"] }
}

variable "no_default" {}

variable "nothing" {
  default = null
}

locals {
  env    = "prod"
  name   = "\${local.env}-\${var.size}"
  loop_a = local.loop_b
  loop_b = local.loop_a
  called = upper(local.env)
  count  = 3
}
`;

function inModule(expression: string, variableFiles: VariableFile[] = []) {
  const file = new ParsedFile('file:///m/main.tf', `${MODULE}\nx = ${expression}\n`, 1);
  const scope = ModuleScope.of([file], variableFiles);
  const attribute = file.syntax.body.items.at(-1) as Attribute;
  return evaluate(attribute.value, scope);
}

const plain = (v: Value): unknown => (v.kind === 'string' || v.kind === 'number' || v.kind === 'bool' ? v.value : v.kind);

test('var.NAME is its default; attribute and index access reach into object and list defaults', () => {
  assert.equal(plain(inModule('var.size')), 'ml.m5.large');
  assert.equal(plain(inModule('var.sizes.small')), 'ml.t2.medium');
  assert.equal(plain(inModule('var.sizes["small"]')), 'ml.t2.medium');
  assert.equal(plain(inModule('var.sizes.list[1]')), 'b');
  assert.equal(plain(inModule('var.nothing')), 'null');
  for (const unknown of ['var.no_default', 'var.undeclared', 'var.sizes.missing', 'var.sizes.list[5]', 'var.sizes.list[var.size]']) {
    assert.equal(inModule(unknown).kind, 'unknown', unknown);
  }
});

test("a variable's value carries its origin: the default's expression, marked as overridable", () => {
  const value = inModule('var.sizes.small');
  assert.equal(value.origin?.description, 'the default of var.sizes');
  assert.equal(value.origin?.variable, true);
  assert.equal(value.origin?.file.uri, 'file:///m/main.tf');
  const expression = value.origin!.expression;
  assert.equal(MODULE.slice(expression.start, expression.end), '"ml.t2.medium"', 'the part itself, for fixes and links');
});

test("variable files override defaults in Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars by name", () => {
  const files = [
    new VariableFile('file:///m/b.auto.tfvars', 'b.auto.tfvars', 'size = "from-b-auto"\n'),
    new VariableFile('file:///m/terraform.tfvars', 'terraform.tfvars', 'size = "from-tfvars"\nnothing = "set"\n'),
    new VariableFile('file:///m/terraform.tfvars.json', 'terraform.tfvars.json', '{ "size": "from-json", "no_default": 4 }'),
    new VariableFile('file:///m/a.auto.tfvars.json', 'a.auto.tfvars.json', '{"size": "from-a-auto"}'),
  ];
  assert.equal(plain(inModule('var.size', files)), 'from-b-auto');
  assert.equal(inModule('var.size', files).origin?.description, 'var.size in b.auto.tfvars');
  assert.equal(plain(inModule('var.size', files.slice(1, 3))), 'from-json');
  assert.equal(plain(inModule('var.no_default', files)), 4);
  assert.equal(plain(inModule('var.nothing', files)), 'set');
  assert.equal(inModule('var.undeclared', [new VariableFile('file:///m/terraform.tfvars', 'terraform.tfvars', 'undeclared = 1\n')]).kind, 'unknown', 'only declared variables');
});

test('locals: literals, other locals and variables, templates of known parts; cycles and function calls stay unknown', () => {
  assert.equal(plain(inModule('local.env')), 'prod');
  assert.equal(plain(inModule('local.count')), 3);
  const name = inModule('local.name');
  assert.equal(plain(name), 'prod-ml.m5.large');
  assert.equal(name.origin?.variable, true, 'it depends on a variable');
  assert.equal(inModule('local.env').origin?.variable, false, 'a local of literals does not');
  assert.equal(inModule('local.loop_a').kind, 'unknown');
  assert.equal(inModule('local.called').kind, 'unknown');
  const template = inModule('"${local.env}-x"');
  assert.equal(plain(template), 'prod-x');
  assert.equal(template.origin?.partial, true, 'built from parts: no fix rewrites the part with the whole');
});

test('iterators: each and a dynamic block iterator give one scope per element of a known collection', () => {
  const file = new ParsedFile('file:///m/main.tf', 'a = { x = "1", y = "2" }\nb = ["p", "q", "r"]\nc = each.value\nd = it.key\n', 1);
  const [a, b, c, d] = file.syntax.body.items as Attribute[];
  const scope = ModuleScope.EMPTY.withIteration('each', evaluate(a.value, ModuleScope.EMPTY), file).withIteration('it', evaluate(b.value, ModuleScope.EMPTY), file);
  assert.equal(evaluate(c.value, scope).kind, 'unknown', 'no element is current outside instances()');
  assert.deepEqual(scope.instances(c.value).map((i) => [i.element, plain(evaluate(c.value, i.scope))]), [['for_each element "x"', '1'], ['for_each element "y"', '2']]);
  assert.deepEqual(scope.instances(d.value).map((i) => plain(evaluate(d.value, i.scope))), [0, 1, 2]);
  assert.equal(evaluate(c.value, scope.instances(c.value)[1].scope).origin?.description, 'for_each element "y"');
  const unknown = ModuleScope.EMPTY.withIteration('each', { kind: 'unknown' }, file);
  assert.deepEqual(unknown.instances(c.value).map((i) => evaluate(c.value, i.scope).kind), ['unknown']);
});

test('an unterminated string or heredoc is unknown, never its text so far', () => {
  for (const expression of ['"abc', '"ml.m5.large', '<<EOT\nabc']) {
    assert.equal(valueOf(expression).kind, 'unknown', JSON.stringify(expression));
  }
  assert.deepEqual(valueOf('"abc"'), { kind: 'string', value: 'abc' }, 'the same string closed is known');
});

test('a chain of 10,000 locals is not followed to the end (bounded), and answers', () => {
  const locals = Array.from({ length: 10_000 }, (_, i) => `  l${i} = ${i === 9_999 ? '"end"' : `local.l${i + 1}`}`).join('\n');
  const file = new ParsedFile('file:///m/main.tf', `locals {\n${locals}\n}\nx = local.l0\ny = local.l9990\n`, 1);
  const scope = ModuleScope.of([file]);
  const [x, y] = file.syntax.body.items.slice(-2) as Attribute[];
  assert.equal(evaluate(x.value, scope).kind, 'unknown');
  assert.equal(plain(evaluate(y.value, scope)), 'end');
});
