// The gateway with the real AWS SDK, over real HTTP, against the fake SageMaker on 127.0.0.1. Credentials are fake
// and come from the environment or temp shared files; the metadata service is disabled and a network guard refuses
// any connection that is not to loopback, so nothing here can reach AWS or 169.254.169.254.
import { renderStatusHtml } from '../../../client/src/status/html';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createGateway, isKnownRegion, redact, type GatewayOptions, type SageMakerGateway } from '../../../client/src/aws/index';
import { EndpointStatus } from '@aws-sdk/client-sagemaker';
import type { ProblemKind, StatusProblem } from '../../../client/src/status/problems';
import {
  FAKE_ACCESS_KEY_ID,
  FAKE_SECRET,
  FAKE_SESSION_TOKEN,
  guardNetwork,
  useAwsEnv,
  type AwsEnv,
  type NetworkGuard,
} from '../../support/awsEnv';
import {
  FakeSageMaker,
  JSON_CONTENT_TYPE,
  LIST,
  T0,
  accessDenied,
  arnOf,
  closedPort,
  endpointPayload,
  expiredToken,
  fullPayload,
  internalError,
  notFound,
  throttling,
  unrecognizedClient,
} from '../../support/fakeSageMaker';
import { FakeClock, until } from '../../support/fakeClock';
import { problemOf } from '../../support/problemOf';

let fake: FakeSageMaker;
let guard: NetworkGuard;
let env: AwsEnv | undefined;
const opened: SageMakerGateway[] = [];

before(async () => {
  guard = guardNetwork();
  fake = await FakeSageMaker.start();
});
after(async () => {
  await fake.close();
  guard.uninstall();
  assert.deepEqual(guard.blocked, [], 'no connection may leave loopback');
});
beforeEach(() => {
  fake.reset();
  env = useAwsEnv();
});
afterEach(() => {
  for (const g of opened.splice(0)) g.dispose();
  env?.restore();
  env = undefined;
});

/** Replaces the default environment of this test. */
function withEnv(options: Parameters<typeof useAwsEnv>[0]): AwsEnv {
  env?.restore();
  env = useAwsEnv(options);
  return env;
}

function open(options: Partial<GatewayOptions> = {}): { gateway: SageMakerGateway; lines: string[] } {
  const lines: string[] = [];
  // Retries follow at once: the SDK's backoff would make these tests wait real time.
  const gateway = createGateway({ region: 'us-east-1', endpointUrl: fake.url, timeoutMs: 5000, log: (l) => lines.push(l), retryDelayMs: () => 0, ...options });
  opened.push(gateway);
  return { gateway, lines };
}


async function expectKind(promise: Promise<unknown>, kind: ProblemKind): Promise<StatusProblem> {
  const problem = await problemOf(promise);
  assert.equal(problem.kind, kind, `${problem.title} / ${problem.detail}`);
  return problem;
}

describe('DescribeEndpoint: every EndpointStatus', () => {
  const tones: Record<string, string> = {
    OutOfService: 'error',
    Creating: 'progress',
    Updating: 'progress',
    SystemUpdating: 'progress',
    RollingBack: 'progress',
    InService: 'ok',
    Deleting: 'progress',
    Failed: 'error',
    UpdateRollbackFailed: 'error',
  };
  // Every status the SDK knows, not our own list of them.
  for (const status of Object.values(EndpointStatus) as string[]) {
    test(`${status} → tone ${tones[status]}`, async () => {
      const name = `ep-${status.toLowerCase()}`;
      fake.put(endpointPayload(name, status));
      const { gateway } = open();
      const view = await gateway.describeEndpoint(name);
      assert.equal(view.name, name);
      assert.equal(view.status, status);
      assert.equal(view.statusTone, tones[status]);
      assert.equal(view.region, 'us-east-1');
      assert.equal(view.arn, arnOf(name));
      assert.equal(view.configName, `${name}-config`);
      assert.equal(view.creationTime.getTime(), T0 * 1000);
      assert.equal(view.lastModifiedTime.getTime(), (T0 + 600) * 1000);
      assert.equal(view.variants.length, 1);
      if (status === 'Failed' || status === 'UpdateRollbackFailed') assert.match(view.failureReason ?? '', /ping health check/);
      else assert.equal(view.failureReason, undefined);
    });
  }
});

