import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planMetrics } from '../../../../client/src/metrics/queries';
import { MAX_POINTS_KEPT, toVariantCharts } from '../../../../client/src/metrics/series';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const plan = planMetrics('ep', [{ name: 'AllTraffic', kind: 'instance', shadow: false }], '1h', NOW);
const idOf = (metricName: string, stat: string) => plan.queries.find((q) => q.metricName === metricName && q.stat === stat)!.id;
const t = (minutesAgo: number) => NOW - minutesAgo * 60_000;

test('results map to their chart by id; microseconds become ms; points are sorted, the first of a repeated time kept', () => {
  const [group] = toVariantCharts(plan, {
    truncated: false,
    results: [
      { id: idOf('ModelLatency', 'p99'), timestamps: [t(1), t(3), t(2), t(3)], values: [3000, 1000, 2000, 9999], status: 'Complete' },
      { id: idOf('Invocations', 'Sum'), timestamps: [t(5)], values: [42], status: 'Complete' },
      { id: 'q999', timestamps: [t(1)], values: [1], status: 'Complete' },
    ],
  });
  assert.equal(group!.variant.name, 'AllTraffic');
  const latency = group!.charts.find((c) => c.key === 'modelLatency')!;
  assert.equal(latency.unit, 'ms');
  assert.deepEqual(latency.series.map((s) => s.label), ['average', 'p99']);
  assert.deepEqual(latency.series[0]!.points, []);
  assert.deepEqual(latency.series[1]!.points, [
    { t: t(3), v: 1 },
    { t: t(2), v: 2 },
    { t: t(1), v: 3 },
  ]);
  assert.deepEqual(group!.charts.find((c) => c.key === 'invocations')!.series[0]!.points, [{ t: t(5), v: 42 }]);
});

test('non-finite values and times outside the window are dropped; statuses say partial, forbidden or failed', () => {
  const [group] = toVariantCharts(plan, {
    truncated: false,
    results: [
      { id: idOf('Invocations', 'Sum'), timestamps: [t(1), Number.NaN, t(2), t(600), t(-600)], values: [Number.POSITIVE_INFINITY, 1, 5, 6, 7], status: 'PartialData' },
      { id: idOf('Invocation4XXErrors', 'Sum'), timestamps: [], values: [], status: 'Forbidden' },
      { id: idOf('Invocation5XXErrors', 'Sum'), timestamps: [], values: [], status: 'InternalError' },
    ],
  });
  const invocations = group!.charts.find((c) => c.key === 'invocations')!.series[0]!;
  assert.deepEqual(invocations.points, [{ t: t(2), v: 5 }]);
  assert.equal(invocations.status, 'partial');
  assert.deepEqual(group!.charts.find((c) => c.key === 'errors')!.series.map((s) => s.status), ['forbidden', 'failed']);
  const [truncated] = toVariantCharts(plan, { truncated: true, results: [] });
  assert.ok(truncated!.charts.every((c) => c.series.every((s) => s.status === 'partial')));
});

test('a series keeps at most MAX_POINTS_KEPT points, first and last included, whatever the answer holds', () => {
  const n = 20_000;
  const timestamps = Array.from({ length: n }, (_, i) => plan.start + Math.floor((i * (plan.end - plan.start)) / n));
  const [group] = toVariantCharts(plan, { truncated: false, results: [{ id: idOf('Invocations', 'Sum'), timestamps, values: timestamps.map((_, i) => i), status: 'Complete' }] });
  const points = group!.charts[0]!.series[0]!.points;
  assert.equal(points.length, MAX_POINTS_KEPT);
  assert.equal(points[0]!.v, 0);
  assert.equal(points[points.length - 1]!.v, n - 1);
});
