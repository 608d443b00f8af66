/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import { FakeSageMaker } from '../../support/fakeSageMaker';
import { serveOrders } from '../../support/ordersDeclaration';
import { activateExtension, closeAllEditors, openDocument, waitFor } from './helpers';

// Terraform vs live end to end: the CodeLens argument, the language server's EndpointDeclaration answer for the
// fixture module (ml.m5.large × 2 behind name_prefix "orders-"), DescribeEndpoint and DescribeEndpointConfig through
// the real AWS SDK to a SageMaker of our own on 127.0.0.1, the drift rows in the panel, and the CodeLens title after.

describe('endpoint status: Terraform vs live', function () {
  this.timeout(60_000);
  let fake: FakeSageMaker;
  let api: SageMakerTerraformApi;
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const lensesOf = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  const ordersLens = (lenses: vscode.CodeLens[]) => lenses.find((l) => (l.command?.arguments?.[0] as { name?: string } | undefined)?.name === 'orders-prod');

  before(async () => {
    ({ api } = await activateExtension());
    await vscode.commands.executeCommand('sagemakerTerraform.closeAllEndpointPanels');
    fake = await FakeSageMaker.start();
    await settings().update('aws.endpointUrl', fake.url, vscode.ConfigurationTarget.Global);
    await settings().update('aws.region', 'us-east-1', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.commands.executeCommand('sagemakerTerraform.closeAllEndpointPanels');
    await closeAllEditors();
    for (const key of ['aws.endpointUrl', 'aws.region']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await fake?.close();
  });

  it('shows the instance type and count differences, and the CodeLens says "InService · 2 differences"', async () => {
    const live = serveOrders(fake);
    const main = await openDocument('main.tf');
    const lens = ordersLens(await lensesOf(main.uri));
    assert.ok(lens?.command, 'a CodeLens for orders-prod');
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    const shown = await waitFor('the orders-prod panel to compare with Terraform', () => {
      const p = api.statusPanels().find((panel) => panel.name === 'orders-prod');
      return p && !p.loading && p.drift ? p : undefined;
    });
    assert.equal(shown.drift, '2 differences');
    assert.match(shown.html, /<th scope="row">Variant AllTraffic: instance type<\/th><td>ml\.m5\.large<\/td><td>ml\.g5\.xlarge<\/td>/);
    assert.match(shown.html, /<th scope="row">Variant AllTraffic: instance count<\/th><td>2<\/td><td>3<\/td>/);
    assert.doesNotMatch(shown.html, /data-kind="configuration"/, 'the live name carries the declared name_prefix');
    assert.deepEqual(fake.requestsFor('DescribeEndpointConfig').map((r) => r.body), [{ EndpointConfigName: live }]);
    const title = await waitFor('the CodeLens to show the last known result', async () => {
      const text = ordersLens(await lensesOf(main.uri))?.command?.title;
      return text?.includes('·') ? text : undefined;
    });
    assert.equal(title, 'InService · 2 differences');
    assert.equal(fake.requestsFor('DescribeEndpoint').length, 1, 'the CodeLens itself asks AWS nothing');
  });
});
