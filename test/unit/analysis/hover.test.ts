import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../../server/src/analysis/hover';
import { ModuleScope } from '../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../server/src/analysis/parsedFile';

function hoverAt(source: string): string | undefined {
  const offset = source.indexOf('|');
  const file = new ParsedFile('file:///m/main.tf', source.slice(0, offset) + source.slice(offset + 1), 1);
  const result = hover(file, offset, ModuleScope.of([file]));
  return result ? (result.contents as MarkupContent).value : undefined;
}

test('dynamic block labels hover as the block they generate', () => {
  const text = hoverAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  dynamic "production_va|riants" {\n    for_each = var.v\n    content {}\n  }\n}\n');
  assert.match(text!, /\*\*production_variants\*\*/);
});

test('arguments inside dynamic content hover with the target block schema', () => {
  const text = hoverAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  dynamic "production_variants" {\n    for_each = var.v\n    content {\n      instance_ty|pe = production_variants.value\n    }\n  }\n}\n');
  assert.match(text!, /\*\*instance_type\*\*/);
});

test('shadow variants say kms_key_id is required in core_dump_config; production variants say optional', () => {
  const body = (block: string) => `resource "aws_sagemaker_endpoint_configuration" "c" {\n  ${block} {\n    core_dump_config {\n      kms_key|_id = "x"\n    }\n  }\n}\n`;
  assert.match(hoverAt(body('shadow_production_variants'))!, /Required/);
  assert.match(hoverAt(body('production_variants'))!, /Optional/);
});

test('meta-arguments have docs but no registry link of the resource', () => {
  const text = hoverAt('resource "aws_sagemaker_endpoint" "e" {\n  cou|nt = 2\n}\n');
  assert.ok(text);
  assert.doesNotMatch(text, /registry\.terraform\.io/);
});

test('no hover on values that are not enums, or outside our resources', () => {
  assert.equal(hoverAt('resource "aws_sagemaker_endpoint" "e" {\n  name = "ab|c"\n}\n'), undefined);
  assert.equal(hoverAt('resource "aws_s3_bucket" "b" {\n  buck|et = "x"\n}\n'), undefined);
  assert.equal(hoverAt('variable "x" {\n  defa|ult = 1\n}\n'), undefined);
});

/** The facts list of a hover (its `- ` lines). */
const facts = (markdown: string | undefined) => (markdown ?? '').split('\n').filter((l) => l.startsWith('- '));

test("an argument's hover states its default, zero included", () => {
  const weight = hoverAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    initial_variant_|weight = 2\n  }\n}\n');
  assert.deepEqual(facts(weight), ['- A number at least 0.', '- Default: `1`.', '- Changing it **replaces** the aws_sagemaker_endpoint_configuration.']);
  const wait = hoverAt(
    'resource "aws_sagemaker_endpoint" "e" {\n  deployment_config {\n    blue_green_update_policy {\n      termination_wait_|in_seconds = 5\n    }\n  }\n}\n',
  );
  assert.ok(facts(wait).includes('- Default: `0`.'), facts(wait).join('\n'));
  const noDefault = hoverAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_|name = "m"\n  }\n}\n');
  assert.ok(noDefault && !/Default:/.test(noDefault), 'no default line where the schema has none');
});
