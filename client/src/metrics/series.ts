// A GetMetricData answer turned into what the charts draw: per variant, per chart, per series, points sorted by time
// with the chart's scale applied. What CloudWatch (or whatever answers at the endpoint URL) sends is judged here:
// results are matched to the plan by our own ids only, non-finite values and timestamps are dropped, repeats of a
// timestamp keep the first value, and a series holds at most MAX_POINTS_KEPT points.
import type { ChartUnit } from './catalog';
import type { MetricsPlan, VariantTarget } from './queries';

/** One query's data as the gateway collected it over all pages (timestamps in epoch ms). */
export interface MetricResult {
  id: string;
  timestamps: number[];
  values: number[];
  /** CloudWatch's StatusCode: Complete, PartialData, InternalError or Forbidden. */
  status: string;
}

export interface MetricDataAnswer {
  results: MetricResult[];
  /** True when paging stopped before CloudWatch said it was done. */
  truncated: boolean;
}

export interface Point {
  t: number;
  v: number;
}

export interface SeriesModel {
  label: string;
  points: Point[];
  /** CloudWatch did not give all of this series (PartialData after paging), or refused it (Forbidden, InternalError). */
  status: 'complete' | 'partial' | 'forbidden' | 'failed';
}

export interface ChartModel {
  key: string;
  title: string;
  unit: ChartUnit;
  series: SeriesModel[];
}

export interface VariantCharts {
  variant: VariantTarget;
  charts: ChartModel[];
}

/** Points kept per series whatever an answer holds (the plan asks for at most 360). */
export const MAX_POINTS_KEPT = 1500;

export function toVariantCharts(plan: MetricsPlan, answer: MetricDataAnswer): VariantCharts[] {
  const byId = new Map<string, MetricResult>();
  for (const r of answer.results) if (!byId.has(r.id)) byId.set(r.id, r);
  const groups: VariantCharts[] = [];
  for (const planned of plan.charts) {
    let group = groups[groups.length - 1];
    if (!group || group.variant !== planned.variant) {
      group = { variant: planned.variant, charts: [] };
      groups.push(group);
    }
    group.charts.push({
      key: planned.spec.key,
      title: planned.spec.title,
      unit: planned.spec.unit,
      series: planned.series.map(({ id, spec }) => {
        const result = byId.get(id);
        return { label: spec.label, points: result ? pointsOf(result, spec.scale, plan) : [], status: statusOf(result, answer.truncated) };
      }),
    });
  }
  return groups;
}

function statusOf(result: MetricResult | undefined, truncated: boolean): SeriesModel['status'] {
  if (result?.status === 'Forbidden') return 'forbidden';
  if (result?.status === 'InternalError') return 'failed';
  return result?.status === 'PartialData' || truncated ? 'partial' : 'complete';
}

/** The result's points inside the plan's window, scaled, sorted, first value per timestamp, at most MAX_POINTS_KEPT. */
function pointsOf(result: MetricResult, scale: number, plan: MetricsPlan): Point[] {
  const n = Math.min(result.timestamps.length, result.values.length);
  const seen = new Set<number>();
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const t = result.timestamps[i]!;
    const v = result.values[i]! * scale;
    if (typeof t !== 'number' || !Number.isFinite(t) || !Number.isFinite(v) || seen.has(t)) continue;
    if (t < plan.start - plan.period * 1000 || t > plan.end) continue;
    seen.add(t);
    points.push({ t, v });
  }
  points.sort((a, b) => a.t - b.t);
  if (points.length <= MAX_POINTS_KEPT) return points;
  // Evenly spaced, first and last kept.
  const step = (points.length - 1) / (MAX_POINTS_KEPT - 1);
  return Array.from({ length: MAX_POINTS_KEPT }, (_, i) => points[Math.round(i * step)]!);
}
