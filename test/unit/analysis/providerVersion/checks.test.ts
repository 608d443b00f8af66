// The schema checks under a provider version: what the version lacks, what it still requires, groups whose other
// member it lacks, dynamic blocks, and nothing at all without a version.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileFindings } from '../../../../server/src/analysis/diagnostics';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { providerVersionInUse } from '../../../../server/src/analysis/providerVersion/inUse';
import { version } from '../../../../server/src/schema/version';

function findings(source: string, locked?: string) {
  const file = new ParsedFile('file:///m/main.tf', source, 1);
  const inUse = locked ? providerVersionInUse({ uri: 'file:///m/.terraform.lock.hcl', version: version(locked) }, [file]) : undefined;
  return fileFindings(file, ModuleScope.of([file]), { kmsHint: false }, inUse).map((f) => ({
    line: file.positionAt(f.span.start).line + 1,
    code: f.code,
    fixes: f.fixes?.length ?? 0,
  }));
}

const ENDPOINT = (deployment: string) => `resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = "c"
  deployment_config {
${deployment}
  }
}
`;

const DYNAMIC_ROLLING = `    dynamic "rolling_update_policy" {
      for_each = [1]
      content {
        wait_interval_in_seconds = 60
        maximum_batch_size {
          type  = "INSTANCE_COUNT"
          value = 1
        }
      }
    }`;

test('before 5.11.0 a dynamic rolling_update_policy is too new and blue_green_update_policy is required; no exactly-one-of', () => {
  assert.deepEqual(findings(ENDPOINT(DYNAMIC_ROLLING), '5.10.0'), [
    { line: 4, code: 'sagemaker/not-in-provider-version', fixes: 0 },
    { line: 3, code: 'sagemaker/missing-required-block', fixes: 1 },
  ]);
  assert.deepEqual(findings(ENDPOINT(DYNAMIC_ROLLING), '5.11.0'), []);
  assert.deepEqual(findings(ENDPOINT(DYNAMIC_ROLLING)), []);
  // From 5.11.0 on, neither policy is the exactly-one-of error it always was.
  assert.deepEqual(findings(ENDPOINT(''), '5.11.0').map((f) => f.code), ['sagemaker/exactly-one-of']);
  assert.deepEqual(findings(ENDPOINT(''), '5.10.0').map((f) => f.code), ['sagemaker/missing-required-block']);
});

test('a missing argument the version still requires carries the quick fix that adds it', () => {
  const config = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    instance_type          = "ml.m5.large"\n    initial_instance_count = 1\n  }\n}\n';
  assert.deepEqual(findings(config, '6.20.0'), [{ line: 2, code: 'sagemaker/missing-required-argument', fixes: 1 }]);
  // The inference-components rule would ask for execution_role_arn, which 6.20.0 lacks: its advice is left out.
  assert.deepEqual(findings(config, '6.21.0').map((f) => f.code), ['sagemaker/inference-components-need-role']);
});

test('values of an argument the version lacks are not judged; the argument is reported once', () => {
  const config = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  execution_role_arn = "not-an-arn"\n  production_variants {\n    model_name             = "m"\n    instance_type          = "ml.m5.large"\n    initial_instance_count = 1\n  }\n}\n';
  assert.deepEqual(findings(config, '5.100.0'), [{ line: 2, code: 'sagemaker/not-in-provider-version', fixes: 0 }]);
  assert.deepEqual(findings(config).map((f) => f.code), ['sagemaker/invalid-arn']);
});
