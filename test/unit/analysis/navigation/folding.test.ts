import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldingRanges } from '../../../../server/src/analysis/navigation/folding';
import { file } from './helpers';

const folds = (text: string) => foldingRanges(file('file:///m/main.tf', text)).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);

test('blocks fold from the header to the line before their closing brace', () => {
  assert.deepEqual(
    folds('resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name = "m"\n  }\n}\n'),
    ['0-3', '1-2'],
  );
});

test('single-line blocks and objects do not fold', () => {
  assert.deepEqual(folds('variable "x" {}\nlocals { a = { b = 1 } }\n'), []);
});

test('multi-line objects, tuples and heredocs fold; a closer after content keeps its line', () => {
  const text = 'locals {\n  tags = {\n    a = 1\n  }\n  list = [1,\n  2]\n  policy = <<EOF\n{\n}\nEOF\n}\n';
  assert.deepEqual(folds(text), ['0-9', '1-2', '4-5', '6-8']);
});

test('runs of comment lines fold as comments, single comments and comment-like heredoc lines do not', () => {
  const text = '# one\n# two\n// three\n\n# alone\nlocals {\n  a = <<EOF\n# not a comment\n# either\nEOF\n}\n/* block\n   comment */\n';
  assert.deepEqual(folds(text), ['0-2 comment', '5-9', '6-8', '11-12 comment']);
});

test('expression trees deeper than the call stack still fold', () => {
  const text = `locals {\n  a = [\n    ${'1 + '.repeat(100_000)}1,\n    x${'[*]'.repeat(100_000)}\n  ]\n}\n`;
  assert.deepEqual(folds(text), ['0-4', '1-3']);
});

test('many heredocs with comment runs between them, and many one-line lists on one line', () => {
  // The shapes that were quadratic (every heredoc compared with every line; every list rescanning its line), which
  // test/lsp/hostileInputs.test.ts sends at full size.
  const n = 2_000;
  const text = `locals {\n${Array.from({ length: n }, (_, i) => `  h${i} = <<EOF\n# in a heredoc\nEOF\n  # c\n  # d\n`).join('')}  l = [${'[1], '.repeat(n)}]\n}\n`;
  const ranges = folds(text);
  assert.equal(ranges.length, 1 + 2 * n);
  assert.deepEqual(ranges.slice(0, 5), [`0-${5 * n + 1}`, '1-2', '4-5 comment', '6-7', '9-10 comment']);
});