test('the request is awsJson1_1, SigV4-signed with the fake key, and the full payload maps to the view', async () => {
  fake.put(fullPayload('full-ep'));
  const { gateway } = open();
  const view = await gateway.describeEndpoint('full-ep');
  const [request] = fake.requests;
  assert.ok(request);
  assert.equal(request.method, 'POST');
  assert.equal(request.url, '/');
  assert.equal(request.headers['x-amz-target'], 'SageMaker.DescribeEndpoint');
  assert.equal(request.headers['content-type'], JSON_CONTENT_TYPE);
  assert.deepEqual(request.body, { EndpointName: 'full-ep' });
  assert.match(String(request.headers.authorization), new RegExp(`^AWS4-HMAC-SHA256 Credential=${FAKE_ACCESS_KEY_ID}/\\d{8}/us-east-1/sagemaker/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$`));

  assert.equal(view.status, 'Updating');
  assert.match(view.failureReason ?? '', /ResourceLimitExceeded/);
  assert.deepEqual(view.variants.map((v) => v.name), ['blue', 'serverless-green']);
  const [blue, green] = view.variants;
  assert.equal(blue!.instanceType, 'ml.g5.xlarge');
  assert.deepEqual([blue!.currentInstanceCount, blue!.desiredInstanceCount, blue!.currentWeight, blue!.desiredWeight], [2, 3, 0.8, 0.5]);
  assert.deepEqual(blue!.statuses.map((s) => [s.status, s.message, s.startTime?.getTime()]), [
    ['Updating', 'Adding 1 instance', (T0 + 900) * 1000],
    ['ActivatingTraffic', undefined, (T0 + 960) * 1000],
  ]);
  assert.deepEqual(green!.serverless, { memorySizeInMb: 2048, maxConcurrency: 5, provisionedConcurrency: 1 });
  assert.deepEqual(green!.desiredServerless, { memorySizeInMb: 4096, maxConcurrency: 10 });
  assert.deepEqual(view.shadowVariants.map((v) => [v.name, v.statuses[0]?.status]), [['shadow-1', 'Baking']]);
  assert.equal(view.pendingDeployment?.configName, 'full-ep-config-v2');
  assert.equal(view.pendingDeployment?.startTime?.getTime(), (T0 + 900) * 1000);
  assert.equal(view.pendingDeployment?.variants[0]?.instanceType, 'ml.g5.2xlarge');
  assert.equal(view.pendingDeployment?.shadowVariants[0]?.instanceType, 'ml.m5.large');
  assert.equal(view.lastDeployment?.kind, 'blueGreen');
  assert.ok(view.lastDeployment?.summary.some((l) => /canary: 10% of capacity/.test(l)));
  assert.ok(view.lastDeployment?.summary.some((l) => /p99-latency, 5xx-rate/.test(l)));
});

describe('ListEndpoints', () => {
  test('merges every page, forwarding NextToken and asking for MaxResults 100', async () => {
    fake.listed = Array.from({ length: 25 }, (_, i) => ({
      EndpointName: `ep-${String(i).padStart(2, '0')}`,
      EndpointArn: arnOf(`ep-${i}`),
      CreationTime: T0 + i,
      LastModifiedTime: T0 + i,
      EndpointStatus: i % 3 === 0 ? 'Creating' : 'InService',
    }));
    fake.pageSize = 10;
    const { gateway, lines } = open();
    const { endpoints: list, truncated } = await gateway.listEndpoints();
    assert.equal(truncated, false);
    assert.equal(list.length, 25);
    assert.deepEqual(list.map((e) => e.name), fake.listed.map((e) => e.EndpointName));
    assert.equal(list[0]!.statusTone, 'progress');
    assert.equal(list[1]!.statusTone, 'ok');
    assert.equal(list[5]!.creationTime.getTime(), (T0 + 5) * 1000);
    const requests = fake.requestsFor('ListEndpoints');
    assert.equal(requests.length, 3);
    assert.equal(requests[0]!.headers['x-amz-target'], 'SageMaker.ListEndpoints');
    assert.deepEqual(requests.map((r) => r.body?.MaxResults), [100, 100, 100]);
    assert.equal(requests[0]!.body?.NextToken, undefined);
    assert.ok(requests[1]!.body?.NextToken);
    assert.equal(lines.length, 3, 'one log line per page');
  });

  test('uses the page size the service picks when it honours MaxResults, and an empty account is an empty list', async () => {
    fake.listed = Array.from({ length: 150 }, (_, i) => ({ EndpointName: `e${i}`, EndpointArn: arnOf(`e${i}`), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'InService' }));
    const { gateway } = open();
    assert.equal((await gateway.listEndpoints()).endpoints.length, 150);
    assert.equal(fake.requestsFor('ListEndpoints').length, 2);
    fake.listed = [];
    assert.deepEqual(await gateway.listEndpoints(), { endpoints: [], truncated: false });
  });

  test('a failure on a later page is a problem, not a partial list', async () => {
    fake.listed = Array.from({ length: 5 }, (_, i) => ({ EndpointName: `e${i}`, EndpointArn: arnOf(`e${i}`), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'InService' }));
    fake.pageSize = 2;
    fake.script(LIST, { type: 'ok' }, accessDenied('ListEndpoints'));
    const { gateway } = open();
    const problem = await expectKind(gateway.listEndpoints(), 'accessDenied');
    assert.match(problem.detail, /sagemaker:ListEndpoints/);
  });
});

