import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileFindings } from '../../../../server/src/analysis/diagnostics';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';

// Presence in the schema's checks (conflicts, one-of groups, required arguments): set, unset (not written, or null,
// or null through a variable) and maybe (not known before plan). A finding needs set or unset, never maybe.

const VARIABLES = `variable "name" {
  default = null
}

variable "prefix" {
  default = "p-"
}

variable "computed" {}
`;

function problems(body: string): string[] {
  const text = `${VARIABLES}resource "aws_sagemaker_endpoint_configuration" "c" {
${body}
  production_variants {
    variant_name           = "main"
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
`;
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return fileFindings(file, ModuleScope.of([file]))
    .filter((f) => f.code === 'sagemaker/conflicting-arguments')
    .map((f) => `${f.severity} ${f.code}`);
}

const CONFLICT = 'error sagemaker/conflicting-arguments';

test('conflicts need both arguments set', () => {
  assert.deepEqual(problems('  name = "x"\n  name_prefix = "p-"'), [CONFLICT, CONFLICT]);
  assert.deepEqual(problems('  name = "x"\n  name_prefix = null'), []);
  assert.deepEqual(problems('  name = var.name\n  name_prefix = var.prefix'), [], 'var.name defaults to null');
  assert.deepEqual(problems('  name = var.computed\n  name_prefix = "p-"'), [], 'a value only known at plan may be null');
  assert.deepEqual(problems('  name = var.computed ? "x" : null\n  name_prefix = var.computed ? null : "p-"'), []);
  assert.deepEqual(problems('  name = "x"\n  name_prefix = var.prefix'), [CONFLICT, CONFLICT], 'a known default is set');
});

function endpoint(body: string): string[] {
  const text = `${VARIABLES}variable "config" {
  default = null
}

resource "aws_sagemaker_endpoint" "e" {
${body}
}
`;
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return fileFindings(file, ModuleScope.of([file])).map((f) => `${f.severity} ${f.code} ${f.message}`);
}

test('a required argument written as null is not set; null from a variable is a warning; maybe is nothing', () => {
  assert.deepEqual(endpoint('  endpoint_config_name = null'), ['error sagemaker/missing-required-argument The argument "endpoint_config_name" is required, but it is null.']);
  assert.deepEqual(endpoint('  endpoint_config_name = var.config'), [
    'warning sagemaker/missing-required-argument The argument "endpoint_config_name" is required, but its value is null: var.config comes from its default (main.tf line 11).',
  ]);
  assert.deepEqual(endpoint('  endpoint_config_name = var.computed'), []);
  assert.equal(endpoint('').length, 1, 'not written at all');
});

test('exactly-one-of counts set members; none of them set (null included) is a finding, maybe is not', () => {
  const deployment = (inside: string) => endpoint(`  endpoint_config_name = "c"\n  deployment_config {\n${inside}\n  }`).map((l) => l.split(' ').slice(0, 2).join(' ')).filter((l) => l.endsWith('exactly-one-of'));
  assert.deepEqual(deployment('    rolling_update_policy {\n      wait_interval_in_seconds = 60\n      maximum_batch_size {\n        type = "INSTANCE_COUNT"\n        value = 1\n      }\n    }'), []);
  assert.deepEqual(deployment(''), ['error sagemaker/exactly-one-of']);
  assert.deepEqual(deployment('    dynamic "rolling_update_policy" {\n      for_each = var.computed\n      content {}\n    }'), []);
});
