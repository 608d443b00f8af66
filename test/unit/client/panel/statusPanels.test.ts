import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGateway, type SageMakerGateway } from '../../../../client/src/aws/index';
import { useAwsEnv, type AwsEnv } from '../../../support/awsEnv';
import { endpointPayload, FakeSageMaker, notFound } from '../../../support/fakeSageMaker';
import { created, installVscodeStub } from '../../../support/vscodeStub';

installVscodeStub();

// The panel manager as VS Code drives it, with the real gateway against the fake SageMaker on 127.0.0.1.
describe('status panels', () => {
  let fake: FakeSageMaker;
  let env: AwsEnv;
  let gateway: SageMakerGateway;
  let StatusPanels: typeof import('../../../../client/src/panel/statusPanels').StatusPanels;
  const actions: string[] = [];
  const log = { info() {}, warn() {}, error() {} };

  before(async () => {
    env = useAwsEnv({ region: 'us-east-1' });
    fake = await FakeSageMaker.start();
    gateway = createGateway({ region: 'us-east-1', endpointUrl: fake.url, timeoutMs: 3000 });
    // Loaded after the stub is installed, since the module imports `vscode`.
    ({ StatusPanels } = require('../../../../client/src/panel/statusPanels') as typeof import('../../../../client/src/panel/statusPanels'));
  });
  after(async () => {
    gateway.dispose();
    await fake.close();
    env.restore();
  });
  beforeEach(() => {
    fake.reset();
    created.length = 0;
    actions.length = 0;
  });

  const panels = () =>
    new StatusPanels({
      gateway: () => gateway,
      refreshSeconds: () => 1,
      runAction: (action, retry) => {
        actions.push(action);
        retry();
      },
      log: log as never,
    });

  async function until(predicate: () => boolean, what: string, ms = 5000) {
    const end = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
  }
  const describes = () => fake.requestsFor('DescribeEndpoint').length;

  test('shows the status, refreshes while Creating, stops once InService', async () => {
    fake.put(endpointPayload('ep', 'Creating'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('Creating') && !panel.webview.html.includes('aria-busy="true"'), 'Creating');
    assert.match(panel.title, /Endpoint: ep \(Creating\)/);
    fake.put(endpointPayload('ep', 'InService'));
    await until(() => panel.webview.html.includes('InService'), 'InService after an automatic refresh', 4000);
    const settled = describes();
    await sleep(1500);
    assert.equal(describes(), settled, 'no refresh once the status settled');
    manager.dispose();
  });

  test('one panel per endpoint, reused and refreshed when asked again; Refresh posts a request', async () => {
    fake.put(endpointPayload('ep', 'InService'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    await until(() => describes() === 1 && created[0].webview.html.includes('InService'), 'first answer');
    manager.show('ep', 'us-east-1');
    assert.equal(created.length, 1);
    assert.equal(created[0].revealed, 1);
    await until(() => describes() === 2, 'refresh on reveal');
    created[0].messages.fire({ type: 'refresh' });
    await until(() => describes() === 3, 'refresh button');
    manager.show('ep', 'eu-west-1');
    assert.equal(created.length, 2, 'another region is another panel');
    manager.dispose();
  });

  test('a hidden panel stops refreshing; a disposed one never requests again', async () => {
    fake.put(endpointPayload('ep', 'Updating'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => panel.webview.html.includes('Updating'), 'Updating');
    panel.setVisible(false);
    const hidden = describes();
    await sleep(1500);
    assert.equal(describes(), hidden, 'paused while hidden');
    panel.setVisible(true);
    await until(() => describes() > hidden, 'resumes when visible again');
    panel.dispose();
    const closed = describes();
    await sleep(1500);
    assert.equal(describes(), closed);
  });

  test('a failure shows the problem; its actions reach the extension and Retry refreshes', async () => {
    fake.setAlways('ep', notFound('ep'));
    const manager = panels();
    manager.show('ep', 'us-east-1');
    const panel = created[0];
    await until(() => /was not found/.test(panel.webview.html), 'the not-found problem');
    panel.messages.fire({ type: 'action', action: 'retry' });
    await until(() => describes() === 2, 'retry');
    assert.deepEqual(actions, ['retry']);
    manager.dispose();
  });
});
