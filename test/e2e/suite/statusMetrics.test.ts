/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import { FakeCloudWatch } from '../../support/fakeCloudWatch';
import { endpointPayload, FakeSageMaker } from '../../support/fakeSageMaker';
import { activateExtension, closeAllEditors, openDocument, waitFor } from './helpers';

// The status panel's CloudWatch charts end to end: the user settings point SageMaker and CloudWatch at servers of our
// own on 127.0.0.1, the real SDKs in the extension host call them, and the panel's page holds the drawn chart.

describe('endpoint status metrics', function () {
  this.timeout(60_000);
  let sageMaker: FakeSageMaker;
  let cloudWatch: FakeCloudWatch;
  let api: SageMakerTerraformApi;
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const KEYS = ['aws.endpointUrl', 'aws.cloudWatchEndpointUrl', 'aws.region'];

  before(async () => {
    ({ api } = await activateExtension());
    sageMaker = await FakeSageMaker.start();
    cloudWatch = await FakeCloudWatch.start();
    await settings().update('aws.endpointUrl', sageMaker.url, vscode.ConfigurationTarget.Global);
    await settings().update('aws.cloudWatchEndpointUrl', cloudWatch.url, vscode.ConfigurationTarget.Global);
    await settings().update('aws.region', 'us-east-1', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await closeAllEditors();
    for (const key of KEYS) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await sageMaker?.close();
    await cloudWatch?.close();
  });

  it('draws the invocations of the last 3 hours as a chart, with "no data" where CloudWatch has none', async () => {
    const now = Math.floor(Date.now() / 60_000) * 60;
    sageMaker.put(endpointPayload('metrics-endpoint', 'InService'));
    const points: [number, number][] = Array.from({ length: 30 }, (_, i) => [now - 3000 + i * 60, 10 + (i % 7) * 5]);
    points[12] = [points[12]![0], 42];
    cloudWatch.put({ namespace: 'AWS/SageMaker', metricName: 'Invocations', stat: 'Sum', endpoint: 'metrics-endpoint', variant: 'AllTraffic' }, points);
    const main = await openDocument('main.tf');
    await vscode.commands.executeCommand('sagemakerTerraform.showEndpointStatus', { address: 'aws_sagemaker_endpoint.orders', name: 'metrics-endpoint', uri: main.uri.toString(), line: 0 });
    const shown = await waitFor('the panel to show a chart', () => {
      const p = api.statusPanels().find((s) => s.name === 'metrics-endpoint');
      return p && p.html.includes('<svg class="chart"') && !p.html.includes('aria-busy="true"') ? p : undefined;
    });
    assert.equal(shown.status, 'InService');
    assert.match(shown.html, /<figure class="metric-chart" data-chart="invocations"><figcaption>Invocations/);
    assert.match(shown.html, /<polyline class="line s0" points="[\d., ]+"\/>/);
    assert.match(shown.html, /<title>[^<]*: requests 42<\/title>/, 'the value of a point, for hover and focus');
    assert.ok(shown.html.includes('No data in this range.'), 'charts without data say so');
    assert.match(shown.html, /data-range="3h" aria-pressed="true"/);
    const [request] = cloudWatch.requests;
    assert.ok(request, 'GetMetricData reached the fake CloudWatch');
    assert.match(String(request.headers.authorization), /\/us-east-1\/monitoring\/aws4_request/);
    assert.equal(request.headers['x-amz-target'], 'GraniteServiceVersion20100801.GetMetricData');
  });
});
