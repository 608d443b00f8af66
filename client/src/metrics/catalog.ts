// Which CloudWatch metrics the status panel charts for a variant, grouped into charts. Facts from AWS's SageMaker
// monitoring guide: invocation metrics live in `AWS/SageMaker` (latencies and setup time in microseconds, serverless
// utilizations as fractions of 1), instance metrics in `/aws/sagemaker/Endpoints` (percent), all with the dimensions
// EndpointName and VariantName. Serverless variants publish no CPU, GPU or disk metrics.

/** How a variant runs: on instances, serverless on demand, or serverless with provisioned concurrency. */
export type VariantKind = 'instance' | 'serverless' | 'provisioned';

/** The unit a chart's values are shown in, after `scale`. */
export type ChartUnit = 'count' | 'ms' | 'percent';

export interface SeriesSpec {
  /** The legend entry (our own words). */
  label: string;
  namespace: string;
  metricName: string;
  /** A CloudWatch statistic: Sum, Average, Maximum, or a percentile such as p99. */
  stat: string;
  /** Multiplies every value: microseconds to milliseconds, fractions to percent. */
  scale: number;
}

export interface ChartSpec {
  key: string;
  title: string;
  unit: ChartUnit;
  kinds: readonly VariantKind[];
  series: readonly SeriesSpec[];
}

const INVOCATION = 'AWS/SageMaker';
const INSTANCE = '/aws/sagemaker/Endpoints';
const MICROSECONDS_TO_MS = 1 / 1000;
const FRACTION_TO_PERCENT = 100;
const ALL: readonly VariantKind[] = ['instance', 'serverless', 'provisioned'];
const SERVERLESS: readonly VariantKind[] = ['serverless', 'provisioned'];

const sum = (label: string, metricName: string): SeriesSpec => ({ label, namespace: INVOCATION, metricName, stat: 'Sum', scale: 1 });
const latency = (metricName: string): SeriesSpec[] => [
  { label: 'average', namespace: INVOCATION, metricName, stat: 'Average', scale: MICROSECONDS_TO_MS },
  { label: 'p99', namespace: INVOCATION, metricName, stat: 'p99', scale: MICROSECONDS_TO_MS },
];
const utilization = (key: string, title: string, metricName: string, kinds: readonly VariantKind[] = ['instance']): ChartSpec => ({
  key,
  title,
  unit: 'percent',
  kinds,
  series: [{ label: 'average', namespace: INSTANCE, metricName, stat: 'Average', scale: 1 }],
});
const fraction = (label: string, metricName: string): SeriesSpec => ({ label, namespace: INVOCATION, metricName, stat: 'Average', scale: FRACTION_TO_PERCENT });

export const CHARTS: readonly ChartSpec[] = [
  { key: 'invocations', title: 'Invocations', unit: 'count', kinds: ALL, series: [sum('requests', 'Invocations')] },
  { key: 'errors', title: 'Invocation errors', unit: 'count', kinds: ALL, series: [sum('4XX', 'Invocation4XXErrors'), sum('5XX', 'Invocation5XXErrors')] },
  { key: 'modelLatency', title: 'Model latency', unit: 'ms', kinds: ALL, series: latency('ModelLatency') },
  { key: 'overheadLatency', title: 'Overhead latency', unit: 'ms', kinds: ALL, series: latency('OverheadLatency') },
  { key: 'modelSetupTime', title: 'Model setup time (cold starts)', unit: 'ms', kinds: SERVERLESS, series: latency('ModelSetupTime') },
  {
    key: 'concurrency',
    title: 'Concurrency used (of max concurrency)',
    unit: 'percent',
    kinds: SERVERLESS,
    series: [fraction('average', 'ServerlessConcurrentExecutionsUtilization')],
  },
  {
    key: 'provisionedUtilization',
    title: 'Provisioned concurrency used',
    unit: 'percent',
    kinds: ['provisioned'],
    series: [fraction('average', 'ServerlessProvisionedConcurrencyUtilization')],
  },
  {
    key: 'provisionedInvocations',
    title: 'Requests on provisioned concurrency vs spillover',
    unit: 'count',
    kinds: ['provisioned'],
    // AWS lists Average, Maximum and Minimum as these two metrics' statistics.
    series: [
      { label: 'provisioned', namespace: INVOCATION, metricName: 'ServerlessProvisionedConcurrencyInvocations', stat: 'Average', scale: 1 },
      { label: 'spillover', namespace: INVOCATION, metricName: 'ServerlessProvisionedConcurrencySpilloverInvocations', stat: 'Average', scale: 1 },
    ],
  },
  utilization('cpu', 'CPU utilization', 'CPUUtilization'),
  utilization('memory', 'Memory utilization', 'MemoryUtilization', ALL),
  utilization('gpu', 'GPU utilization', 'GPUUtilization'),
  utilization('gpuMemory', 'GPU memory utilization', 'GPUMemoryUtilization'),
  utilization('disk', 'Disk utilization', 'DiskUtilization'),
];

/** The charts a variant of this kind gets, in display order. */
export function chartsFor(kind: VariantKind): ChartSpec[] {
  return CHARTS.filter((c) => c.kinds.includes(kind));
}
