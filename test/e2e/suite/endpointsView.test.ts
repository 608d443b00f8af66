/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import type { TreeSnapshot } from '../../../client/src/views/endpointsTree';
import { endpointPayload, FakeSageMaker } from '../../support/fakeSageMaker';
import { activateExtension, closeAllEditors, openDocument, waitFor } from './helpers';

// The SageMaker Endpoints view in the real VS Code: shown in the Explorer, it lists the fixture module's endpoints
// with their statuses from the SageMaker of our own on 127.0.0.1 (real SDK, real HTTP), refreshes by itself while one
// is Updating, and lists on demand the live endpoints no Terraform declares.

describe('SageMaker Endpoints view', function () {
  this.timeout(60_000);
  let fake: FakeSageMaker;
  let api: SageMakerTerraformApi;
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const all = (nodes: TreeSnapshot[]): TreeSnapshot[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
  const node = (label: string, kind: TreeSnapshot['kind'] = 'endpoint') => all(api.endpointsView().nodes).find((n) => n.label === label && n.kind === kind);

  before(async () => {
    ({ api } = await activateExtension());
    fake = await FakeSageMaker.start();
    await settings().update('aws.endpointUrl', fake.url, vscode.ConfigurationTarget.Global);
    await settings().update('status.refreshIntervalSeconds', 2, vscode.ConfigurationTarget.Global);
    await openDocument('main.tf');
  });

  after(async () => {
    // Hidden first, so that clearing the endpoint URL below starts no refresh (which would go to AWS).
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.hideUndeclared');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await closeAllEditors();
    for (const key of ['aws.endpointUrl', 'status.refreshIntervalSeconds']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await fake?.close();
  });

  it('lists the declared endpoints by module with their statuses once shown, and follows an update', async () => {
    fake.put(endpointPayload('orders-prod', 'InService'));
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.focus');
    const orders = await waitFor('orders-prod to show InService', () => (node('orders-prod')?.description === 'InService' ? node('orders-prod') : undefined));
    assert.equal(orders!.icon, 'pass-filled');
    const ghost = await waitFor('ghost-endpoint to say it is not deployed', () => node('ghost-endpoint')?.description?.startsWith('not deployed') && node('ghost-endpoint'));
    assert.equal(ghost.description, 'not deployed in us-east-1');
    assert.equal(ghost.icon, 'circle-slash');
    const module = api.endpointsView().nodes.find((n) => n.kind === 'module' && n.children?.some((c) => c.label === 'orders-prod'));
    assert.ok(module, 'the endpoints sit under their module folder');
    const requests = fake.requestsFor('DescribeEndpoint').map((r) => r.body?.EndpointName);
    assert.ok(requests.includes('orders-prod') && requests.includes('ghost-endpoint'));

    // An update under way: Refresh shows it, and the view keeps refreshing by itself until it is over.
    fake.put(endpointPayload('orders-prod', 'Updating'));
    await vscode.commands.executeCommand('sagemakerTerraform.endpoints.refresh');
    await waitFor('orders-prod to show Updating', () => node('orders-prod')?.description === 'Updating');
    assert.equal(node('orders-prod')!.icon, 'sync~spin');
    fake.put(endpointPayload('orders-prod', 'InService'));
    await waitFor('the view to refresh by itself to InService', () => node('orders-prod')?.description === 'InService');
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
