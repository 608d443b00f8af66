// What an endpoint that answers without limits can cost: every answer body is capped as the SDK reads it, listings
// stop at a fixed number of entries, and every AWS string the panel shows is capped with a visible marker. Real SDK,
// real HTTP, the fake SageMaker on 127.0.0.1 streaming its answers so the test never holds them whole.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { createGateway, MAX_ANSWER_BYTES, MAX_LISTED_ENDPOINTS, type SageMakerGateway } from '../../../client/src/aws/index';
import { renderStatusHtml } from '../../../client/src/status/html';
import { TRUNCATED } from '../../../client/src/status/model';
import { guardNetwork, useAwsEnv, type AwsEnv, type NetworkGuard } from '../../support/awsEnv';
import { FakeSageMaker, LIST, T0, arnOf, endpointPayload } from '../../support/fakeSageMaker';
import { until } from '../../support/fakeClock';
import { problemOf } from '../../support/problemOf';

let fake: FakeSageMaker;
let guard: NetworkGuard;
let env: AwsEnv;
const opened: SageMakerGateway[] = [];
const MB = 1024 * 1024;

before(async () => {
  guard = guardNetwork();
  fake = await FakeSageMaker.start();
});
after(async () => {
  await fake.close();
  guard.uninstall();
  assert.deepEqual(guard.blocked, []);
});
beforeEach(() => {
  fake.reset();
  env = useAwsEnv();
});
afterEach(() => {
  for (const g of opened.splice(0)) g.dispose();
  env.restore();
});

function open(): SageMakerGateway {
  const gateway = createGateway({ region: 'us-east-1', endpointUrl: fake.url, timeoutMs: 60_000, maxAttempts: 1, log: () => undefined });
  opened.push(gateway);
  return gateway;
}

/** Runs `work` and samples the process's RSS meanwhile: the growth of the peak over the start, in MB. */
async function rssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: Math.round(((peak - start) / MB) * 10) / 10 };
  } finally {
    clearInterval(sampler);
  }
}

/** A DescribeEndpoint answer whose FailureReason is `bytes` of "x", streamed in 64 KB chunks. */
function hugeFailureReason(name: string, bytes: number, contentLength = true) {
  const payload = JSON.stringify(endpointPayload(name, 'Failed', { FailureReason: '' }));
  const cut = payload.indexOf('"FailureReason":"') + '"FailureReason":"'.length;
  const chunk = 'x'.repeat(64 * 1024);
  return { type: 'stream' as const, head: payload.slice(0, cut), filler: chunk, repeat: Math.ceil(bytes / chunk.length), tail: payload.slice(cut), contentLength };
}


test('a 3 MB FailureReason (under the answer cap): the view and the panel carry its first 4 KB and the truncation marker', async () => {
  fake.setAlways('ep', hugeFailureReason('ep', 3 * MB));
  const gateway = open();
  const { result: view, growthMb } = await rssGrowth(() => gateway.describeEndpoint('ep'));
  const reason = view.failureReason ?? '';
  assert.ok(reason.endsWith(TRUNCATED), 'the marker is visible');
  assert.ok(reason.length <= 4096 + TRUNCATED.length, `${reason.length} characters`);
  assert.ok(reason.startsWith('xxxx'));
  const html = renderStatusHtml({ view, endpointName: 'ep', loading: false, now: new Date(), nonce: 'nonce-for-tests-0001', cspSource: 'vscode-webview://x' });
  assert.ok(html.includes(`${'x'.repeat(100)}${TRUNCATED}`));
  assert.ok(html.length < 64 * 1024, `the page is ${html.length} characters`);
  console.log(`      3 MB FailureReason: page ${Math.round(html.length / 1024)} KB, RSS +${growthMb} MB`);
});

for (const contentLength of [true, false]) {
  test(`a 100 MB FailureReason (${contentLength ? 'with' : 'without'} Content-Length): "answer too large" after at most the cap is read, memory bounded`, async () => {
    fake.setAlways('ep', hugeFailureReason('ep', 100 * MB, contentLength));
    const gateway = open();
    const { result: problem, growthMb } = await rssGrowth(() => problemOf(gateway.describeEndpoint('ep')));
    assert.equal(problem.kind, 'answerTooLarge', `${problem.title} ${problem.detail}`);
    assert.match(problem.title, /too large/);
    assert.ok(problem.actions.includes('showLogs'));
    await until(() => fake.streamed.cutOff > 0, 'the server seeing the client hang up');
    assert.ok(fake.streamed.sentBytes < 100 * MB, `the server could send only ${Math.round(fake.streamed.sentBytes / MB)} MB before the client hung up`);
    assert.equal(fake.streamed.cutOff, 1);
    assert.ok(growthMb < 80, `RSS grew by ${growthMb} MB`);
    console.log(`      100 MB answer (${contentLength ? 'Content-Length' : 'chunked'}): sent ${Math.round(fake.streamed.sentBytes / MB)} MB before the cut, RSS +${growthMb} MB`);
    // The gateway still works afterwards.
    fake.reset();
    fake.put(endpointPayload('ep', 'InService'));
    assert.equal((await gateway.describeEndpoint('ep')).status, 'InService');
  });
}

