/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import { endpointPayload, FakeSageMaker, fullPayload, updatingPayload } from '../../support/fakeSageMaker';
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

  it('shows the deployment progress of an Updating endpoint, and says when it stopped refreshing', async () => {
    await settings().update('status.refreshIntervalSeconds', 2, vscode.ConfigurationTarget.Global);
    // Started 5 minutes ago by the real clock, baking for the last 200 s (of 600).
    const payload = updatingPayload('canary-endpoint');
    const now = Math.floor(Date.now() / 1000);
    const pending = payload.PendingDeploymentSummary as { StartTime: number; ProductionVariants: { VariantStatus: { StartTime: number }[] }[] };
    pending.StartTime = now - 300;
    pending.ProductionVariants[0]!.VariantStatus[0]!.StartTime = now - 200;
    fake.put(payload);
    const main = await openDocument('main.tf');
    await vscode.commands.executeCommand(COMMAND, { address: 'aws_sagemaker_endpoint.canary', name: 'canary-endpoint', uri: main.uri.toString(), line: 0 });
    const shown = await waitFor('the canary panel to show its deployment progress', () => {
      const p = panel('canary-endpoint');
      return p && !p.loading && p.html.includes('deploy-progress tone-progress') ? p : undefined;
    });
    assert.equal(shown.status, 'Updating');
    for (const text of [
      '<h2>Blue/green deployment, canary</h2>',
      '<span class="phase-label">Now</span> Baking: the new fleet serves traffic while SageMaker watches 2 rollback alarms',
      '<span class="phase-label">Next</span> If no alarm goes off by the end of the bake',
      'aria-current="step"',
      '<strong>canary-endpoint-config-v2</strong>',
      '<strong>canary-endpoint-5xx</strong>',
      'Refreshing every 2 s while the endpoint is Updating.',
    ]) {
      assert.ok(shown.html.includes(text), `the panel shows ${text}`);
    }
    assert.match(shown.html, /<p class="baking">Baking on AllTraffic for 3 min \d+ s of 10 min \(about [67] min left\)\.<\/p>/);
    fake.put(endpointPayload('canary-endpoint', 'InService', { EndpointConfigName: 'canary-endpoint-config-v2' }));
    const done = await waitFor('the canary panel to stop refreshing at InService', () => {
      const p = panel('canary-endpoint');
      return p?.status === 'InService' && !p.loading ? p : undefined;
    });
    assert.ok(!done.html.includes('deploy-progress tone'), 'no progress section once InService');
    assert.match(done.html, /Stopped refreshing on its own at <time[^>]*>[^<]+<\/time> [^\n]*: the endpoint reached InService/);
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
