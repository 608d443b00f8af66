import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHARTS, chartsFor } from '../../../../client/src/metrics/catalog';
import { MAX_POINTS_PER_SERIES, MAX_VARIANTS, periodFor, planMetrics, RANGES, variantTargets, type MetricsRange } from '../../../../client/src/metrics/queries';
import type { VariantView } from '../../../../client/src/status/model';

const variant = (name: string, extra: Partial<VariantView> = {}): VariantView => ({ name, statuses: [], ...extra });
const NOW = Date.UTC(2026, 0, 1, 12, 0, 30);

test('each range gets the shortest CloudWatch period that keeps a series within 360 points', () => {
  const expected: Record<MetricsRange, number> = { '1h': 60, '3h': 60, '24h': 300, '7d': 1800 };
  for (const [range, period] of Object.entries(expected) as [MetricsRange, number][]) {
    const seconds = RANGES[range].seconds;
    assert.equal(periodFor(seconds), period, range);
    assert.ok(seconds / period <= MAX_POINTS_PER_SERIES, `${range}: ${seconds / period} points`);
    assert.equal(period % 60, 0);
  }
});

test('the window ends at the next period boundary and spans the range exactly', () => {
  const plan = planMetrics('ep', [{ name: 'AllTraffic', kind: 'instance', shadow: false }], '24h', NOW);
  assert.equal(plan.period, 300);
  assert.equal(plan.end % (300 * 1000), 0);
  assert.ok(plan.end >= NOW && plan.end - NOW < 300 * 1000);
  assert.equal(plan.end - plan.start, 24 * 3600 * 1000);
});

test('instance variants get invocations, errors, latencies and the five utilizations; serverless ones the serverless metrics', () => {
  const keys = (kind: Parameters<typeof chartsFor>[0]) => chartsFor(kind).map((c) => c.key);
  assert.deepEqual(keys('instance'), ['invocations', 'errors', 'modelLatency', 'overheadLatency', 'cpu', 'memory', 'gpu', 'gpuMemory', 'disk']);
  assert.deepEqual(keys('serverless'), ['invocations', 'errors', 'modelLatency', 'overheadLatency', 'modelSetupTime', 'concurrency', 'memory']);
  assert.deepEqual(keys('provisioned'), [
    'invocations',
    'errors',
    'modelLatency',
    'overheadLatency',
    'modelSetupTime',
    'concurrency',
    'provisionedUtilization',
    'provisionedInvocations',
    'memory',
  ]);
  const latency = CHARTS.find((c) => c.key === 'modelLatency')!;
  assert.deepEqual(latency.series.map((s) => [s.namespace, s.metricName, s.stat, s.scale]), [
    ['AWS/SageMaker', 'ModelLatency', 'Average', 0.001],
    ['AWS/SageMaker', 'ModelLatency', 'p99', 0.001],
  ]);
  assert.equal(CHARTS.find((c) => c.key === 'cpu')!.series[0]!.namespace, '/aws/sagemaker/Endpoints');
  assert.deepEqual(CHARTS.find((c) => c.key === 'errors')!.series.map((s) => s.metricName), ['Invocation4XXErrors', 'Invocation5XXErrors']);
});

test('variants: kind from the serverless config, production before shadow, no repeats, at most MAX_VARIANTS', () => {
  const targets = variantTargets({
    variants: [
      variant('a'),
      variant('b', { serverless: { memorySizeInMb: 2048, maxConcurrency: 5 } }),
      variant('c', { serverless: { memorySizeInMb: 2048, maxConcurrency: 5, provisionedConcurrency: 2 } }),
      variant('a'),
      variant(''),
    ],
    shadowVariants: [variant('s')],
  });
  assert.deepEqual(targets, [
    { name: 'a', kind: 'instance', shadow: false },
    { name: 'b', kind: 'serverless', shadow: false },
    { name: 'c', kind: 'provisioned', shadow: false },
    { name: 's', kind: 'instance', shadow: true },
  ]);
  const many = variantTargets({ variants: Array.from({ length: 50 }, (_, i) => variant(`v${i}`)), shadowVariants: [] });
  assert.equal(many.length, MAX_VARIANTS);
});

test('query ids are ours (q0, q1...) and unique; hostile names only ever become dimension values', () => {
  const hostile = '<script>alert(1)</script>"\u0000';
  const plan = planMetrics('ep', [
    { name: hostile, kind: 'instance', shadow: false },
    { name: 'sl', kind: 'provisioned', shadow: false },
  ], '3h', NOW);
  const ids = plan.queries.map((q) => q.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^q\d+$/);
  assert.ok(plan.queries.length <= 500);
  assert.deepEqual(plan.queries[0]!.dimensions, [
    { name: 'EndpointName', value: 'ep' },
    { name: 'VariantName', value: hostile },
  ]);
  assert.equal(plan.charts.reduce((n, c) => n + c.series.length, 0), plan.queries.length, 'every query belongs to one chart');
  for (const q of plan.queries) assert.equal(q.period, 60);
});
