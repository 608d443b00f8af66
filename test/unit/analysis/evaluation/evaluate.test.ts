import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribute } from '../../../../server/src/hcl/ast';
import { parse } from '../../../../server/src/hcl';
import { evaluate } from '../../../../server/src/analysis/evaluation/evaluate';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';

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
  for (const expression of ['var.x', 'local.a', 'aws_sagemaker_model.m.name', 'upper("a")', '"${var.env}-x"', 'var.a ? 1 : 2', '[for s in var.l : s]', '1 + 1', '"%{ if true }a%{ endif }"']) {
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

test('an unterminated string or heredoc is unknown, never its text so far', () => {
  for (const expression of ['"abc', '"ml.m5.large', '<<EOT\nabc']) {
    assert.equal(valueOf(expression).kind, 'unknown', JSON.stringify(expression));
  }
  assert.deepEqual(valueOf('"abc"'), { kind: 'string', value: 'abc' }, 'the same string closed is known');
});
