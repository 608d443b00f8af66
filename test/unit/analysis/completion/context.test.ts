import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ASSIGNMENT, completionContext } from '../../../../server/src/analysis/completion/context';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { fuzzParameters } from '../../../support/fuzz';

// `|` marks the cursor.
function contextAt(source: string) {
  const offset = source.indexOf('|');
  const file = new ParsedFile('file:///m/main.tf', source.slice(0, offset) + source.slice(offset + 1), 1);
  return completionContext(file, offset);
}

const CONFIG = (inner: string) => `resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    ${inner}\n  }\n}\n`;

test('table of cursor positions and the context each is in', () => {
  const cases: [string, string, Record<string, unknown>?][] = [
    ['resource "aws_sage|', 'resourceType', { quoted: true }],
    ['resource aws|', 'resourceType', { quoted: false }],
    ['reso|', 'topLevel'],
    ['variable "x" { defa| }', 'none'],
    [CONFIG('instance_t|'), 'body'],
    [CONFIG('instance_type = |'), 'value', { name: 'instance_type', inString: false }],
    [CONFIG('instance_type = "ml.|'), 'value', { name: 'instance_type', inString: true }],
    [CONFIG('instance_type = var.|'), 'value', { inString: false }],
    [CONFIG('instance_type = "${var.x}|'), 'none'],
    [CONFIG('arn = |'), 'none'],
    [CONFIG('not_an_argument = |'), 'none'],
    ['resource "aws_s3_bucket" "b" {\n  |\n}', 'none'],
    ['resource "aws_sagemaker_endpoint_configuration" "c" {\n  async_inference_config {\n    output_config {\n      notification_config {\n        include_inference_response_in = ["|\n', 'value', { name: 'include_inference_response_in', inString: true }],
    ['resource "aws_sagemaker_endpoint_configuration" "c" {\n  async_inference_config {\n    output_config {\n      notification_config {\n        include_inference_response_in = ["ERROR_NOTIFICATION_TOPIC", |\n', 'value', { inString: false }],
  ];
  for (const [source, kind, fields] of cases) {
    const context = contextAt(source) as Record<string, unknown>;
    assert.equal(context.kind, kind, source);
    for (const [key, value] of Object.entries(fields ?? {})) assert.equal(context[key], value, `${source}: ${key}`);
  }
});

test('the replace range covers exactly the word being typed', () => {
  const context = contextAt(CONFIG('instance_t|'));
  assert.equal(context.kind, 'body');
  if (context.kind === 'body') assert.equal(context.replace.end - context.replace.start, 'instance_t'.length);
});

test('body context follows nested and dynamic blocks', () => {
  const nested = contextAt('resource "aws_sagemaker_endpoint" "e" {\n  deployment_config {\n    blue_green_update_policy {\n      |\n    }\n  }\n}\n');
  assert.equal(nested.kind, 'body');
  if (nested.kind === 'body') assert.deepEqual(nested.context.path, ['deployment_config', 'blue_green_update_policy']);
  const dynamic = contextAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  dynamic "production_variants" {\n    |\n  }\n}\n');
  assert.equal(dynamic.kind, 'body');
  if (dynamic.kind === 'body') assert.ok('for_each' in dynamic.context.body.attributes && 'content' in dynamic.context.body.blocks);
});

// The assignment pattern before `(?!\s)` was added: quadratic when blanks and then a line separator follow `=`.
const OLD_ASSIGNMENT = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*)$/;

test('the assignment pattern: name and the rest after the blanks', () => {
  const cases: [string, [string, string] | null][] = [
    ['instance_type = ', ['instance_type', '']],
    ['  instance_type =   "ml.', ['instance_type', '"ml.']],
    ['\tx-y_1=[ "a", ', ['x-y_1', '[ "a", ']],
    ['x =\u00a0\ufeff var.a', ['x', 'var.a']],
    ['x = a b  ', ['x', 'a b  ']],
    ['x = a\rb', null],
    ['x = \r', ['x', '']],
    ['x = a\u2028', null],
    ['1x = a', null],
    ['x == a', ['x', '= a']],
    ['x a = b', null],
  ];
  for (const [line, expected] of cases) {
    const match = ASSIGNMENT.exec(line);
    assert.deepEqual(match && [match[1], match[2]], expected, JSON.stringify(line));
  }
});

test('the assignment pattern matches exactly as the old one did', () => {
  const line = fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\u2028', '\u00a0', '=', 'a', '_', '1', '-', '"', '.', '['), maxLength: 16 });
  fc.assert(
    fc.property(line, (l) => {
      assert.deepEqual(ASSIGNMENT.exec(l)?.slice(0, 3) ?? null, OLD_ASSIGNMENT.exec(l)?.slice(0, 3) ?? null);
    }),
    fuzzParameters(20261202, 5000),
  );
});
