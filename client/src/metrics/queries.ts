// The GetMetricData request behind an endpoint's charts: which variants, which time window, which period, and one
// query per series with an id of our own (`q0`, `q1`...), so nothing AWS or a document wrote ever becomes an id and
// the answer maps back to its chart by id alone. Pure: no SDK, no `vscode`.
import type { EndpointView, VariantView } from '../status/model';
import { chartsFor, type ChartSpec, type SeriesSpec, type VariantKind } from './catalog';

export type MetricsRange = '1h' | '3h' | '24h' | '7d';

export const RANGES: Readonly<Record<MetricsRange, { label: string; seconds: number }>> = {
  '1h': { label: '1 h', seconds: 3600 },
  '3h': { label: '3 h', seconds: 3 * 3600 },
  '24h': { label: '24 h', seconds: 24 * 3600 },
  '7d': { label: '7 d', seconds: 7 * 86400 },
};

export const DEFAULT_RANGE: MetricsRange = '3h';

export function isMetricsRange(value: unknown): value is MetricsRange {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RANGES, value);
}

/** The most points one series is asked for. */
export const MAX_POINTS_PER_SERIES = 360;

/** Periods CloudWatch accepts for standard-resolution metrics (multiples of 60 s), shortest first. */
const PERIODS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** The shortest period that keeps a range within MAX_POINTS_PER_SERIES points. */
export function periodFor(rangeSeconds: number): number {
  return PERIODS.find((p) => Math.ceil(rangeSeconds / p) <= MAX_POINTS_PER_SERIES) ?? PERIODS[PERIODS.length - 1]!;
}

/** Variants charted at most (an endpoint has at most 10 production variants and 10 shadow ones). */
export const MAX_VARIANTS = 20;

export interface VariantTarget {
  name: string;
  kind: VariantKind;
  shadow: boolean;
}

export function variantKind(variant: VariantView): VariantKind {
  if (!variant.serverless) return 'instance';
  return variant.serverless.provisionedConcurrency !== undefined && variant.serverless.provisionedConcurrency > 0 ? 'provisioned' : 'serverless';
}

/** The live variants of an endpoint, production first, without repeats and capped at MAX_VARIANTS. */
export function variantTargets(view: Pick<EndpointView, 'variants' | 'shadowVariants'>): VariantTarget[] {
  const seen = new Set<string>();
  const targets: VariantTarget[] = [];
  const add = (variants: VariantView[], shadow: boolean) => {
    for (const v of variants) {
      if (targets.length >= MAX_VARIANTS || !v.name || seen.has(v.name)) continue;
      seen.add(v.name);
      targets.push({ name: v.name, kind: variantKind(v), shadow });
    }
  };
  add(view.variants, false);
  add(view.shadowVariants, true);
  return targets;
}

export interface MetricQuery {
  id: string;
  namespace: string;
  metricName: string;
  dimensions: { name: string; value: string }[];
  stat: string;
  period: number;
}

export interface PlannedChart {
  variant: VariantTarget;
  spec: ChartSpec;
  series: { id: string; spec: SeriesSpec }[];
}

export interface MetricsPlan {
  range: MetricsRange;
  period: number;
  /** Epoch ms; the window ends at the next period boundary after `now`, so buckets stay aligned between refreshes. */
  start: number;
  end: number;
  queries: MetricQuery[];
  charts: PlannedChart[];
}

export function planMetrics(endpointName: string, variants: VariantTarget[], range: MetricsRange, now: number): MetricsPlan {
  const seconds = RANGES[range].seconds;
  const period = periodFor(seconds);
  const end = Math.ceil(now / (period * 1000)) * period * 1000;
  const start = end - seconds * 1000;
  const queries: MetricQuery[] = [];
  const charts: PlannedChart[] = [];
  for (const variant of variants) {
    const dimensions = [
      { name: 'EndpointName', value: endpointName },
      { name: 'VariantName', value: variant.name },
    ];
    for (const spec of chartsFor(variant.kind)) {
      const series = spec.series.map((s) => {
        const id = `q${queries.length}`;
        queries.push({ id, namespace: s.namespace, metricName: s.metricName, dimensions, stat: s.stat, period });
        return { id, spec: s };
      });
      charts.push({ variant, spec, series });
    }
  }
  return { range, period, start, end, queries, charts };
}