describe('errors become problems', () => {
  // Every misbehaviour below must end as a problem the caller awaits, never as a rejection nobody handles.
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  before(() => process.on('unhandledRejection', onUnhandled));
  after(async () => {
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', onUnhandled);
    assert.deepEqual(unhandled, [], 'no unhandled rejection');
  });

  test('ValidationException "Could not find endpoint" → notFound, naming endpoint and region', async () => {
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('ghost'), 'notFound');
    assert.equal(problem.title, 'Endpoint "ghost" was not found in us-east-1.');
    assert.match(problem.detail, /not be deployed yet/);
    assert.match(problem.detail, /another region/);
    assert.ok(problem.actions.includes('openSettings'));
    assert.equal(fake.requests.length, 1, 'not found is not retried');
  });

  test('explicitly scripted not-found for an existing name', async () => {
    fake.put(endpointPayload('exists', 'InService')).script('exists', notFound('exists'));
    const { gateway } = open({ region: 'eu-west-1' });
    const problem = await expectKind(gateway.describeEndpoint('exists'), 'notFound');
    assert.equal(problem.title, 'Endpoint "exists" was not found in eu-west-1.');
    assert.equal((await gateway.describeEndpoint('exists')).status, 'InService');
  });

  test('AccessDeniedException → accessDenied naming the IAM action', async () => {
    fake.setAlways('locked', accessDenied());
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('locked'), 'accessDenied');
    assert.equal(problem.title, 'Access denied');
    assert.match(problem.detail, /sagemaker:DescribeEndpoint/);
    assert.match(problem.detail, /is not authorized to perform/);
  });

  test('ExpiredTokenException → expiredCredentials', async () => {
    fake.setAlways('ep', expiredToken());
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'expiredCredentials');
    assert.match(problem.title, /expired/);
    assert.match(problem.detail, /aws sso login/);
  });

  test('UnrecognizedClientException → noCredentials (the credentials were rejected)', async () => {
    fake.setAlways('ep', unrecognizedClient());
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'noCredentials');
    assert.equal(problem.title, 'AWS did not accept the credentials');
    assert.match(problem.detail, /security token included in the request is invalid/);
  });

  test('ThrottlingException twice, then success: the SDK retries and the call succeeds', async () => {
    fake.put(endpointPayload('busy', 'InService')).script('busy', throttling(), throttling());
    const { gateway, lines } = open();
    const view = await gateway.describeEndpoint('busy');
    assert.equal(view.status, 'InService');
    assert.equal(fake.requestsFor('DescribeEndpoint').length, 3);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /HTTP 200, 3 attempts/);
  });

  test('ThrottlingException every time → throttled, saying the SDK gave up after N attempts', async () => {
    fake.setAlways('busy', throttling());
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('busy'), 'throttled');
    assert.match(problem.detail, /retried with backoff and gave up after 3 attempts/);
    assert.equal(fake.requests.length, 3);

    fake.requests.length = 0;
    const { gateway: two } = open({ maxAttempts: 2 });
    const again = await expectKind(two.describeEndpoint('busy'), 'throttled');
    assert.match(again.detail, /gave up after 2 attempts/);
    assert.equal(fake.requests.length, 2);
  });

  test('HTTP 500 every time → service problem after the SDK retried', async () => {
    fake.setAlways('ep', internalError());
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'service');
    assert.equal(problem.title, 'SageMaker had an internal error');
    assert.match(problem.detail, /HTTP 500/);
    assert.match(problem.detail, /after 3 attempts/);
    assert.equal(fake.requests.length, 3);
  });

  test('HTTP 503 once, then success', async () => {
    fake.put(endpointPayload('ep', 'InService')).script('ep', { type: 'status', status: 503, body: '{"__type":"ServiceUnavailable","message":"down"}' });
    const { gateway } = open();
    assert.equal((await gateway.describeEndpoint('ep')).status, 'InService');
    assert.equal(fake.requests.length, 2);
  });

  for (const [label, body] of [
    ['truncated JSON', '{"EndpointName": "ep", "EndpointArn": "arn:aws:sagemaker:us-east-1:1234'],
    ['an HTML page', '<html><body>Proxy login required</body></html>'],
  ] as const) {
    test(`a 200 with ${label} → service problem about an unreadable answer`, async () => {
      fake.setAlways('ep', { type: 'garbage', body });
      const { gateway } = open();
      const problem = await expectKind(gateway.describeEndpoint('ep'), 'service');
      assert.equal(problem.title, 'SageMaker sent an answer that could not be read');
      assert.doesNotMatch(problem.detail, /Proxy login|Deserialization/);
    });
  }

  test('wrong types in an answer: what can be read renders, what cannot is the unreadable-answer problem', async () => {
    fake.put({ ...endpointPayload('ep', 'InService'), EndpointStatus: 42 } as never);
    const view = await open().gateway.describeEndpoint('ep');
    assert.deepEqual([view.status, view.statusTone], ['42', 'neutral'], 'an unknown status is shown as text, untoned');
    const html = renderStatusHtml({ view, endpointName: 'ep', loading: false, now: new Date(T0 * 1000), nonce: 'nonce-for-tests-0001', cspSource: 'vscode-webview://x' });
    assert.match(html, /<\/html>$/);

    const unreadable = [
      { ...endpointPayload('ep', 'InService'), ProductionVariants: 'nope' },
      { ...endpointPayload('ep', 'InService'), CreationTime: 'yesterday', LastModifiedTime: null },
      { ...endpointPayload('ep', 'InService'), ProductionVariants: [{ VariantName: 7, CurrentWeight: 'heavy', VariantStatus: {} }] },
    ];
    for (const payload of unreadable) {
      fake.put(payload as never);
      const problem = await expectKind(open().gateway.describeEndpoint('ep'), 'service');
      assert.equal(problem.title, 'SageMaker sent an answer that could not be read', JSON.stringify(payload).slice(0, 120));
      assert.deepEqual(problem.actions, ['retry', 'showLogs']);
    }
  });

  test('a huge, hostile FailureReason is shown as text', async () => {
    const reason = '<script>alert(1)</script><img src=x onerror=alert(2)>'.repeat(20_000);
    fake.put(endpointPayload('ep', 'Failed', { FailureReason: reason }));
    const { gateway } = open();
    const view = await gateway.describeEndpoint('ep');
    assert.equal(view.status, 'Failed');
    const html = renderStatusHtml({ view, endpointName: 'ep', loading: false, now: new Date(), nonce: 'nonce-for-tests-0001', cspSource: 'vscode-webview://x' });
    assert.doesNotMatch(html, /<script>alert|<img src=x/);
    assert.match(html, /&lt;script&gt;alert\(1\)/);
  });

  test('a hang → timeout problem exactly at timeoutMs (fake clock), and the gateway still works afterwards', async () => {
    fake.put(endpointPayload('slow', 'InService')).script('slow', { type: 'hang' });
    const clock = new FakeClock();
    const { gateway, lines } = open({ timeoutMs: 500, clock: clock.api });
    let settled = false;
    const pending = problemOf(gateway.describeEndpoint('slow')).finally(() => (settled = true));
    await until(() => fake.requests.length === 1, 'the request reaching the fake');
    assert.deepEqual([...clock.timers.values()].map((t) => t.at), [500], 'one deadline, timeoutMs from the start');
    await clock.advance(499);
    assert.equal(settled, false, 'nothing gives up before the deadline');
    await clock.advance(1);
    const problem = await pending;
    assert.equal(problem.kind, 'timeout');
    assert.match(problem.detail, /within 0\.5 s/);
    assert.match(lines.at(-1)!, /timed out after 500 ms/);
    assert.equal(fake.requests.length, 1, 'the deadline covers the retries too');
    assert.equal((await gateway.describeEndpoint('slow')).status, 'InService');
    assert.equal(clock.timers.size, 0, 'a finished request leaves no deadline behind');
  });

  test('a connection reset every time → network problem', async () => {
    fake.setAlways('ep', { type: 'reset' });
    const { gateway } = open();
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'network');
    assert.match(problem.detail, /reset/);
  });

  test('a connection reset once is retried by the SDK', async () => {
    fake.put(endpointPayload('ep', 'Creating')).script('ep', { type: 'reset' });
    const { gateway } = open();
    assert.equal((await gateway.describeEndpoint('ep')).status, 'Creating');
    assert.equal(fake.requests.length, 2);
  });

  test('a closed port → network problem saying the connection was refused', async () => {
    const port = await closedPort();
    // The deadline's clock never moves: the answer comes from the refused connection, not from giving up.
    const { gateway, lines } = open({ endpointUrl: `http://127.0.0.1:${port}`, timeoutMs: 5000, clock: new FakeClock().api });
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'network');
    assert.match(problem.detail, /connection refused by 127\.0\.0\.1:\d+/);
    assert.match(lines.at(-1)!, /-> no HTTP response .*\(network\), 3 attempts, 0 ms$/);
  });

  test('an endpoint URL that is not a URL is reported without any request', async () => {
    const { gateway } = open({ endpointUrl: 'not a url' });
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'network');
    assert.match(problem.title, /endpoint URL/);
  });
});

