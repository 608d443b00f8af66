import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileFindings } from '../../../../server/src/analysis/diagnostics';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { getResourceSchema } from '../../../../server/src/schema';

// Where a structural finding's docs link points: the argument's or block's own registry entry, and for a name the
// resource does not have (which has no entry), the block it was written in.

const PAGE = getResourceSchema('aws_sagemaker_endpoint_configuration')!.docsUrl;

function links(text: string): string[] {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return fileFindings(file, ModuleScope.of([file]))
    .filter((f) => f.severity !== 'information')
    .map((f) => `${f.code.slice('sagemaker/'.length)} ${f.docs === PAGE ? '(page)' : f.docs.slice(f.docs.indexOf('#'))}`);
}

test('an unknown name links to the block it is written in, or to the resource page at the top level', () => {
  assert.deepEqual(
    links(`resource "aws_sagemaker_endpoint_configuration" "c" {
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"
  nmae        = "x"
  timeouts {}
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
    zzz                    = 1
    serverless_confg {}
  }
  dynamic "nope" {
    for_each = []
    content {}
  }
}
`),
    [
      'unknown-argument (page)',
      'unsupported-block (page)',
      'unknown-argument #production_variants',
      'unknown-block #production_variants',
      'unknown-block (page)',
    ],
  );
});

test('a known argument links to its own entry', () => {
  assert.deepEqual(
    links(`resource "aws_sagemaker_endpoint_configuration" "c" {
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 0
  }
}
`),
    ['value-out-of-range #initial_instance_count'],
  );
});

/** The codes of the non-syntax findings, with their 1-based lines. */
function codes(text: string): string[] {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return fileFindings(file, ModuleScope.of([file]))
    .filter((f) => f.severity !== 'information' && f.code !== 'sagemaker/syntax-error')
    .map((f) => `${f.code.slice('sagemaker/'.length)} ${file.positionAt(f.span.start).line + 1}`);
}

test('while a block is unclosed, nothing it lacks is reported; once closed, it is', () => {
  const cases: [unclosed: string, closing: string, reported: string[]][] = [
    ['resource "aws_sagemaker_endpoint" "e" {\n  name = "x"\n', '}\n', ['missing-required-argument 1']],
    [
      'resource "aws_sagemaker_endpoint_configuration" "c" {\n  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"\n',
      '}\n',
      ['missing-required-block 1'],
    ],
    ['resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n  deployment_config {\n', '  }\n}\n', ['exactly-one-of 3']],
    [
      'resource "aws_sagemaker_endpoint_configuration" "c" {\n  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"\n  production_variants {\n    model_name = "m"\n',
      '  }\n}\n',
      ['instance-variant-incomplete 3'],
    ],
  ];
  for (const [unclosed, closing, reported] of cases) {
    assert.deepEqual(codes(unclosed), [], JSON.stringify(unclosed));
    assert.deepEqual(codes(unclosed + closing), reported, JSON.stringify(unclosed + closing));
  }
});

test('an unterminated string is not judged as a value', () => {
  const endpoint = (name: string) => `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n  name = ${name}\n}\n`;
  assert.deepEqual(codes(endpoint('"bad_name')), []);
  assert.deepEqual(codes(endpoint('"bad_name"')), ['invalid-name 3']);
});
