// `terraform plan` (offline, provider 5.100.0 from the local mirror, see test/support/terraformPlan.ts) agrees with the
// server about values known before plan: null arguments and unknown values are no conflict (the three ways published
// modules write name / name_prefix), a variable's bad default fails plan on the line the server warns about, and a
// terraform.tfvars override is what both judge. Skips, saying why, without terraform or the mirror; the fixture and
// stdio tests stand on their own.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { URI } from 'vscode-uri';
import { Workspace } from '../../server/src/analysis/workspace';
import { NodeFileSystem } from '../../server/src/nodeFileSystem';
import { findOracle } from '../support/terraformOracle';
import { planModule } from '../support/terraformPlan';

const variant = (instanceType: string) => `  production_variants {
    variant_name           = "v"
    model_name             = "m"
    instance_type          = ${instanceType}
    initial_instance_count = 1
  }
  lifecycle {
    create_before_destroy = true
  }`;

const MAIN = `variable "name" {
  default = null
}
variable "name_prefix" {
  default = null
}
variable "use_prefix" {
  default = true
}
variable "bad_type" {
  default = "ml.m5.lrage"
}
variable "overridden_type" {
  default = "ml.m5.lrage"
}

resource "aws_sagemaker_endpoint_configuration" "both_null_variables" {
  name        = var.name
  name_prefix = var.name_prefix
${variant('"ml.m5.large"')}
}

resource "aws_sagemaker_endpoint_configuration" "literal_and_null" {
  name        = "literal-and-null"
  name_prefix = null
${variant('"ml.m5.large"')}
}

resource "aws_sagemaker_endpoint_configuration" "opposite_branches" {
  name        = var.use_prefix ? null : "opposite-branches"
  name_prefix = var.use_prefix ? "opposite-" : null
${variant('"ml.m5.large"')}
}

resource "aws_sagemaker_endpoint_configuration" "bad_default" {
  name_prefix = "bad-default-"
${variant('var.bad_type')}
}

resource "aws_sagemaker_endpoint_configuration" "tfvars_override" {
  name_prefix = "tfvars-override-"
${variant('var.overridden_type')}
}
`;

const JUDGED = new Set(['sagemaker/conflicting-arguments', 'sagemaker/invalid-enum-value']);

test('terraform plan and the server agree on null, unknown and variable values', async (t) => {
  const oracle = findOracle();
  if (typeof oracle === 'string') return t.skip(`terraform oracle not available: ${oracle}`);
  const dir = mkdtempSync(join(tmpdir(), 'sm-values-plan-'));
  try {
    writeFileSync(join(dir, 'main.tf'), MAIN);
    writeFileSync(join(dir, 'terraform.tfvars'), 'overridden_type = "ml.m5.xlarge"\n');
    const plan = await planModule(oracle, dir);
    assert.equal(plan.init, undefined, plan.init);
    const theirs = plan.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range?.filename}:${d.range?.start.line} ${d.summary.slice(0, 60)}`);
    const line = (needle: string) => MAIN.slice(0, MAIN.indexOf(needle)).split('\n').length;
    assert.deepEqual(theirs.map((d) => d.split(' ')[0]), [`main.tf:${line('var.bad_type')}`], `terraform plan's errors: ${theirs.join('; ')}`);

    const workspace = new Workspace(new NodeFileSystem());
    const ours: string[] = [];
    for (const { file, findings } of workspace.diagnose(URI.file(dir).toString()).values()) {
      for (const f of findings) if (JUDGED.has(f.code)) ours.push(`${file.uri.split('/').pop()}:${file.positionAt(f.span.start).line + 1} ${f.severity}`);
    }
    assert.deepEqual(ours, [`main.tf:${line('var.bad_type')} warning`], 'the same line, as a warning (a caller may pass another value)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the valid fixture of values through variables, locals, for_each and dynamic blocks plans cleanly', async (t) => {
  const oracle = findOracle();
  if (typeof oracle === 'string') return t.skip(`terraform oracle not available: ${oracle}`);
  const plan = await planModule(oracle, join(__dirname, '../fixtures/valid/values-through-variables'));
  assert.equal(plan.init, undefined, plan.init);
  assert.deepEqual(plan.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range?.filename}:${d.range?.start.line} ${d.summary}`), []);
  assert.ok(plan.planned, 'terraform made a plan');
});
