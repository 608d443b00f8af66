// GetMetricData through the gateway: the real AWS SDK for CloudWatch, over real HTTP, to the fake CloudWatch on
// 127.0.0.1 (AWS JSON 1.0, as the SDK speaks it). Fake static credentials from the environment, the metadata service
// disabled, and a network guard that refuses anything but loopback.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { createGateway, type GatewayOptions, type SageMakerGateway } from '../../../client/src/aws/index';
import { MAX_PAGES } from '../../../client/src/aws/metricData';
import { renderMetricsSection } from '../../../client/src/metrics/metricsHtml';
import { planMetrics, type VariantTarget } from '../../../client/src/metrics/queries';
import { toVariantCharts } from '../../../client/src/metrics/series';
import type { StatusProblem } from '../../../client/src/status/problems';
import { guardNetwork, useAwsEnv, type AwsEnv, type NetworkGuard } from '../../support/awsEnv';
import { CLOUDWATCH_CONTENT_TYPE, CLOUDWATCH_TARGET, FakeCloudWatch, cloudWatchDenied, cloudWatchThrottled, type MetricKey } from '../../support/fakeCloudWatch';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const SECONDS = NOW / 1000;
const VARIANT: VariantTarget = { name: 'AllTraffic', kind: 'instance', shadow: false };
const invocations = (variant = 'AllTraffic', endpoint = 'ep'): MetricKey => ({ namespace: 'AWS/SageMaker', metricName: 'Invocations', stat: 'Sum', endpoint, variant });
const p99 = (variant = 'AllTraffic'): MetricKey => ({ namespace: 'AWS/SageMaker', metricName: 'ModelLatency', stat: 'p99', endpoint: 'ep', variant });

let fake: FakeCloudWatch;
let guard: NetworkGuard;
let env: AwsEnv;
const opened: SageMakerGateway[] = [];
const lines: string[] = [];

before(async () => {
  guard = guardNetwork();
  fake = await FakeCloudWatch.start();
});
after(async () => {
  await fake.close();
  guard.uninstall();
  assert.deepEqual(guard.blocked, [], 'nothing but loopback was contacted');
});
beforeEach(() => {
  env = useAwsEnv({ region: 'us-east-1' });
  fake.reset();
  lines.length = 0;
});
afterEach(() => {
  for (const g of opened.splice(0)) g.dispose();
  env.restore();
});

function gateway(options: Partial<GatewayOptions> = {}): SageMakerGateway {
  const g = createGateway({ region: 'us-east-1', cloudWatchEndpointUrl: fake.url, timeoutMs: 5000, maxAttempts: 2, retryDelayMs: () => 0, log: (l) => lines.push(l), ...options });
  opened.push(g);
  return g;
}

async function problemOf(promise: Promise<unknown>): Promise<StatusProblem> {
  try {
    await promise;
  } catch (error) {
    return (error as { problem: StatusProblem }).problem;
  }
  assert.fail('expected a problem');
}

