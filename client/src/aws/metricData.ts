// GetMetricData for a metrics plan: the queries in requests of at most QUERIES_PER_REQUEST (so no answer passes
// CloudWatch's 100,800 data points per call), each followed through NextToken for at most MAX_PAGES pages, the values
// of every query collected across pages. Only the answer's shape is judged here (lists are lists, numbers numbers);
// series.ts judges the values. Part of the AWS bundle.
import type { GetMetricDataCommandInput, GetMetricDataCommandOutput } from '@aws-sdk/client-cloudwatch';
import type { MetricsPlan } from '../metrics/queries';
import { MAX_POINTS_KEPT, type MetricDataAnswer, type MetricResult } from '../metrics/series';

/** 250 queries × 360 points stays under the 100,800 data points one call may return. */
export const QUERIES_PER_REQUEST = 250;
/** Pages followed per request at most; past it the answer is marked truncated. */
export const MAX_PAGES = 10;
const MAX_TOKEN_CHARS = 8192;
/** Values kept per query across pages (series.ts keeps fewer); more are dropped as they come. */
const MAX_COLLECTED = 2 * MAX_POINTS_KEPT;

export type SendPage = (input: GetMetricDataCommandInput, label: string) => Promise<GetMetricDataCommandOutput>;

export async function collectMetricData(plan: MetricsPlan, send: SendPage): Promise<MetricDataAnswer> {
  const collected = new Map<string, MetricResult>();
  let truncated = false;
  for (let first = 0; first < plan.queries.length; first += QUERIES_PER_REQUEST) {
    const chunk = plan.queries.slice(first, first + QUERIES_PER_REQUEST);
    const wanted = new Set(chunk.map((q) => q.id));
    const input: GetMetricDataCommandInput = {
      StartTime: new Date(plan.start),
      EndTime: new Date(plan.end),
      ScanBy: 'TimestampAscending',
      MetricDataQueries: chunk.map((q) => ({
        Id: q.id,
        ReturnData: true,
        MetricStat: {
          Metric: { Namespace: q.namespace, MetricName: q.metricName, Dimensions: q.dimensions.map((d) => ({ Name: d.name, Value: d.value })) },
          Period: q.period,
          Stat: q.stat,
        },
      })),
    };
    const seen = new Set<string>();
    let token: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const output = await send(token ? { ...input, NextToken: token } : input, `page ${page}`);
      for (const result of listOf(output.MetricDataResults)) {
        if (typeof result !== 'object' || result === null) throw new TypeError('a metric result is not an object');
        const id = result.Id;
        if (typeof id !== 'string' || !wanted.has(id)) continue; // an id we did not ask for is ignored
        let into = collected.get(id);
        if (!into) {
          into = { id, timestamps: [], values: [], status: 'Complete' };
          collected.set(id, into);
        }
        const times = listOf(result.Timestamps);
        const values = listOf(result.Values);
        for (let i = 0; i < Math.min(times.length, values.length) && into.timestamps.length < MAX_COLLECTED; i++) {
          const t = times[i] instanceof Date ? (times[i] as Date).getTime() : Number.NaN;
          into.timestamps.push(t);
          into.values.push(typeof values[i] === 'number' ? (values[i] as number) : Number.NaN);
        }
        // The last page's word counts: PartialData on an earlier page only means "more on the next page".
        into.status = typeof result.StatusCode === 'string' ? result.StatusCode : 'Complete';
      }
      token = typeof output.NextToken === 'string' && output.NextToken ? output.NextToken.slice(0, MAX_TOKEN_CHARS) : undefined;
      if (!token) break;
      if (seen.has(token)) break; // a token that comes back would loop forever
      seen.add(token);
    }
    if (token) truncated = true; // stopped with pages left
  }
  return { results: [...collected.values()], truncated };
}

/** Absent is empty; anything but an array is a malformed answer. */
function listOf<T>(value: T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError('a list in the answer is not a list');
  return value;
}
