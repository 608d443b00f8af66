// The status panel's metrics, as VS Code drives the panel: the real gateway (SageMaker and CloudWatch SDKs) against
// the fake SageMaker and the fake CloudWatch on 127.0.0.1, a fake clock for the panel's time and polling.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createGateway, type SageMakerGateway } from '../../../../client/src/aws/index';
import { guardNetwork, useAwsEnv, type AwsEnv, type NetworkGuard } from '../../../support/awsEnv';
import { FakeCloudWatch, cloudWatchDenied } from '../../../support/fakeCloudWatch';
import { endpointPayload, FakeSageMaker } from '../../../support/fakeSageMaker';
import { FakeClock, until } from '../../../support/fakeClock';
import { created, installVscodeStub } from '../../../support/vscodeStub';

installVscodeStub();

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('status panel metrics', () => {
  let sageMaker: FakeSageMaker;
  let cloudWatch: FakeCloudWatch;
  let env: AwsEnv;
  let guard: NetworkGuard;
  let gateway: SageMakerGateway;
  let clock: FakeClock;
  let StatusPanels: typeof import('../../../../client/src/panel/statusPanels').StatusPanels;
  const log = { info() {}, warn() {}, error() {} };

  before(async () => {
    guard = guardNetwork();
    env = useAwsEnv({ region: 'us-east-1' });
    sageMaker = await FakeSageMaker.start();
    cloudWatch = await FakeCloudWatch.start();
    gateway = createGateway({ region: 'us-east-1', endpointUrl: sageMaker.url, cloudWatchEndpointUrl: cloudWatch.url, timeoutMs: 3000, maxAttempts: 1 });
    ({ StatusPanels } = require('../../../../client/src/panel/statusPanels') as typeof import('../../../../client/src/panel/statusPanels'));
  });
  after(async () => {
    gateway.dispose();
    await sageMaker.close();
    await cloudWatch.close();
    env.restore();
    guard.uninstall();
    assert.deepEqual(guard.blocked, []);
  });
  beforeEach(() => {
    sageMaker.reset();
    cloudWatch.reset();
    created.length = 0;
    clock = new FakeClock();
    clock.now = NOW;
  });

  const panels = () => new StatusPanels({ gateway: () => gateway, refreshSeconds: () => 2, runAction: () => undefined, log: log as never, clock: clock.api });
  const metricsRequests = () => cloudWatch.requests.length;
  const settled = (html: string) => !html.includes('aria-busy="true"');

  test('after the status, each variant gets its charts (3 h by default); the rest of the panel is unchanged', async () => {
    sageMaker.put(endpointPayload('ep', 'InService'));
    cloudWatch.put({ namespace: 'AWS/SageMaker', metricName: 'Invocations', stat: 'Sum', endpoint: 'ep', variant: 'AllTraffic' }, [
      [NOW / 1000 - 600, 4],
      [NOW / 1000 - 540, 8],
    ]);
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0]!;
    await until(() => panel.webview.html.includes('<svg class="chart"') && settled(panel.webview.html), 'a chart');
    const html = panel.webview.html;
    assert.match(html, /<h2>Metrics<\/h2>/);
    assert.match(html, /data-range="3h" aria-pressed="true"/);
    assert.match(html, /Last 3 h, one point per minute, from CloudWatch\./);
    assert.match(html, /<figure class="metric-chart" data-chart="invocations">/);
    assert.equal((html.match(/No data in this range\./g) ?? []).length, 8, 'the other eight charts have no data');
    assert.ok(html.includes('InService') && html.includes('AllTraffic'), 'status and variants still shown');
    assert.match(html, /<style nonce="[^"]+">[^<]*var\(--vscode-charts-blue\)/, 'chart colours in the nonce’d style');
    assert.match(html, /<script nonce="[^"]+">[^]*data-range[^]*<\/script>/, 'range buttons handled by the nonce’d script');
    assert.match(html, /script-src 'nonce-[^']+'/, 'the CSP is unchanged');
    assert.equal(metricsRequests(), 1);
    const query = (cloudWatch.requests[0]!.body!.MetricDataQueries as { MetricStat: { Period: number } }[])[0]!;
    assert.equal(query.MetricStat.Period, 60);
    manager.dispose();
  });

  test('choosing a range fetches it with its period; unknown ranges are ignored', async () => {
    sageMaker.put(endpointPayload('ep', 'InService'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0]!;
    await until(() => metricsRequests() === 1 && settled(panel.webview.html), 'first metrics');
    panel.messages.fire({ type: 'metricsRange', range: '7d' });
    await until(() => metricsRequests() === 2 && settled(panel.webview.html), 'the 7 d metrics');
    const query = (cloudWatch.requests[1]!.body!.MetricDataQueries as { MetricStat: { Period: number } }[])[0]!;
    assert.equal(query.MetricStat.Period, 1800);
    assert.equal((cloudWatch.requests[1]!.body!.EndTime as number) - (cloudWatch.requests[1]!.body!.StartTime as number), 7 * 86400);
    assert.match(panel.webview.html, /data-range="7d" aria-pressed="true"/);
    assert.match(panel.webview.html, /Last 7 d, one point per 30 minutes/);
    for (const junk of [{ type: 'metricsRange', range: '2y' }, { type: 'metricsRange', range: 'constructor' }, { type: 'metricsRange' }]) panel.messages.fire(junk);
    await clock.advance(10);
    assert.equal(metricsRequests(), 2);
    manager.dispose();
  });

  test('denied: the charts area names cloudwatch:GetMetricData; the status is shown as usual', async () => {
    sageMaker.put(endpointPayload('ep', 'InService'));
    cloudWatch.setAlways(cloudWatchDenied());
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0]!;
    await until(() => panel.webview.html.includes('data-kind="accessDenied"') && settled(panel.webview.html), 'the denied note');
    assert.match(panel.webview.html, /cloudwatch:GetMetricData/);
    const snapshot = manager.snapshot()[0]!;
    assert.equal(snapshot.status, 'InService');
    assert.equal(snapshot.problem, undefined, 'the endpoint itself has no problem');
    manager.dispose();
  });

  test('polling a transitional endpoint does not ask CloudWatch every time: once a minute, or when Refresh is pressed', async () => {
    sageMaker.put(endpointPayload('ep', 'Creating'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0]!;
    const describes = () => sageMaker.requestsFor('DescribeEndpoint').length;
    await until(() => metricsRequests() === 1 && settled(panel.webview.html), 'first metrics');
    for (let i = 0; i < 5; i++) {
      const before = describes();
      await clock.advance(2000);
      await until(() => describes() > before && settled(panel.webview.html), `poll ${i}`);
    }
    assert.equal(metricsRequests(), 1, 'five polls within a minute, one metrics request');
    panel.messages.fire({ type: 'refresh' });
    await clock.advance(1000);
    await until(() => metricsRequests() === 2 && settled(panel.webview.html), 'metrics on Refresh');
    const before = metricsRequests();
    await clock.advance(60_000);
    await until(() => metricsRequests() > before && settled(panel.webview.html), 'metrics after a minute');
    manager.dispose();
  });
});
