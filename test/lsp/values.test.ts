import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { LspClient, positionOf } from './lspClient';

// Values known before plan, over stdio: a variable's default judged as a warning that names and links the default,
// a .tfvars file that overrides it (and is watched), a quick fix that edits the default in its own file, and the
// hover that shows the value Terraform will use.

const VARIABLES = `variable "instance_type" {
  type    = string
  default = "ml.m5.lrage"
}
`;

const MAIN = `resource "aws_sagemaker_endpoint_configuration" "c" {
  name_prefix = "c-"

  production_variants {
    variant_name           = "main"
    model_name             = "m"
    instance_type          = var.instance_type
    initial_instance_count = 1
  }

  lifecycle {
    create_before_destroy = true
  }
}
`;

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function module(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sm-values-'));
  scratch.push(dir);
  writeFileSync(join(dir, 'variables.tf'), VARIABLES);
  writeFileSync(join(dir, 'main.tf'), MAIN);
  return dir;
}

const enumProblem = (d: Diagnostic[]) => d.find((x) => x.code === 'sagemaker/invalid-enum-value');

test("a variable's bad default is a warning on the reference, naming and linking the default; the fix edits the default", async () => {
  const dir = module();
  const client = await LspClient.start(dir);
  try {
    const main = LspClient.uri(join(dir, 'main.tf'));
    const variables = LspClient.uri(join(dir, 'variables.tf'));
    await client.open(main, MAIN);
    const diagnostics = await client.waitForDiagnostics(main, (d) => enumProblem(d) !== undefined);
    const problem = enumProblem(diagnostics)!;
    assert.equal(problem.severity, 2, 'a warning: a caller may pass another value');
    assert.deepEqual(problem.range.start, positionOf(MAIN, 'var.instance_type'));
    assert.match(problem.message as string, /^var\.instance_type comes from its default \(variables\.tf line 3\): "ml\.m5\.lrage" .*Did you mean "ml\.m5\.large"\?/);
    assert.deepEqual(problem.relatedInformation?.map((r) => [r.location.uri, r.location.range.start]), [[variables, { line: 2, character: 12 }]]);

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: main },
      range: problem.range,
      context: { diagnostics: [problem] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, 'a preferred fix');
    assert.equal(fix.title, 'Change to "ml.m5.large" in variables.tf');
    const changes = fix.edit?.documentChanges as { textDocument: { uri: string; version: number | null }; edits: { range: unknown; newText: string }[] }[];
    assert.deepEqual(changes, [
      { textDocument: { uri: variables, version: null }, edits: [{ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 25 } }, newText: '"ml.m5.large"' }] },
    ]);

    const hover = await client.hover(main, positionOf(MAIN, 'var.instance_type', 4).line, positionOf(MAIN, 'var.instance_type', 4).character);
    const text = (hover?.contents as { value: string }).value;
    assert.match(text, /Value before plan/);
    assert.match(text, /"ml\.m5\.lrage"/);
    assert.match(text, /variables\\\.tf line 3/);
  } finally {
    await client.stop();
  }
});

test('terraform.tfvars overrides the default, and a change to it on disk is seen through the watcher', async () => {
  const dir = module();
  writeFileSync(join(dir, 'terraform.tfvars'), 'instance_type = "ml.m5.large"\n');
  const client = await LspClient.start(dir);
  try {
    const main = LspClient.uri(join(dir, 'main.tf'));
    await client.open(main, MAIN);
    const clean = await client.waitForDiagnostics(main);
    assert.equal(enumProblem(clean), undefined, 'the value in use is the valid override');

    writeFileSync(join(dir, 'terraform.tfvars'), 'instance_type = "ml.m5.huge"\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: LspClient.uri(join(dir, 'terraform.tfvars')), type: 2 }] });
    const after = await client.waitForDiagnostics(main, (d) => enumProblem(d) !== undefined);
    assert.match(enumProblem(after)!.message as string, /^var\.instance_type is set in terraform\.tfvars line 1: "ml\.m5\.huge"/);
  } finally {
    await client.stop();
  }
});

test('name and name_prefix from variables that default to null are no conflict; a misspelt variable is an error', async () => {
  const dir = module();
  const text = `variable "name" {
  default = null
}

variable "name_prefix" {
  default = null
}

resource "aws_sagemaker_endpoint_configuration" "d" {
  name        = var.name
  name_prefix = var.name_prefix
  kms_key_arn = var.kms_kye

  production_variants {
    variant_name           = "main"
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
`;
  writeFileSync(join(dir, 'other.tf'), text);
  const client = await LspClient.start(dir);
  try {
    const uri = LspClient.uri(join(dir, 'other.tf'));
    await client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'sagemaker/undeclared-value'));
    assert.equal(diagnostics.filter((d) => d.code === 'sagemaker/conflicting-arguments').length, 0);
    const undeclared = diagnostics.find((d) => d.code === 'sagemaker/undeclared-value')!;
    assert.equal(undeclared.message, 'No input variable named "kms_kye" is declared in this module.');
    assert.deepEqual(undeclared.range.start, positionOf(text, 'var.kms_kye'));
  } finally {
    await client.stop();
  }
});