describe('GetMetricData over HTTP', () => {
  test('data: the SDK speaks AWS JSON 1.0, signs for "monitoring", and every series comes back by its id', async () => {
    fake.put(invocations(), [[SECONDS - 600, 5], [SECONDS - 540, 7]]);
    fake.put(p99(), [[SECONDS - 600, 12_500]]);
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const answer = await gateway().getMetricData!('ep', plan);
    const [request] = fake.requests;
    assert.equal(fake.requests.length, 1);
    assert.equal(request!.headers['content-type'], CLOUDWATCH_CONTENT_TYPE);
    assert.equal(request!.target, CLOUDWATCH_TARGET);
    assert.match(String(request!.headers.authorization), /Credential=AKIA[A-Z0-9]+\/\d{8}\/us-east-1\/monitoring\/aws4_request/);
    assert.equal(request!.body!.StartTime, plan.start / 1000);
    assert.equal(request!.body!.EndTime, plan.end / 1000);
    assert.equal((request!.body!.MetricDataQueries as unknown[]).length, plan.queries.length);
    const [group] = toVariantCharts(plan, answer);
    assert.deepEqual(group!.charts.find((c) => c.key === 'invocations')!.series[0]!.points, [
      { t: NOW - 600_000, v: 5 },
      { t: NOW - 540_000, v: 7 },
    ]);
    assert.deepEqual(group!.charts.find((c) => c.key === 'modelLatency')!.series[1]!.points, [{ t: NOW - 600_000, v: 12.5 }], 'µs shown as ms');
    assert.match(lines.join('\n'), /GetMetricData page 1 "ep" us-east-1 -> HTTP 200, 1 attempt/);
  });

  test('empty: CloudWatch has no data, every chart says so', async () => {
    const plan = planMetrics('ep', [VARIANT], '3h', NOW);
    const answer = await gateway().getMetricData!('ep', plan);
    const html = renderMetricsSection({ range: '3h', loading: false, groups: toVariantCharts(plan, answer), window: plan, format: { timeZone: 'UTC' } });
    assert.equal((html.match(/No data in this range\./g) ?? []).length, 9, 'nine charts for an instance variant, none with data');
    assert.ok(!html.includes('<svg'));
  });

  test('paging: NextToken is followed and the pages of each series are joined; PartialData on the way is not kept', async () => {
    const points: [number, number][] = Array.from({ length: 7 }, (_, i) => [SECONDS - 3000 + i * 60, i]);
    fake.put(invocations(), points);
    fake.pageSize = 3;
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const answer = await gateway().getMetricData!('ep', plan);
    assert.equal(fake.requests.length, 3);
    assert.equal(fake.requests[1]!.body!.NextToken, Buffer.from('offset:3').toString('base64'));
    const [group] = toVariantCharts(plan, answer);
    const series = group!.charts[0]!.series[0]!;
    assert.deepEqual(series.points.map((p) => p.v), [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(series.status, 'complete');
    assert.equal(answer.truncated, false);
  });

  test('paging is bounded: a service that never stops sending NextToken gets MAX_PAGES requests, and the charts say partial', async () => {
    fake.put(invocations(), [[SECONDS - 600, 1]]);
    fake.endless = true;
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const answer = await gateway().getMetricData!('ep', plan);
    assert.ok(fake.requests.length <= MAX_PAGES);
    assert.equal(answer.truncated, true);
    const [group] = toVariantCharts(plan, answer);
    assert.equal(group!.charts[0]!.series[0]!.status, 'partial');
  });

  test('a series CloudWatch refuses (Forbidden) is marked, the others are drawn', async () => {
    fake.put(invocations(), [[SECONDS - 600, 1]]);
    fake.status(p99(), 'Forbidden');
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const [group] = toVariantCharts(plan, await gateway().getMetricData!('ep', plan));
    assert.equal(group!.charts.find((c) => c.key === 'modelLatency')!.series[1]!.status, 'forbidden');
    assert.equal(group!.charts[0]!.series[0]!.points.length, 1);
  });

  test('denied: the problem names cloudwatch:GetMetricData, and the section shows it with its actions', async () => {
    fake.setAlways(cloudWatchDenied());
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const problem = await problemOf(gateway().getMetricData!('ep', plan));
    assert.equal(problem.kind, 'accessDenied');
    assert.match(problem.detail, /not allowed to call cloudwatch:GetMetricData/);
    assert.match(problem.detail, /Ask for the cloudwatch:GetMetricData permission/);
    assert.equal(fake.requests.length, 1, 'access denied is not retried');
    const html = renderMetricsSection({ range: '1h', loading: false, problem });
    assert.match(html, /role="alert" data-kind="accessDenied"/);
    assert.ok(html.includes('cloudwatch:GetMetricData'));
    assert.match(html, /data-action="openSettings"/);
  });

  test('throttling: the SDK retries, then the problem says CloudWatch is throttling', async () => {
    fake.setAlways(cloudWatchThrottled());
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const problem = await problemOf(gateway({ maxAttempts: 3 }).getMetricData!('ep', plan));
    assert.equal(problem.kind, 'throttled');
    assert.equal(problem.title, 'CloudWatch is throttling requests');
    assert.match(problem.detail, /gave up after 3 attempts/);
    assert.equal(fake.requests.length, 3);
  });

  test('throttled once, then served: the retry fetches the data', async () => {
    fake.put(invocations(), [[SECONDS - 600, 3]]);
    fake.script(cloudWatchThrottled());
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const answer = await gateway().getMetricData!('ep', plan);
    assert.equal(fake.requests.length, 2);
    assert.equal(answer.results.find((r) => r.id === 'q0')!.values[0], 3);
  });

  test('hostile strings: a variant name and an error message full of markup reach CloudWatch as data and the page escaped', async () => {
    const hostile = 'v<script>alert(1)</script>"&\'';
    fake.put(invocations(hostile), [[SECONDS - 600, 9]]);
    const plan = planMetrics('ep', [{ name: hostile, kind: 'instance', shadow: false }], '1h', NOW);
    const answer = await gateway().getMetricData!('ep', plan);
    const dims = ((fake.requests[0]!.body!.MetricDataQueries as { MetricStat: { Metric: { Dimensions: unknown } } }[])[0]!.MetricStat.Metric.Dimensions);
    assert.deepEqual(dims, [
      { Name: 'EndpointName', Value: 'ep' },
      { Name: 'VariantName', Value: hostile },
    ]);
    const html = renderMetricsSection({ range: '1h', loading: false, groups: toVariantCharts(plan, answer), window: plan });
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('v&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;'));

    fake.setAlways({ type: 'awsError', code: 'InvalidParameterValue', message: '<img src=x onerror=alert(1)> `rm -rf` \n second line' });
    const problem = await problemOf(gateway().getMetricData!('ep', plan));
    const problemHtml = renderMetricsSection({ range: '1h', loading: false, problem });
    assert.ok(!problemHtml.includes('<img'));
    assert.ok(!problem.detail.includes('second line'), 'one line of the message only');
  });

  test('an answer that is not GetMetricData-shaped is an unreadable-answer problem', async () => {
    fake.setAlways({ type: 'garbage', body: '{"MetricDataResults": {"not": "a list"}}' });
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const problem = await problemOf(gateway().getMetricData!('ep', plan));
    assert.equal(problem.title, 'CloudWatch sent an answer that could not be read');
  });

  test('no request while SageMaker goes to a custom endpoint URL and CloudWatch has none; an invalid CloudWatch URL says so', async () => {
    const plan = planMetrics('ep', [VARIANT], '1h', NOW);
    const redirected = await problemOf(gateway({ endpointUrl: 'http://127.0.0.1:9', cloudWatchEndpointUrl: undefined }).getMetricData!('ep', plan));
    assert.match(redirected.title, /Metrics are not fetched while SageMaker requests go to a custom endpoint URL/);
    assert.match(redirected.detail, /sagemakerTerraform\.aws\.cloudWatchEndpointUrl/);
    const invalid = await problemOf(gateway({ cloudWatchEndpointUrl: 'ftp://nope' }).getMetricData!('ep', plan));
    assert.match(invalid.detail, /cloudWatchEndpointUrl/);
    assert.equal(fake.requests.length, 0);
    assert.match(lines.join('\n'), /GetMetricData "ep" -> network, no request sent/);
  });
});
