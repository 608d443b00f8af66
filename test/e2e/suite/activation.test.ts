/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openDocument } from './helpers';

// Which copy of the extension runs, and that it comes up in a Terraform workspace.

describe('activation', () => {
  it('activates in the fixture workspace and exports the status panel API', async () => {
    const { extension, api } = await activateExtension();
    assert.equal(extension.isActive, true);
    assert.deepEqual(api.statusPanels(), []);
    assert.equal(vscode.workspace.isTrusted, true, 'the server runs with --disable-workspace-trust');
  });

  it('is the copy this run is about: the dev folder, or the installed .vsix', async () => {
    const { extension } = await activateExtension();
    const devRoot = process.env.SAGEMAKER_E2E_DEV_ROOT;
    assert.ok(devRoot, 'SAGEMAKER_E2E_DEV_ROOT reaches the extension host');
    if (process.env.SAGEMAKER_E2E_SUITE === 'vsix') {
      const inDevFolder = !relative(devRoot, extension.extensionPath).startsWith('..');
      assert.ok(!inDevFolder, `${extension.extensionPath} must be the installed copy, not the dev folder`);
      assert.match(extension.extensionPath, new RegExp(`${EXTENSION_ID.replace('.', '\\.')}-\\d+\\.\\d+\\.\\d+$`));
      // What the package must hold (vsce stores README.md as readme.md), and nothing of the sources.
      for (const file of ['package.json', 'readme.md', 'client/out/extension.js', 'client/out/aws.js', 'client/out/languageServer.js', 'server/out/server.js', 'syntaxes/terraform.tmLanguage.json', 'syntaxes/terraform-vars.tmLanguage.json', 'language-configuration.json', 'images/icon.png', 'docs/screenshots/problems-panel.png']) {
        assert.ok(existsSync(join(extension.extensionPath, file)), `${file} is in the package`);
      }
      for (const file of ['client/src', 'server/src', 'node_modules', 'client/out/extension.js.map']) {
        assert.ok(!existsSync(join(extension.extensionPath, file)), `${file} stays out of the package`);
      }
    } else {
      assert.equal(extension.extensionPath, devRoot);
    }
  });

  it('runs in the VS Code version this run is about', () => {
    const expected = process.env.SAGEMAKER_E2E_VSCODE_EXPECTED;
    assert.ok(expected, 'SAGEMAKER_E2E_VSCODE_EXPECTED reaches the extension host');
    assert.equal(vscode.version, expected);
  });

  it('gives .tf files the terraform language', async () => {
    const document = await openDocument('main.tf');
    assert.equal(document.languageId, 'terraform');
  });
});
