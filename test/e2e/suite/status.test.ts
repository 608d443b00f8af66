/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import { endpointPayload, FakeSageMaker, fullPayload } from '../../support/fakeSageMaker';
import { activateExtension, closeAllEditors, openDocument, waitFor } from './helpers';

// "SageMaker: Show Endpoint Status" end to end: the CodeLens argument, the user settings, the real AWS SDK over
// HTTP to a SageMaker of our own on 127.0.0.1, and what the webview panel shows (through the extension's API).

const COMMAND = 'sagemakerTerraform.showEndpointStatus';

describe('endpoint status', function () {
  this.timeout(60_000);
  let fake: FakeSageMaker;
  let api: SageMakerTerraformApi;
  let lenses: vscode.CodeLens[];
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const panel = (name: string) => api.statusPanels().find((p) => p.name === name);
  const lensFor = (name: string) => {
    const lens = lenses.find((l) => (l.command?.arguments?.[0] as { name?: string } | undefined)?.name === name);
    assert.ok(lens?.command, `a CodeLens for ${name}`);
    return lens.command;
  };

  before(async () => {
    ({ api } = await activateExtension());
    fake = await FakeSageMaker.start();
    await settings().update('aws.endpointUrl', fake.url, vscode.ConfigurationTarget.Global);
    await settings().update('aws.region', 'us-east-1', vscode.ConfigurationTarget.Global);
    const main = await openDocument('main.tf');
    lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', main.uri);
  });

  after(async () => {
    await closeAllEditors();
    for (const key of ['aws.endpointUrl', 'aws.region', 'status.refreshIntervalSeconds']) {
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await fake?.close();
  });

  it('shows InService and the variants of an endpoint, from its CodeLens', async () => {
    fake.put(fullPayload('orders-prod', 'InService'));
    const command = lensFor('orders-prod');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const shown = await waitFor('the orders-prod panel to show InService', () => {
      const p = panel('orders-prod');
      return p && !p.loading && p.status === 'InService' ? p : undefined;
    });
    assert.equal(shown.title, 'Endpoint: orders-prod (InService)');
    assert.equal(shown.region, 'us-east-1');
    assert.equal(shown.problem, undefined);
    for (const text of ['InService', 'blue', 'serverless-green', 'shadow-1', 'orders-prod-config', 'ml.g5.xlarge']) {
      assert.ok(shown.html.includes(text), `the panel shows ${text}`);
    }
    const [request] = fake.requestsFor('DescribeEndpoint');
    assert.deepEqual(request.body, { EndpointName: 'orders-prod' });
    assert.match(String(request.headers.authorization), /Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/sagemaker\/aws4_request/);
  });

  it('shows the not-found problem for an endpoint that is not deployed', async () => {
    const command = lensFor('ghost-endpoint');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const shown = await waitFor('the ghost-endpoint panel to show a problem', () => {
      const p = panel('ghost-endpoint');
      return p && !p.loading && p.problem ? p : undefined;
    });
    assert.equal(shown.problem, 'Endpoint "ghost-endpoint" was not found in us-east-1.');
    assert.equal(shown.status, undefined);
    assert.ok(shown.html.includes('was not found'), 'the panel says so');
    assert.ok(shown.html.includes('Retry'), 'and offers a retry');
  });

  it('refreshes by itself while the endpoint is Creating, until InService', async () => {
    await settings().update('status.refreshIntervalSeconds', 2, vscode.ConfigurationTarget.Global);
    fake.put(endpointPayload('rollout-endpoint', 'Creating'));
    const main = await openDocument('main.tf');
    await vscode.commands.executeCommand(COMMAND, { address: 'aws_sagemaker_endpoint.rollout', name: 'rollout-endpoint', uri: main.uri.toString(), line: 0 });
    await waitFor('the rollout panel to show Creating', () => panel('rollout-endpoint')?.status === 'Creating');
    fake.put(endpointPayload('rollout-endpoint', 'InService'));
    const shown = await waitFor('the rollout panel to refresh to InService', () => {
      const p = panel('rollout-endpoint');
      return p?.status === 'InService' ? p : undefined;
    });
    assert.ok(shown.html.includes('AllTraffic'));
    assert.ok(fake.requestsFor('DescribeEndpoint').filter((r) => r.body?.EndpointName === 'rollout-endpoint').length >= 2);
  });
});
