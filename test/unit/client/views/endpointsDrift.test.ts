// The endpoints view's own Terraform vs live: each refresh compares the declaration (from a stand-in for the language
// server) with the live configuration, the real SDK over HTTP to the fake SageMaker on 127.0.0.1, as the panel does,
// and the tree, the CodeLens store and the panel all read the one summary.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { EndpointDeclaration, EndpointDeclarationParams, EndpointTarget } from '../../../../shared/protocol';
import { LastKnownStatus } from '../../../../client/src/status/lastKnown';
import { EndpointsRefresher } from '../../../../client/src/views/endpointsRefresh';
import type { ViewNode } from '../../../../client/src/views/endpointsModel';
import { useAwsEnv, type AwsEnv } from '../../../support/awsEnv';
import { FakeClock } from '../../../support/fakeClock';
import { accessDenied, configKey, endpointPayload, type FakeSageMaker } from '../../../support/fakeSageMaker';
import { guardedFakeSageMaker } from '../../../support/guardedFake';
import { ORDERS, serveOrders } from '../../../support/ordersDeclaration';
import { viewOverHttp } from '../../../support/viewOverHttp';

const LIVE_CONFIG = 'orders-20240101000000000000000001';
const TARGET: EndpointTarget = { address: ORDERS.AT.address, name: 'orders-prod', region: 'us-east-1', uri: ORDERS.URI, line: 25 };

describe('endpoints view: Terraform vs live on its own refresh', () => {
  const running = guardedFakeSageMaker();
  let fake: FakeSageMaker;
  let env: AwsEnv;
  let http: ReturnType<typeof viewOverHttp>;
  let refresher: EndpointsRefresher;
  let lastKnown: LastKnownStatus;
  let clock: FakeClock;
  /** A person's second click: the poller spaces requested refreshes (a second on its clock). */
  const refreshAgain = async () => {
    const done = refresher.refresh();
    await clock.advance(1_000);
    await done;
  };
  const asked: EndpointDeclarationParams[] = [];
  let declaration: () => Promise<EndpointDeclaration | null | undefined>;

  beforeEach(() => {
    fake = running();
    fake.reset();
    env = useAwsEnv({ region: 'us-east-1' });
    asked.length = 0;
    declaration = async () => ORDERS.DECLARATION;
    http = viewOverHttp(() => fake.url, () => [TARGET]);
    lastKnown = http.deps.lastKnown;
    clock = http.clock;
    refresher = new EndpointsRefresher({ ...http.deps, declarations: { declaration: (params) => (asked.push(params), declaration()) } });
    refresher.setServerState('running');
  });
  afterEach(() => {
    refresher.dispose();
    http.dispose();
    env.restore();
  });

  const shown = () =>
    refresher
      .nodes()
      .flatMap((n: ViewNode) => (n.kind === 'module' ? n.children! : [n]))
      .map((n) => `${n.label}: ${n.description ?? ''}`);

  const serve = (instanceType: string, count: number) => serveOrders(fake, { configName: LIVE_CONFIG, instanceType, count, kms: false });

  test('the README case: two differences, asked of the declaring resource, shown beside the status', async () => {
    serve('ml.g5.xlarge', 3);
    await refresher.refresh();
    assert.deepEqual(asked, [{ uri: ORDERS.URI, address: ORDERS.AT.address, endpointName: 'orders-prod' }]);
    assert.deepEqual(fake.requestsFor('DescribeEndpointConfig').map((r) => r.body), [{ EndpointConfigName: LIVE_CONFIG }]);
    assert.deepEqual(lastKnown.get('orders-prod', 'us-east-1')?.drift, { differences: 2, text: '2 differences' });
    assert.deepEqual(shown(), ['orders-prod: InService · 2 differences']);
  });

  test('in sync says so; a later refresh after a fix clears the differences', async () => {
    serve('ml.g5.xlarge', 3);
    await refresher.refresh();
    serve('ml.m5.large', 2);
    await refreshAgain();
    assert.deepEqual(shown(), ['orders-prod: InService · in sync']);
  });

  test('DescribeEndpointConfig denied: the status still shows, with no drift words and no crash', async () => {
    fake.put(endpointPayload('orders-prod', 'InService', { EndpointConfigName: LIVE_CONFIG }));
    fake.setAlways(configKey(LIVE_CONFIG), accessDenied('DescribeEndpointConfig'));
    await refresher.refresh();
    assert.equal(lastKnown.get('orders-prod', 'us-east-1')?.status, 'InService');
    assert.doesNotMatch(shown()[0]!, /difference|in sync/);
  });

  test('the language server not answering, or not declaring it any more, is no drift and no failure', async () => {
    serve('ml.g5.xlarge', 3);
    await refresher.refresh();
    assert.equal(lastKnown.get('orders-prod', 'us-east-1')?.drift?.differences, 2);
    for (const answer of [async () => Promise.reject(new Error('server gone')), async () => null, async () => undefined]) {
      declaration = answer;
      await refreshAgain();
      assert.deepEqual(shown(), ['orders-prod: InService']);
      assert.equal(lastKnown.get('orders-prod', 'us-east-1')?.drift, undefined);
    }
  });

  test('a panel-recorded summary is kept when the view has no declarations to read', async () => {
    serve('ml.g5.xlarge', 3);
    lastKnown.record('orders-prod', 'us-east-1', { status: 'InService', statusTone: 'ok', drift: { differences: 1 } });
    const plain = new EndpointsRefresher({ ...http.deps, lastKnown });
    plain.setServerState('running');
    await plain.refresh();
    assert.deepEqual(lastKnown.get('orders-prod', 'us-east-1')?.drift, { differences: 1 });
    plain.dispose();
  });

});
