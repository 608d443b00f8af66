/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, hoverText, positionOf, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

// A module written partly in Terraform's JSON syntax (CDKTF's `cdk.tf.json`): its declarations count for the `.tf`
// file beside it, and the JSON file, which VS Code opens as `json`, gets our diagnostics and hover. The module is
// written into its own folder of the workspace for this suite and removed after it (it declares no endpoint, so
// the endpoint lists of the other suites are unchanged).

const CDK = `{
  "//": { "metadata": { "stackName": "inference" } },
  "resource": {
    "aws_sagemaker_model": {
      "model": { "name": "inference-model", "execution_role_arn": "arn:aws:iam::123456789012:role/sagemaker" }
    },
    "aws_sagemaker_endpoint_configuration": {
      "generated": {
        "production_variants": [
          { "model_name": "\${aws_sagemaker_model.model.name}", "instance_type": "ml.m5.larg", "initial_instance_count": 1 }
        ]
      }
    }
  }
}
`;

const MAIN = `resource "aws_sagemaker_endpoint_configuration" "hand_written" {
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    model_name             = aws_sagemaker_model.model.name
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
`;

describe('Terraform JSON configuration', () => {
  const folder = workspaceUri('json-module');
  const json = vscode.Uri.joinPath(folder, 'cdk.tf.json');
  const main = vscode.Uri.joinPath(folder, 'main.tf');

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(json, new TextEncoder().encode(CDK));
    await vscode.workspace.fs.writeFile(main, new TextEncoder().encode(MAIN));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('a .tf reference to a model declared in cdk.tf.json is not undeclared', async () => {
    const document = await vscode.workspace.openTextDocument(main);
    await vscode.window.showTextDocument(document, { preview: false });
    // The JSON file's own finding shows the module (both files) has been diagnosed.
    await waitForDiagnostics(json, 'the JSON file is diagnosed', (all) => all.length > 0);
    await waitForDiagnostics(main, 'nothing undeclared', (all) => !all.some((d) => codeOf(d).startsWith('sagemaker/undeclared')));
  });

  it('the JSON file, open as json, gets diagnostics on its values and hover on its argument names', async () => {
    const document = await vscode.workspace.openTextDocument(json);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.languageId, 'json');
    const [d] = await waitForDiagnostics(json, 'the unknown instance type', (all) => all.some((x) => codeOf(x) === 'sagemaker/invalid-enum-value'));
    assert.equal(codeOf(d), 'sagemaker/invalid-enum-value');
    assert.deepEqual(d.range, new vscode.Range(positionOf(document, '"ml.m5.larg"', 0), positionOf(document, '"ml.m5.larg"')));
    const text = await waitFor('hover on initial_instance_count', async () => {
      const hover = await hoverText(json, positionOf(document, '"initial_instance_count"', 3));
      return hover.includes('initial_instance_count') ? hover : undefined;
    });
    assert.match(text, /initial_instance_count/);
  });
});
