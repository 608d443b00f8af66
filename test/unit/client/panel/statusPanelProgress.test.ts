// The status panel during a deployment, as VS Code drives it, with the real gateway (real SDK, real HTTP) against the
// fake SageMaker on 127.0.0.1 and a fake clock: the progress section while Updating, and the line that says when
// and why the panel stopped refreshing on its own.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { usePanelHarness } from '../../../support/panelHarness';
import { accessDenied, endpointPayload, T0, updatingPayload } from '../../../support/fakeSageMaker';
import { FakeClock, until } from '../../../support/fakeClock';
import { created } from '../../../support/vscodeStub';

describe('status panel: deployment progress and when refreshing stopped', () => {
  const h = usePanelHarness();
  let clock: FakeClock;

  beforeEach(() => {
    // The clock starts 20 minutes after T0: the new fleet has baked for 200 s of its 600.
    clock = new FakeClock();
    clock.now = (T0 + 1200) * 1000;
  });

  const panels = () =>
    new h.StatusPanels({ gateway: () => h.gateway, refreshSeconds: () => 5, runAction: (_action, retry) => retry(), log: { info() {}, warn() {}, error() {} } as never, clock: clock.api });
  const settled = (html: string) => !html.includes('aria-busy="true"');
  const describes = () => h.fake.requestsFor('DescribeEndpoint').length;

  test('Updating with a pending deployment: the progress section; once InService it says it stopped and why', async () => {
    h.fake.put(updatingPayload('ep'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('deploy-progress') && settled(panel.webview.html), 'the progress section');
    let html = panel.webview.html;
    assert.match(html, /<h2>Blue\/green deployment, canary<\/h2>/);
    assert.match(html, /Baking on AllTraffic for 3 min 20 s of 10 min \(about 7 min left\)\./);
    assert.match(html, /<strong>ep-config-v2<\/strong>/);
    assert.match(html, /Refreshing every 5 s while the endpoint is Updating\./);
    assert.doesNotMatch(html, /Stopped refreshing/);

    await clock.advance(5000);
    await until(() => describes() === 2 && settled(panel.webview.html), 'the next automatic refresh');
    assert.match(panel.webview.html, /Baking on AllTraffic for 3 min 25 s of 10 min/, 'the elapsed time follows the clock');

    h.fake.put(endpointPayload('ep', 'InService', { EndpointConfigName: 'ep-config-v2' }));
    await clock.advance(5000);
    await until(() => describes() === 3 && settled(panel.webview.html), 'InService');
    html = panel.webview.html;
    assert.doesNotMatch(html, /deploy-progress tone/, 'no progress section once the deployment is done');
    assert.doesNotMatch(html, /Refreshing every/);
    assert.match(html, /Stopped refreshing on its own at <time datetime="2023-11-14T22:33:30\.000Z">[^<]+<\/time> [^\n]*: the endpoint reached InService, which does not change by itself\./);
    await clock.advance(60_000);
    assert.equal(describes(), 3, 'and it did stop');
    manager.dispose();
  });

  test('a refresh that fails while Updating: it says it stopped because of the error, until a refresh answers again', async () => {
    h.fake.put(updatingPayload('ep'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('deploy-progress') && settled(panel.webview.html), 'Updating');
    h.fake.setAlways('ep', accessDenied());
    await clock.advance(5000);
    await until(() => describes() === 2 && settled(panel.webview.html), 'the failed refresh');
    const html = panel.webview.html;
    assert.match(html, /data-reason="error">Stopped refreshing on its own at <time[^>]*>[^<]+<\/time> [^\n]*: a refresh failed \(Access denied\)\. Press Refresh to try again/);
    assert.match(html, /class="problem" role="alert"/);
    assert.match(html, /deploy-progress/, 'the last known progress stays, marked as from the last successful refresh');
    await clock.advance(60_000);
    assert.equal(describes(), 2, 'no timed refresh after the error');

    h.fake.reset();
    h.fake.put(updatingPayload('ep'));
    panel.messages.fire({ type: 'refresh' });
    await clock.advance(1000);
    await until(() => describes() === 1 && settled(panel.webview.html), 'a manual refresh');
    assert.match(panel.webview.html, /Refreshing every 5 s while the endpoint is Updating\./, 'refreshing on its own again');
    assert.doesNotMatch(panel.webview.html, /Stopped refreshing/);
    manager.dispose();
  });

  test('an endpoint that is stable from the start says nothing about refreshing', async () => {
    h.fake.put(endpointPayload('ep', 'InService'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('InService') && settled(panel.webview.html), 'InService');
    assert.doesNotMatch(panel.webview.html, /class="auto-refresh/);
    manager.dispose();
  });
});