test('an error answer over the cap is the same problem (the SDK reads error bodies too)', async () => {
  const chunk = 'y'.repeat(64 * 1024);
  fake.setAlways('ep', { type: 'stream', status: 400, head: '{"__type":"ValidationException","message":"', filler: chunk, repeat: Math.ceil((MAX_ANSWER_BYTES + MB) / chunk.length), tail: '"}' });
  const problem = await problemOf(open().describeEndpoint('ep'));
  assert.equal(problem.kind, 'answerTooLarge');
});

test(`an endless pager of 1 MB pages: at most ${MAX_LISTED_ENDPOINTS} entries, marked truncated, memory bounded`, { timeout: 120_000 }, async () => {
  const perPage = 4500;
  fake.pager = (page) => {
    const entries = Array.from({ length: perPage }, (_, i) => ({
      EndpointName: `p${page}-e${i}`,
      EndpointArn: arnOf(`p${page}-e${i}`),
      CreationTime: T0,
      LastModifiedTime: T0,
      EndpointStatus: 'InService',
      Padding: 'z'.repeat(80),
    }));
    return JSON.stringify({ Endpoints: entries, NextToken: `page-${page + 1}` });
  };
  const gateway = open();
  const { result: list, growthMb } = await rssGrowth(() => gateway.listEndpoints());
  assert.equal(list.endpoints.length, MAX_LISTED_ENDPOINTS);
  assert.equal(list.truncated, true);
  const pages = fake.requestsFor('ListEndpoints').length;
  assert.equal(pages, Math.ceil(MAX_LISTED_ENDPOINTS / perPage), 'no page is asked for once the list is full');
  assert.ok(growthMb < 150, `RSS grew by ${growthMb} MB`);
  console.log(`      endless 1 MB pager: ${list.endpoints.length} entries from ${pages} pages, RSS +${growthMb} MB`);
});

test('a pager that never ends and never fills the list stops at the page limit, marked truncated', { timeout: 120_000 }, async () => {
  fake.pager = (page) => JSON.stringify({ Endpoints: [{ EndpointName: `e${page}`, EndpointStatus: 'InService', CreationTime: T0, LastModifiedTime: T0 }], NextToken: `page-${page + 1}` });
  const list = await open().listEndpoints();
  assert.equal(list.truncated, true);
  assert.ok(list.endpoints.length <= 200 && list.endpoints.length > 100, String(list.endpoints.length));
});

test('a short account listing is complete and not truncated', async () => {
  fake.listed = Array.from({ length: 3 }, (_, i) => ({ EndpointName: `e${i}`, EndpointArn: arnOf(`e${i}`), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'InService' }));
  const list = await open().listEndpoints();
  assert.deepEqual(list.endpoints.map((e) => e.name), ['e0', 'e1', 'e2']);
  assert.equal(list.truncated, false);
});

test('every AWS string in an answer is capped at its API maximum with the marker; lists are bounded', async () => {
  const long = (c: string, n = 8192) => c.repeat(n);
  fake.put(
    endpointPayload('ep', 'Updating', {
      EndpointArn: long('a'),
      EndpointConfigName: long('c'),
      EndpointStatus: long('S'),
      ProductionVariants: [
        {
          VariantName: long('v'),
          InstancePools: Array.from({ length: 60 }, () => ({ InstanceType: long('i', 200), CurrentInstanceCount: 1 })),
          VariantStatus: Array.from({ length: 60 }, () => ({ Status: long('s', 200), StatusMessage: long('m') })),
          RoutingConfig: { RoutingStrategy: long('r') },
        },
        ...Array.from({ length: 59 }, (_, i) => ({ VariantName: `v${i}` })),
      ],
      LastDeploymentConfig: { AutoRollbackConfiguration: { Alarms: Array.from({ length: 60 }, () => ({ AlarmName: long('A', 1024) })) } },
    }),
  );
  const view = await open().describeEndpoint('ep');
  const strings: string[] = [view.arn, view.configName ?? '', view.status];
  for (const v of view.variants) {
    strings.push(v.name, v.instanceType ?? '', v.routingStrategy ?? '');
    for (const p of v.instancePools ?? []) strings.push(p.instanceType);
    for (const s of v.statuses) strings.push(s.status, s.message ?? '');
  }
  strings.push(...(view.lastDeployment?.summary ?? []));
  for (const text of strings) assert.ok(text.length <= 2048 + TRUNCATED.length, `${text.slice(0, 20)}…: ${text.length}`);
  assert.equal(view.configName, `${'c'.repeat(63)}${TRUNCATED}`);
  assert.equal(view.variants[0]!.name, `${'v'.repeat(63)}${TRUNCATED}`);
  assert.ok(view.variants[0]!.statuses[0]!.message!.endsWith(TRUNCATED));
  assert.ok(view.variants.length <= 20 && view.variants[0]!.statuses.length <= 20 && view.variants[0]!.instancePools!.length <= 20);
  const html = renderStatusHtml({ view, endpointName: 'ep', loading: false, now: new Date(), nonce: 'nonce-for-tests-0001', cspSource: 'vscode-webview://x' });
  assert.ok(html.length < 256 * 1024, `the page is ${Math.round(html.length / 1024)} KB`);
});
