/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openDocument } from './helpers';

describe('CodeLens', () => {
  it('shows "Show endpoint status" above each aws_sagemaker_endpoint', async () => {
    await activateExtension();
    const main = await openDocument('main.tf');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', main.uri);
    const ours = lenses.filter((l) => l.command?.command === 'sagemakerTerraform.showEndpointStatus');
    assert.deepEqual(
      ours.map((l) => [l.range.start.line, l.command?.title]),
      ['resource "aws_sagemaker_endpoint" "orders"', 'resource "aws_sagemaker_endpoint" "ghost"'].map((line) => [
        main.getText().split('\n').indexOf(`${line} {`),
        'Show endpoint status',
      ]),
    );
    const [target] = ours[0].command!.arguments as [{ address: string; name?: string; region?: string; uri: string }];
    assert.equal(target.address, 'aws_sagemaker_endpoint.orders');
    assert.equal(target.name, 'orders-prod');
    assert.equal(target.region, 'us-east-1', 'from the provider "aws" block');
    assert.equal(target.uri, main.uri.toString());
  });
});
