// Completion offers only what the AWS provider version in use has: arguments, blocks and resource types.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complete } from '../../../../server/src/analysis/completion';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { providerVersionInUse } from '../../../../server/src/analysis/providerVersion/inUse';
import { version } from '../../../../server/src/schema/version';

function labelsAt(source: string, locked?: string): string[] {
  const offset = source.indexOf('|');
  const file = new ParsedFile('file:///m/main.tf', source.slice(0, offset) + source.slice(offset + 1), 1);
  const inUse = locked ? providerVersionInUse({ uri: 'file:///m/.terraform.lock.hcl', version: version(locked) }, [file]) : undefined;
  return complete(file, offset, [file], {}, inUse).map((i) => String(i.label));
}

test('arguments and blocks the locked version lacks are not offered; without a version everything is', () => {
  const top = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  |\n}\n';
  const newest = labelsAt(top);
  assert.ok(['execution_role_arn', 'region', 'name_prefix', 'async_inference_config'].every((l) => newest.includes(l)));
  const v5 = labelsAt(top, '5.100.0');
  assert.ok(!v5.includes('execution_role_arn') && !v5.includes('region'));
  assert.ok(v5.includes('name_prefix') && v5.includes('async_inference_config') && v5.includes('kms_key_arn'));
  const variant = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    |\n  }\n}\n';
  const v4 = labelsAt(variant, '4.10.0');
  assert.ok(!v4.includes('serverless_config') && !v4.includes('routing_config') && v4.includes('instance_type'));
});

test('a resource type the locked version lacks is not offered', () => {
  assert.deepEqual(labelsAt('resource "aws_sagemaker_|"', '2.4.0'), ['aws_sagemaker_endpoint_configuration']);
  assert.equal(labelsAt('resource "aws_sagemaker_|"').length, 2);
});
