/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitFor } from './helpers';

// With no other Terraform extension installed (as in this test host): .tfvars files get their language, Terraform
// files Terraform's two-space style, and Format Document lays a file out as terraform fmt does.

describe('alone in the editor', () => {
  before(async () => {
    await activateExtension();
    assert.equal(vscode.extensions.getExtension('hashicorp.terraform'), undefined, 'this host has no HashiCorp extension');
  });
  after(() => closeAllEditors());

  it('gives .tfvars files the terraform-vars language', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tfvars-')), 'prod.tfvars');
    writeFileSync(file, 'instance_type = "ml.g5.xlarge"\n');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    assert.equal(document.languageId, 'terraform-vars');
  });

  it('uses two spaces in Terraform files', async () => {
    for (const languageId of ['terraform', 'terraform-vars']) {
      const editor = vscode.workspace.getConfiguration('editor', { languageId });
      assert.equal(editor.get('tabSize'), 2, languageId);
      assert.equal(editor.get('insertSpaces'), true, languageId);
    }
    const document = await vscode.workspace.openTextDocument({ language: 'terraform', content: '' });
    const shown = await vscode.window.showTextDocument(document);
    assert.equal(shown.options.tabSize, 2);
    assert.equal(shown.options.insertSpaces, true);
  });

  it('formats a document as terraform fmt does', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'terraform',
      content: 'resource "aws_sagemaker_endpoint" "e" {\nname="x"\n    endpoint_config_name = "${var.c}"\n}\n',
    });
    const edits = await waitFor('formatting edits', async () => {
      const result = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 4, insertSpaces: false });
      return result && result.length > 0 ? result : undefined;
    });
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), 'resource "aws_sagemaker_endpoint" "e" {\n  name                 = "x"\n  endpoint_config_name = var.c\n}\n');
  });
});
