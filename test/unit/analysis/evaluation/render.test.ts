import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, type Attribute } from '../../../../server/src/hcl';
import { evaluate } from '../../../../server/src/analysis/evaluation/evaluate';
import { codeSpan, escapeMarkdown, renderValue } from '../../../../server/src/analysis/evaluation/render';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';

const value = (expression: string) => evaluate((parse(`x = ${expression}\n`).body.items[0] as Attribute).value, ModuleScope.EMPTY);

test('values render as one line of HCL, cut at the limit', () => {
  assert.equal(renderValue(value('"a\\"b"')), '"a\\"b"');
  assert.equal(renderValue(value('[1, true, null, var.x]')), '[1, true, null, (known after plan)]');
  assert.equal(renderValue(value('{ a = "x", b = {} }')), '{ a = "x", b = {} }');
  assert.equal(renderValue(value(`[${'"abcdefgh", '.repeat(50)}]`), 20), '["abcdefgh", "abcdef…');
});

test('document text in hover markdown cannot end its code span or render links', () => {
  const hostile = '` [x](command:workbench.action.terminal.new) ``` $(alert)';
  const span = codeSpan(hostile);
  assert.ok(span.startsWith('```` ') && span.endsWith(' ````'), span);
  assert.equal(escapeMarkdown('[x](command:y) $(z) *a* my_var'), '\\[x\\]\\(command\\:y\\) \\$\\(z\\) \\*a\\* my_var');
});
