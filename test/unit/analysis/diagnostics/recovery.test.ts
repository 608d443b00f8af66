import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileFindings, moduleFindings } from '../../../../server/src/analysis/diagnostics';
import { recoveryRegions } from '../../../../server/src/analysis/diagnostics/recovery';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';

// One missing `}`: the syntax error is the message, not the schema errors of everything the unclosed block swallowed.

const MODULE = `resource "aws_sagemaker_model" "m" {
  name               = "m"
  execution_role_arn = "arn:aws:iam::123456789012:role/r"
}

resource "aws_sagemaker_endpoint_configuration" "c" {
  name_prefix = "c-"

  production_variants {
    variant_name           = "a"
    model_name             = aws_sagemaker_model.m.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
    initial_variant_weight = 0.9
  }

  production_variants {
    variant_name = "b"
    model_name   = aws_sagemaker_model.m.name
    serverless_config {
      max_concurrency   = 1
      memory_size_in_mb = 2048
    }
  }

  tags = {
    team = "ml"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "e" {
  name                 = "e"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
}
`;

const all = (text: string) => {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  const scope = ModuleScope.of([file]);
  return [...fileFindings(file, scope), ...(moduleFindings([file], scope).get(file.uri) ?? [])];
};

test('deleting any one closing brace of a module gives the syntax error and no finding the intact module lacks', () => {
  const intact = new Set(all(MODULE).map((f) => `${f.code}: ${f.message}`));
  const braces = [...MODULE.matchAll(/}/g)].map((m) => m.index!);
  assert.equal(braces.length, 8);
  for (const at of braces) {
    const text = MODULE.slice(0, at) + MODULE.slice(at + 1);
    const line = MODULE.slice(0, at).split('\n').length;
    const findings = all(text);
    assert.equal(findings.filter((f) => f.code === 'sagemaker/syntax-error').length, 1, `line ${line}`);
    const extra = findings.filter((f) => f.code !== 'sagemaker/syntax-error' && !intact.has(`${f.code}: ${f.message}`));
    assert.deepEqual(extra.map((f) => f.message), [], `without the } of line ${line}`);
  }
});

test('the region held back starts at the first line that leaves the block it seems to be in', () => {
  const at = MODULE.indexOf('}', MODULE.indexOf('initial_variant_weight'));
  const file = new ParsedFile('file:///m/main.tf', MODULE.slice(0, at) + MODULE.slice(at + 1), 1);
  const regions = recoveryRegions(file);
  assert.equal(regions.length, 1);
  assert.equal(file.positionAt(regions[0].start).line + 1, 17, 'the second production_variants, at the depth of the first');
});

test('a block still being typed at the end of the file keeps its findings', () => {
  const typing = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    volume_size_in_gbs = 10\n';
  assert.deepEqual(recoveryRegions(new ParsedFile('file:///m/main.tf', typing, 1)), []);
  assert.ok(all(typing).some((f) => f.code === 'sagemaker/unknown-argument'));
});

test('a file without any indentation holds back the whole unclosed block, never more', () => {
  const flat = 'resource "aws_sagemaker_endpoint" "e" {\nendpoint_config_nam = "x"\n';
  assert.deepEqual(all(flat).map((f) => f.code), ['sagemaker/syntax-error']);
});
