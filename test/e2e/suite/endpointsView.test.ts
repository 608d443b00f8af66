/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import type { TreeSnapshot } from '../../../client/src/views/endpointsTree';
import { endpointPayload, FakeSageMaker } from '../../support/fakeSageMaker';
import { serveOrders } from '../../support/ordersDeclaration';
import { activateExtension, closeAllEditors, openDocument, waitFor } from './helpers';

// The SageMaker Endpoints view in the real VS Code: shown in the Explorer, it lists the fixture module's endpoints
// with their statuses from the SageMaker of our own on 127.0.0.1 (real SDK, real HTTP), refreshes by itself while one
// is Updating, and lists on demand the live endpoints no Terraform declares.

describe('SageMaker Endpoints view', function () {
  this.timeout(60_000);
  let fake: FakeSageMaker;
  let api: SageMakerTerraformApi;
  let scratch: vscode.TextDocument | undefined;
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const all = (nodes: TreeSnapshot[]): TreeSnapshot[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
  const node = (label: string, kind: TreeSnapshot['kind'] = 'endpoint') => all(api.endpointsView().nodes).find((n) => n.label === label && n.kind === kind);
  /** The status part of a description ("InService · us-east-1" when files of earlier tests declare other regions). */
  const status = (label: string) => node(label)?.description?.split(' · ')[0];

  before(async () => {
    ({ api } = await activateExtension());
    fake = await FakeSageMaker.start();
    await settings().update('aws.endpointUrl', fake.url, vscode.ConfigurationTarget.Global);
    await settings().update('status.refreshIntervalSeconds', 2, vscode.ConfigurationTarget.Global);
    await openDocument('main.tf');
    // A second module of its own with no region literal (as earlier suites leave behind): the SDK's region for it.
    scratch = await vscode.workspace.openTextDocument({ language: 'terraform', content: 'resource "aws_sagemaker_endpoint" "sdk" {\n  name = "sdk-scratch"\n}\n' });
    await vscode.window.showTextDocument(scratch);
  });

  after(async () => {
    // Hidden first, so that clearing the endpoint URL below starts no refresh (which would go to AWS).
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.hideUndeclared');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    if (scratch) {
      // Reverted, not left open: the suites after this one would list its endpoint too.
      await vscode.window.showTextDocument(scratch);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
    for (const key of ['aws.endpointUrl', 'status.refreshIntervalSeconds']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await fake?.close();
  });

  it('lists the declared endpoints by module with their statuses once shown, and follows an update', async () => {
    fake.put(endpointPayload('orders-prod', 'InService'));
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.focus');
    const orders = await waitFor('orders-prod to show InService', () => (status('orders-prod') === 'InService' ? node('orders-prod') : undefined));
    assert.equal(orders!.icon, 'pass-filled');
    const ghost = await waitFor('ghost-endpoint to say it is not deployed', () => node('ghost-endpoint')?.description?.startsWith('not deployed') && node('ghost-endpoint'));
    assert.equal(status('ghost-endpoint'), 'not deployed in us-east-1');
    assert.equal(ghost.icon, 'circle-slash');
    const module = api.endpointsView().nodes.find((n) => n.kind === 'module' && n.children?.some((c) => c.label === 'orders-prod'));
    assert.ok(module, 'the endpoints sit under their module folder');
    assert.ok(!module.children!.some((c) => c.label === 'sdk-scratch'), 'the other module’s endpoint is under its own');
    await waitFor('the other module’s endpoint', () => status('sdk-scratch') === 'not deployed');
    // Two regions asked: each endpoint names its own. The fake serves no live configuration yet: not compared.
    assert.equal(node('orders-prod')!.description, 'InService · not compared · us-east-1');
    const requests = fake.requestsFor('DescribeEndpoint').map((r) => r.body?.EndpointName);
    assert.ok(requests.includes('orders-prod') && requests.includes('ghost-endpoint'));

    // An update under way: Refresh shows it, and the view keeps refreshing by itself until it is over.
    fake.put(endpointPayload('orders-prod', 'Updating'));
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.refresh');
    await waitFor('orders-prod to show Updating', () => status('orders-prod') === 'Updating');
    assert.equal(node('orders-prod')!.icon, 'sync~spin');
    fake.put(endpointPayload('orders-prod', 'InService'));
    await waitFor('the view to refresh by itself to InService', () => status('orders-prod') === 'InService');
  });

  it('compares Terraform with live on its own refresh: "2 differences" beside the status, then "in sync"', async () => {
    const live = serveOrders(fake, { configName: 'orders-20240101000000000000000002' });
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.refresh');
    const drifted = await waitFor('orders-prod to show its differences', () => node('orders-prod')?.description?.includes('differences') && node('orders-prod'));
    assert.equal(drifted.description, 'InService · 2 differences · us-east-1');
    assert.ok(fake.requestsFor('DescribeEndpointConfig').some((r) => r.body?.EndpointConfigName === live), 'the view asked for the live configuration');

    serveOrders(fake, { configName: 'orders-20240101000000000000000003', instanceType: 'ml.m5.large', count: 2 });
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.refresh');
    await waitFor('orders-prod to be in sync', () => node('orders-prod')?.description === 'InService · in sync · us-east-1');
  });

  it('lists on demand the live endpoints that no Terraform declares, and opens their panel', async () => {
    fake.put(endpointPayload('legacy-batch', 'InService'));
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.showUndeclared');
    const group = await waitFor('the endpoints not in Terraform', () => node('Not in Terraform · us-east-1', 'undeclared'));
    assert.deepEqual(group.children?.map((c) => [c.label, c.description]), [['legacy-batch', 'InService']], 'orders-prod is declared: not listed again');
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.openLive', 'legacy-batch', 'us-east-1');
    await waitFor('the legacy-batch panel', () => api.statusPanels().find((p) => p.name === 'legacy-batch' && p.status === 'InService'));
    await vscode.commands.executeCommand('sagemakerTerraform.closeAllEndpointPanels');
  });
});