describe('names and regions are checked before any request', () => {
  for (const region of ['us-moon-1', 'mars', 'US-EAST-1', 'aws-global', 'us-east-1.evil.example', 'eu-west-99']) {
    test(`region ${JSON.stringify(region)} → unknownRegion, nothing sent`, async () => {
      const { gateway } = open({ region });
      const problem = await expectKind(gateway.describeEndpoint('ep'), 'unknownRegion');
      assert.ok(problem.actions.includes('openSettings'));
      await expectKind(gateway.listEndpoints(), 'unknownRegion');
      await expectKind(gateway.resolveRegion(), 'unknownRegion');
      assert.equal(fake.requests.length, 0);
    });
  }

  test('an unknown region from AWS_REGION is caught too', async () => {
    withEnv({ region: 'xx-nowhere-7' });
    const { gateway } = open({ region: undefined });
    await expectKind(gateway.describeEndpoint('ep'), 'unknownRegion');
    assert.equal(fake.requests.length, 0);
  });

  test('no region anywhere → noRegion, nothing sent', async () => {
    const { gateway } = open({ region: undefined });
    const problem = await expectKind(gateway.resolveRegion(), 'noRegion');
    assert.ok(problem.actions.includes('openSettings'));
    await expectKind(gateway.describeEndpoint('ep'), 'noRegion');
    assert.equal(fake.requests.length, 0);
  });

  test('the region setting wins; else AWS_REGION; else the profile', async () => {
    withEnv({ region: 'eu-west-2', configFile: '[default]\nregion = ap-southeast-2\n[profile other]\nregion = ca-central-1\n' });
    assert.equal(await open({ region: 'sa-east-1' }).gateway.resolveRegion(), 'sa-east-1');
    assert.equal(await open({ region: undefined }).gateway.resolveRegion(), 'eu-west-2');
    withEnv({ configFile: '[default]\nregion = ap-southeast-2\n[profile other]\nregion = ca-central-1\n' });
    assert.equal(await open({ region: undefined }).gateway.resolveRegion(), 'ap-southeast-2');
    assert.equal(await open({ region: undefined, profile: 'other' }).gateway.resolveRegion(), 'ca-central-1');
  });

  for (const name of ['', '-leading', 'trailing-', 'has_underscore', 'a'.repeat(64), 'x"><script>', 'spa ce']) {
    test(`endpoint name ${JSON.stringify(name.length > 20 ? `${name.slice(0, 10)}…` : name)} → invalidName, nothing sent`, async () => {
      const { gateway } = open();
      await expectKind(gateway.describeEndpoint(name), 'invalidName');
      assert.equal(fake.requests.length, 0);
    });
  }

  test('isKnownRegion follows the SDK partition data', () => {
    for (const r of ['us-east-1', 'eu-central-2', 'ap-southeast-5', 'il-central-1', 'cn-north-1', 'us-gov-west-1', 'us-iso-east-1']) assert.ok(isKnownRegion(r), r);
    for (const r of ['', 'us-east-99', 'aws-global', 'aws-cn-global', 'US-EAST-1', 'useast1', 'us-east-1a', 'local']) assert.ok(!isKnownRegion(r), r);
  });
});

