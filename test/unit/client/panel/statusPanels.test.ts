import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { SageMakerGateway } from '../../../../client/src/aws/index';
import type { EndpointView } from '../../../../client/src/status/model';
import { usePanelHarness } from '../../../support/panelHarness';
import { endpointPayload, notFound } from '../../../support/fakeSageMaker';
import { FakeClock, flush, until } from '../../../support/fakeClock';
import { created } from '../../../support/vscodeStub';
import { LastKnownStatus } from '../../../../client/src/status/lastKnown';

const viewStub: EndpointView = {
  name: 'ep',
  arn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep',
  region: 'us-east-1',
  status: 'InService',
  statusTone: 'ok',
  creationTime: new Date(0),
  lastModifiedTime: new Date(0),
  variants: [],
  shadowVariants: [],
};

// The panel manager as VS Code drives it, with the real gateway against the fake SageMaker on 127.0.0.1. Time is a
// fake clock throughout: the poller's waits pass only when a test advances it.
describe('status panels', () => {
  const h = usePanelHarness();
  const actions: string[] = [];
  const log = { info() {}, warn() {}, error() {} };

  beforeEach(() => {
    actions.length = 0;
  });

  let clock: FakeClock;
  beforeEach(() => {
    clock = new FakeClock();
  });
  const panels = () =>
    new h.StatusPanels({
      gateway: () => h.gateway,
      refreshSeconds: () => 1,
      runAction: (action, retry) => {
        actions.push(action);
        retry();
      },
      log: log as never,
      clock: clock.api,
    });

  const describes = () => h.fake.requestsFor('DescribeEndpoint').length;

  test('shows the status, refreshes while Creating, stops once InService', async () => {
    h.fake.put(endpointPayload('ep', 'Creating'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('Creating') && !panel.webview.html.includes('aria-busy="true"'), 'Creating');
    assert.match(panel.title, /Endpoint: ep \(Creating\)/);
    assert.match(panel.webview.html, /<th scope="row">Profile<\/th><td>environment keys \(AWS_ACCESS_KEY_ID\)<\/td>/, 'which credentials signed');
    assert.equal(describes(), 1);
    h.fake.put(endpointPayload('ep', 'InService'));
    await clock.advance(999);
    assert.equal(describes(), 1, 'the next refresh waits the refresh interval');
    await clock.advance(1);
    await until(() => panel.webview.html.includes('InService'), 'InService after an automatic refresh');
    assert.equal(describes(), 2);
    await clock.advance(60_000);
    assert.equal(describes(), 2, 'no refresh once the status settled');
    manager.dispose();
  });

  test('one panel per endpoint, reused and refreshed when asked again; Refresh posts a request', async () => {
    h.fake.put(endpointPayload('ep', 'InService'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    await until(() => describes() === 1 && created[0].webview.html.includes('InService'), 'first answer');
    manager.show('ep', 'us-east-1');
    assert.equal(created.length, 1);
    assert.equal(created[0].revealed, 1);
    // Asked refreshes are spaced a second apart; a click while a refresh runs joins it, so the click waits for the
    // reveal's refresh to finish and makes its own.
    await clock.advance(1000);
    await until(() => describes() === 2 && !created[0].webview.html.includes('aria-busy="true"'), 'refresh on reveal');
    created[0].messages.fire({ type: 'refresh' });
    await clock.advance(999);
    assert.equal(describes(), 2, 'not within a second of the last request');
    await clock.advance(1);
    await until(() => describes() === 3, 'refresh button');
    manager.show('ep', 'eu-west-1');
    assert.equal(created.length, 2, 'another region is another panel');
    manager.dispose();
  });

  test('a hidden panel stops refreshing; a disposed one never requests again', async () => {
    h.fake.put(endpointPayload('ep', 'Updating'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('Updating'), 'Updating');
    await until(() => !panel.webview.html.includes('aria-busy="true"'), 'the first refresh to finish');
    panel.setVisible(false);
    const hidden = describes();
    await clock.advance(60_000);
    assert.equal(describes(), hidden, 'paused while hidden');
    panel.setVisible(true);
    await clock.advance(1000);
    await until(() => describes() > hidden, 'resumes when visible again');
    await until(() => !panel.webview.html.includes('aria-busy="true"'), 'that refresh to finish');
    panel.dispose();
    const closed = describes();
    await clock.advance(60_000);
    assert.equal(describes(), closed);
    assert.equal(clock.timers.size, 0, 'a disposed panel leaves no timer');
  });

  test('a failure shows the problem; its actions reach the extension and Retry refreshes', async () => {
    h.fake.setAlways('ep', notFound('ep'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => /was not found/.test(panel.webview.html), 'the not-found problem');
    panel.messages.fire({ type: 'action', action: 'retry' });
    await clock.advance(1000);
    await until(() => describes() === 2, 'retry');
    assert.deepEqual(actions, ['retry']);
    manager.dispose();
  });

  test('a burst of Refresh messages: one request in flight, at most one per second (fake clock, stub h.gateway)', async () => {
    let calls = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const releases: (() => void)[] = [];
    const slow = {
      credentialSource: () => 'environment keys (AWS_ACCESS_KEY_ID)',
      describeEndpoint: () => {
        calls++;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return new Promise((resolve) => releases.push(() => (inFlight--, resolve({ ...viewStub, status: 'InService' }))));
      },
    } as unknown as SageMakerGateway;
    const warnings: string[] = [];
    const manager = new h.StatusPanels({
      gateway: () => slow,
      refreshSeconds: () => 10,
      runAction: (action, retry) => (actions.push(action), retry()),
      log: { info() {}, warn: (line: string) => warnings.push(line), error() {} } as never,
      clock: clock.api,
    });
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await flush();
    assert.equal(calls, 1, 'the first load');
    for (let i = 0; i < 500; i++) panel.messages.fire({ type: 'refresh' });
    await flush();
    assert.equal(calls, 1, 'clicks during a request join it');
    releases.shift()!();
    await flush();
    for (let i = 0; i < 500; i++) panel.messages.fire({ type: i % 2 ? 'refresh' : 'action', action: 'retry' });
    await clock.advance(999);
    assert.equal(calls, 1, 'nothing before a second has passed since the last request started');
    await clock.advance(1);
    assert.equal(calls, 2, '1000 clicks and retries in that second: one request');
    releases.shift()!();
    await clock.advance(60_000);
    assert.equal(calls, 2);
    assert.equal(maxInFlight, 1);
    assert.equal(actions.length, 250);
    assert.deepEqual(warnings, []);
    manager.dispose();
  });

  test('only known webview messages are acted on; anything else is ignored and logged once', async () => {
    h.fake.put(endpointPayload('ep', 'InService'));
    const warnings: string[] = [];
    const manager = new h.StatusPanels({
      gateway: () => h.gateway,
      refreshSeconds: () => 10,
      runAction: (action, retry) => (actions.push(action), retry()),
      log: { info() {}, warn: (line: string) => warnings.push(line), error() {} } as never,
      clock: clock.api,
    });
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => describes() === 1 && panel.webview.html.includes('InService'), 'first answer');
    const junk: unknown[] = [
      null,
      undefined,
      'refresh',
      42,
      [],
      { type: 'Refresh' },
      { type: 'refresh ' },
      { type: { toString: () => 'refresh' } },
      { type: 'action' },
      { type: 'action', action: 'workbench.action.terminal.new' },
      { type: 'action', action: 'command:workbench.action.terminal.new' },
      { type: 'action', action: ['retry'] },
      { type: 'action', action: { valueOf: () => 'retry' } },
      { type: 'action', action: 'constructor' },
      { type: 'action', action: '__proto__' },
      { type: 'openLink', href: 'command:workbench.action.terminal.new' },
      Object.create({ type: 'refresh' }),
    ];
    for (const message of junk) panel.messages.fire(message);
    await clock.advance(60_000);
    await flush();
    assert.equal(describes(), 1, 'no request for any of them');
    assert.deepEqual(actions, []);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /ignored a message/i);
    assert.ok(!warnings[0]!.includes('workbench.action'), 'the message itself is not echoed');
    panel.messages.fire({ type: 'action', action: 'showLogs' });
    panel.messages.fire({ type: 'refresh' });
    await clock.advance(1000);
    await until(() => describes() === 2, 'a real refresh');
    assert.deepEqual(actions, ['showLogs']);
    manager.dispose();
  });
  test('requests use the settings of the document the panel was opened from; a failed refresh keeps "Last updated"', async () => {
    const asked: [string | undefined, string | undefined][] = [];
    let fail = false;
    const stub = {
      credentialSource: () => 'dev (setting sagemakerTerraform.aws.profile)',
      describeEndpoint: async () => {
        if (fail) throw Object.assign(new Error('boom'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } });
        return { ...viewStub, status: 'InService' };
      },
    } as unknown as SageMakerGateway;
    const manager = new h.StatusPanels({
      gateway: (region, scope) => (asked.push([region, scope?.toString()]), stub),
      refreshSeconds: () => 10,
      runAction: (_action, retry) => retry(),
      log: log as never,
      clock: clock.api,
    });
    const { Uri } = require('vscode') as typeof import('vscode');
    manager.show('ep', 'us-east-1', Uri.parse('file:///work/prod/main.tf'));
    const panel = created[0];
    await flush();
    assert.deepEqual(asked, [['us-east-1', 'file:///work/prod/main.tf']]);
    const updated = () => /<span class="updated">Last updated <time datetime="([^"]+)"/.exec(panel.webview.html)?.[1];
    const first = updated();
    assert.equal(first, new Date(0).toISOString(), 'the answer is dated by the clock');
    fail = true;
    panel.messages.fire({ type: 'refresh' });
    await clock.advance(1000);
    await flush();
    assert.equal(asked.length, 2);
    assert.deepEqual(asked[1], ['us-east-1', 'file:///work/prod/main.tf'], 'Refresh asks for the same scope');
    assert.match(panel.webview.html, /internal error/i, 'the failure is shown');
    assert.equal(updated(), first, 'the status shown is still the one fetched first');
    manager.dispose();
  });
  test('every answer is recorded as the last known status (the endpoints view reads it): a status, then not found', async () => {
    const lastKnown = new LastKnownStatus(() => clock.now);
    const manager = new h.StatusPanels({ gateway: () => h.gateway, refreshSeconds: () => 1, runAction: () => undefined, log: log as never, clock: clock.api, lastKnown });
    h.fake.put(endpointPayload('ep', 'Updating'));
    manager.show('ep', 'us-east-1');
    await until(() => lastKnown.get('ep', 'us-east-1')?.status === 'Updating', 'the status recorded');
    assert.equal(lastKnown.get('ep', 'us-east-1')!.statusTone, 'progress');
    h.fake.reset();
    h.fake.setAlways('ep', notFound('ep'));
    await clock.advance(1000);
    await until(() => lastKnown.get('ep', 'us-east-1')?.problem === 'notFound', 'not found recorded');
    assert.equal(lastKnown.get('ep', 'us-east-1')!.status, undefined, 'the endpoint is gone: no status kept');
    manager.dispose();
  });
});
