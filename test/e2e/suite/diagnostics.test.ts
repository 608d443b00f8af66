/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsOf, openDocument, setText, waitForDiagnostics, workspaceUri } from './helpers';

// Diagnostics as the Problems panel gets them: for a file that is never opened, and appearing and clearing while a
// document is edited.

const VALID = `resource "aws_sagemaker_endpoint_configuration" "scratch" {
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
  lifecycle {
    create_before_destroy = true
  }
}
`;

describe('diagnostics', () => {
  let scratch: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    scratch = await openDocument('scratch.tf');
  });

  after(async () => {
    await setText(scratch, '# Rewritten in memory by the tests (completion, hover, diagnostics while editing); never saved.\n');
  });

  it('reports a file of the module that is not open', async () => {
    const broken = workspaceUri('broken.tf');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()), 'broken.tf is not open');
    const [d] = await waitForDiagnostics(broken, 'one problem', (all) => all.length === 1);
    assert.equal(codeOf(d), 'sagemaker/value-out-of-range');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 6);
    assert.match(d.message, /initial_instance_count/);
    assert.ok(typeof d.code === 'object' && /registry\.terraform\.io/.test(d.code.target.toString()), 'links to the docs');
  });

  it('reports nothing for the valid files', async () => {
    await waitForDiagnostics(workspaceUri('broken.tf'), 'the module scan is done', (all) => all.length > 0);
    assert.deepEqual(diagnosticsOf(workspaceUri('main.tf')), []);
    assert.deepEqual(diagnosticsOf(workspaceUri('model.tf')), []);
  });

  it('appears when an edit breaks a value and clears when it is fixed', async () => {
    await setText(scratch, VALID);
    await waitForDiagnostics(scratch.uri, 'none for the valid text', (all) => all.length === 0);
    await setText(scratch, VALID.replace('initial_instance_count = 1', 'initial_instance_count = "two"'));
    const [d] = await waitForDiagnostics(scratch.uri, 'a type mismatch', (all) => all.length === 1);
    assert.equal(codeOf(d), 'sagemaker/type-mismatch');
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [5, 29, 34]);
    assert.match(d.message, /"two" is not a number/);
    await setText(scratch, VALID);
    await waitForDiagnostics(scratch.uri, 'cleared after the fix', (all) => all.length === 0);
  });

  it('suggests the name an unknown argument was meant to be', async () => {
    await setText(scratch, VALID.replace('instance_type ', 'instance_typo '));
    // Without instance_type the variant is also incomplete (a rule of its own); the typo is what this test is about.
    const all = await waitForDiagnostics(scratch.uri, 'an unknown argument', (list) => list.some((x) => codeOf(x) === 'sagemaker/unknown-argument'));
    const d = all.find((x) => codeOf(x) === 'sagemaker/unknown-argument')!;
    assert.match(d.message, /instance_type/);
    await setText(scratch, VALID);
    await waitForDiagnostics(scratch.uri, 'cleared after the fix', (all) => all.length === 0);
  });

  it('offers the quick fixes of the diagnostics the editor holds (their data points at the findings)', async () => {
    // A data_capture_config with only its capture_options misses two required arguments: two diagnostics, one range.
    await setText(scratch, VALID.replace('  lifecycle {', '  data_capture_config {\n    capture_options {\n      capture_mode = "Input"\n    }\n  }\n  lifecycle {'));
    const missing = (await waitForDiagnostics(scratch.uri, 'two missing arguments', (all) => all.filter((x) => codeOf(x) === 'sagemaker/missing-required-argument').length === 2)).filter((x) => codeOf(x) === 'sagemaker/missing-required-argument');
    assert.deepEqual(missing[0].range, missing[1].range);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', scratch.uri, missing[0].range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((a) => a.title.startsWith('Add the required argument'));
    assert.deepEqual(fixes.map((a) => a.title).sort(), ['Add the required argument "destination_s3_uri"', 'Add the required argument "initial_sampling_percentage"']);
    // Their edits are snippets (tab stops), which the API's copy of an action does not list; the titles tell the fixes apart.
    for (const fix of fixes) assert.ok(fix.edit, fix.title);
    await setText(scratch, VALID);
    await waitForDiagnostics(scratch.uri, 'cleared', (all) => all.length === 0);
  });

  it('checks across the files of the module: a duplicate of a resource in main.tf', async () => {
    await setText(scratch, VALID.replace('"scratch"', '"orders"'));
    const [d] = await waitForDiagnostics(scratch.uri, 'a duplicate resource', (all) => all.length === 1);
    assert.equal(codeOf(d), 'sagemaker/duplicate-resource');
    assert.match(d.message, /main\.tf/);
    await setText(scratch, VALID);
    await waitForDiagnostics(scratch.uri, 'cleared after the rename', (all) => all.length === 0);
  });
});