describe('credentials', () => {
  // The deadline's clock never moves in these: an answer proves the chain ended on its own, not by the deadline.
  test('no credentials anywhere → noCredentials without any request or metadata-service call', { timeout: 20_000 }, async () => {
    withEnv({ envKeys: false });
    const { gateway, lines } = open({ clock: new FakeClock().api });
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'noCredentials');
    assert.equal(problem.title, 'No AWS credentials were found');
    assert.ok(problem.actions.includes('openSettings'));
    assert.equal(fake.requests.length, 0);
    assert.deepEqual(guard.blocked, []);
    assert.match(lines[0]!, /no HTTP response/);
  });

  test('by default the chain never asks the instance metadata service, even when AWS_EC2_METADATA_DISABLED is unset', { timeout: 20_000 }, async () => {
    withEnv({ envKeys: false });
    delete process.env.AWS_EC2_METADATA_DISABLED;
    const { gateway } = open({ clock: new FakeClock().api });
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'noCredentials');
    assert.equal(problem.title, 'No AWS credentials were found');
    assert.deepEqual(guard.blocked, []);
    assert.equal(fake.requests.length, 0);
  });

  test('a named profile with static keys is used (and wins over keys in the environment)', async () => {
    const profileKey = 'AKIAPROFILEKEY000001';
    withEnv({
      credentialsFile: `[dev]\naws_access_key_id = ${profileKey}\naws_secret_access_key = profileSecretDoNotLog123\n`,
      configFile: '[profile dev]\nregion = eu-west-1\n',
    });
    fake.put(endpointPayload('ep', 'InService'));
    const { gateway } = open({ region: undefined, profile: 'dev' });
    assert.equal(await gateway.resolveRegion(), 'eu-west-1');
    // The SDK warns once on the console that both a profile and environment keys are set; keep the output quiet.
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    const view = await gateway.describeEndpoint('ep').finally(() => (console.warn = warn));
    for (const w of warnings) assert.ok(!w.includes(FAKE_SECRET) && !w.includes('profileSecretDoNotLog123'));
    assert.equal(view.region, 'eu-west-1');
    assert.match(String(fake.requests[0]!.headers.authorization), new RegExp(`Credential=${profileKey}/\\d{8}/eu-west-1/sagemaker/aws4_request`));
  });

  test('a profile that does not exist → noCredentials with a clear message', { timeout: 20_000 }, async () => {
    withEnv({ envKeys: false });
    const { gateway } = open({ profile: 'missing', clock: new FakeClock().api });
    const problem = await expectKind(gateway.describeEndpoint('ep'), 'noCredentials');
    assert.equal(fake.requests.length, 0);
    assert.equal(problem.title, 'No AWS credentials were found');
    assert.match(problem.detail, /^No usable credentials were found in the environment, .*\. Sign in with `aws configure`/);
    // Said once: the SDK chain's own sentence (which lists the same places) is in the log, not repeated here.
    assert.equal(problem.detail.match(/credentials files/g)?.length, 1, problem.detail);
    assert.ok(problem.detail.length < 600);
  });

  test('a session token is sent as X-Amz-Security-Token', async () => {
    withEnv({ envKeys: { accessKeyId: 'ASIAFAKESESSION00001', secretAccessKey: FAKE_SECRET, sessionToken: FAKE_SESSION_TOKEN } });
    fake.put(endpointPayload('ep', 'InService'));
    const { gateway } = open();
    await gateway.describeEndpoint('ep');
    assert.equal(fake.requests[0]!.headers['x-amz-security-token'], FAKE_SESSION_TOKEN);
  });

  test('log lines never contain the key, secret, session token, Authorization or a signature', async () => {
    const keyId = 'ASIAFAKESESSION00002';
    withEnv({ envKeys: { accessKeyId: keyId, secretAccessKey: FAKE_SECRET, sessionToken: FAKE_SESSION_TOKEN } });
    fake.put(endpointPayload('ok-ep', 'Creating'));
    fake.listed = Array.from({ length: 3 }, (_, i) => ({ EndpointName: `e${i}`, EndpointArn: arnOf(`e${i}`), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'InService' }));
    fake.pageSize = 2;
    fake.setAlways('denied', accessDenied()).setAlways('expired', expiredToken()).setAlways('bad', unrecognizedClient());
    fake.script('busy', throttling(), throttling(), throttling()).script('slow', { type: 'hang' }).setAlways('broken', { type: 'garbage', body: `{"token": "${FAKE_SESSION_TOKEN}` });
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const { gateway } = open({ log, timeoutMs: 5000 });
    const clock = new FakeClock();
    const { gateway: impatient } = open({ log, timeoutMs: 700, clock: clock.api });
    await gateway.describeEndpoint('ok-ep');
    await gateway.listEndpoints();
    for (const name of ['denied', 'expired', 'bad', 'busy', 'broken', 'ghost', 'bad_name']) await problemOf(gateway.describeEndpoint(name));
    const slow = problemOf(impatient.describeEndpoint('slow'));
    await until(() => fake.requestsFor('DescribeEndpoint').some((r) => r.body?.EndpointName === 'slow'), 'the slow request');
    await clock.advance(700);
    await slow;

    assert.ok(fake.requests.length >= 10);
    for (const r of fake.requests) {
      assert.match(String(r.headers.authorization), /Signature=[0-9a-f]{64}/, 'the requests were signed');
      assert.equal(r.headers['x-amz-security-token'], FAKE_SESSION_TOKEN);
    }
    assert.equal(lines.length, 11, lines.join('\n'));
    for (const line of lines) {
      for (const secret of [keyId, FAKE_SECRET, FAKE_SESSION_TOKEN, 'Signature=', 'AWS4-HMAC-SHA256', 'Credential=', 'authorization', 'Authorization']) {
        assert.ok(!line.includes(secret), `log line leaks ${secret}: ${line}`);
      }
      assert.doesNotMatch(line, /\n/);
    }
    assert.match(lines[0]!, /^DescribeEndpoint "ok-ep" us-east-1 -> HTTP 200, 1 attempt, \d+ ms$/);
    assert.match(lines[1]!, /^ListEndpoints page 1 us-east-1 -> HTTP 200/);
    assert.ok(lines.some((l) => /"busy" us-east-1 -> HTTP 400 ThrottlingException.*\(throttled\), 3 attempts/.test(l)));
    assert.ok(lines.some((l) => /"slow" us-east-1 -> timed out after 700 ms/.test(l)));
    assert.ok(lines.some((l) => /"bad_name" -> invalidName, no request sent/.test(l)));
  });

  test('redact() removes anything credential-shaped', () => {
    const line = redact(
      `x AKIAABCDEFGHIJKLMNOP Credential=AKIA/20250101/us-east-1/sagemaker/aws4_request, Signature=${'a'.repeat(64)} X-Amz-Security-Token=abc Authorization: AWS4 y`,
    );
    assert.doesNotMatch(line, /AKIAABCDEFGHIJKLMNOP|aaaa|abc|AWS4 y/);
  });
});

describe('dispose', () => {
  test('aborts a request in flight and refuses new ones', async () => {
    fake.script('slow', { type: 'hang' });
    // The deadline's clock never moves: only dispose can end the hanging request.
    const { gateway } = open({ timeoutMs: 5000, clock: new FakeClock().api });
    const pending = problemOf(gateway.describeEndpoint('slow'));
    await until(() => fake.requests.length === 1, 'the request reaching the fake');
    gateway.dispose();
    const problem = await pending;
    assert.equal(problem.kind, 'service');
    assert.equal(problem.title, 'The SageMaker connection was closed');
    await expectKind(gateway.describeEndpoint('ep'), 'service');
    gateway.dispose();
  });
});
