// The view of an endpoint that the status panel renders, built from a DescribeEndpoint answer. Only `import type`
// from the AWS SDK: this module is bundled into the extension itself, which must not load the SDK until asked.
import type {
  DeploymentConfig,
  DescribeEndpointOutput,
  EndpointSummary,
  PendingProductionVariantSummary,
  ProductionVariantServerlessConfig,
  ProductionVariantSummary,
  CapacitySize,
} from '@aws-sdk/client-sagemaker';

export type StatusTone = 'ok' | 'progress' | 'error' | 'neutral';

export interface ServerlessView {
  memorySizeInMb: number;
  maxConcurrency: number;
  provisionedConcurrency?: number;
}

export interface VariantStatusView {
  status: string;
  message?: string;
  startTime?: Date;
}

export interface VariantView {
  name: string;
  /** Instance type(s). DescribeEndpoint reports it for pending variants, and for live ones only through instance pools. */
  instanceType?: string;
  /** Per-pool instance types and counts, when SageMaker reports instance pools. */
  instancePools?: { instanceType: string; currentInstanceCount?: number }[];
  acceleratorType?: string;
  /** The current serverless configuration, else the desired one. */
  serverless?: ServerlessView;
  /** The desired serverless configuration, when it differs from the current one (an update is under way). */
  desiredServerless?: ServerlessView;
  currentInstanceCount?: number;
  desiredInstanceCount?: number;
  currentWeight?: number;
  desiredWeight?: number;
  managedInstanceScaling?: { status?: string; minInstanceCount?: number; maxInstanceCount?: number };
  routingStrategy?: string;
  statuses: VariantStatusView[];
}

export interface EndpointView {
  name: string;
  arn: string;
  region: string;
  status: string;
  statusTone: StatusTone;
  failureReason?: string;
  configName?: string;
  creationTime: Date;
  lastModifiedTime: Date;
  variants: VariantView[];
  shadowVariants: VariantView[];
  pendingDeployment?: { configName: string; startTime?: Date; variants: VariantView[]; shadowVariants: VariantView[] };
  lastDeployment?: { kind: 'blueGreen' | 'rolling'; summary: string[] };
}

export interface EndpointSummaryView {
  name: string;
  arn?: string;
  status: string;
  statusTone: StatusTone;
  creationTime: Date;
  lastModifiedTime: Date;
}

/** A DescribeEndpoint answer as the SDK returns it (`$metadata` and other extra members are ignored). */
export type DescribeEndpointLike = DescribeEndpointOutput;

export const ENDPOINT_STATUSES = [
  'OutOfService',
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'InService',
  'Deleting',
  'Failed',
  'UpdateRollbackFailed',
] as const;

/** Statuses that change on their own: the panel keeps refreshing while the endpoint is in one of these. */
export const TRANSITIONAL_STATUSES: readonly string[] = Object.freeze([
  'Creating',
  'Updating',
  'SystemUpdating',
  'RollingBack',
  'Deleting',
]);

const ERROR_STATUSES: readonly string[] = ['Failed', 'UpdateRollbackFailed', 'OutOfService'];

/** What a capped string ends with, so a person sees that it was cut. */
export const TRUNCATED = '… (truncated)';

/**
 * Caps on the AWS strings the view keeps (whatever answers may send megabytes): the API's maximum for names and ARNs,
 * a few KB for free text. Enumerations (statuses, instance types, strategies) are short; 64 is generous.
 */
export const TEXT_MAX = { name: 63, arn: 2048, enumeration: 64, failureReason: 4096, message: 1024, alarm: 255, line: 2048 } as const;

/** Cap on every list in the view (the API allows 10 production and 10 shadow variants). */
const LIST_MAX = 20;

/** A string from an answer, cut to `max` characters plus TRUNCATED; numbers and booleans as text, anything else empty. */
export function capText(value: unknown, max: number): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return text.length > max ? `${text.slice(0, max)}${TRUNCATED}` : text;
}

/** A list from an answer, at most LIST_MAX entries: absent is empty, anything but an array is a malformed answer. */
export function listOf<T>(value: readonly T[] | undefined | null): readonly T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError('a list in the answer is not a list');
  return value.slice(0, LIST_MAX);
}

export function isTransitional(status: string): boolean {
  return TRANSITIONAL_STATUSES.includes(status);
}

export function statusTone(status: string): StatusTone {
  if (status === 'InService') return 'ok';
  if (isTransitional(status)) return 'progress';
  if (ERROR_STATUSES.includes(status)) return 'error';
  return 'neutral';
}

export function toEndpointView(output: DescribeEndpointLike, region: string): EndpointView {
  const status = capText(output.EndpointStatus ?? 'Unknown', TEXT_MAX.enumeration);
  const view: EndpointView = {
    name: capText(output.EndpointName, TEXT_MAX.name),
    arn: capText(output.EndpointArn, TEXT_MAX.arn),
    region,
    status,
    statusTone: statusTone(status),
    creationTime: toDate(output.CreationTime),
    lastModifiedTime: toDate(output.LastModifiedTime),
    variants: listOf(output.ProductionVariants).map(toVariantView),
    shadowVariants: listOf(output.ShadowProductionVariants).map(toVariantView),
  };
  if (output.FailureReason) view.failureReason = capText(output.FailureReason, TEXT_MAX.failureReason);
  if (output.EndpointConfigName) view.configName = capText(output.EndpointConfigName, TEXT_MAX.name);
  const pending = output.PendingDeploymentSummary;
  if (pending) {
    view.pendingDeployment = {
      configName: capText(pending.EndpointConfigName, TEXT_MAX.name),
      variants: listOf(pending.ProductionVariants).map(toVariantView),
      shadowVariants: listOf(pending.ShadowProductionVariants).map(toVariantView),
    };
    const start = optionalDate(pending.StartTime);
    if (start) view.pendingDeployment.startTime = start;
  }
  const last = deploymentSummary(output.LastDeploymentConfig);
  if (last) view.lastDeployment = last;
  return view;
}

export function toEndpointSummaryView(summary: EndpointSummary): EndpointSummaryView {
  const status = capText(summary.EndpointStatus ?? 'Unknown', TEXT_MAX.enumeration);
  const view: EndpointSummaryView = {
    name: capText(summary.EndpointName, TEXT_MAX.name),
    status,
    statusTone: statusTone(status),
    creationTime: toDate(summary.CreationTime),
    lastModifiedTime: toDate(summary.LastModifiedTime),
  };
  if (summary.EndpointArn) view.arn = capText(summary.EndpointArn, TEXT_MAX.arn);
  return view;
}

function toVariantView(v: ProductionVariantSummary | PendingProductionVariantSummary): VariantView {
  const view: VariantView = {
    name: capText(v.VariantName, TEXT_MAX.name),
    statuses: listOf(v.VariantStatus).map((s) => {
      const out: VariantStatusView = { status: capText(s.Status ?? 'Unknown', TEXT_MAX.enumeration) };
      if (s.StatusMessage) out.message = capText(s.StatusMessage, TEXT_MAX.message);
      const start = optionalDate(s.StartTime);
      if (start) out.startTime = start;
      return out;
    }),
  };
  const pools = listOf(v.InstancePools).filter((p) => p.InstanceType);
  if (pools.length) {
    view.instancePools = pools.map((p) => {
      const pool: { instanceType: string; currentInstanceCount?: number } = { instanceType: capText(p.InstanceType, TEXT_MAX.enumeration) };
      if (isNumber(p.CurrentInstanceCount)) pool.currentInstanceCount = p.CurrentInstanceCount;
      return pool;
    });
  }
  const instanceType = 'InstanceType' in v && v.InstanceType ? capText(v.InstanceType, TEXT_MAX.enumeration) : undefined;
  if (instanceType) view.instanceType = instanceType;
  else if (view.instancePools) view.instanceType = capText([...new Set(view.instancePools.map((p) => p.instanceType))].join(', '), TEXT_MAX.line);
  if ('AcceleratorType' in v && v.AcceleratorType) view.acceleratorType = capText(v.AcceleratorType, TEXT_MAX.enumeration);
  const current = toServerless(v.CurrentServerlessConfig);
  const desired = toServerless(v.DesiredServerlessConfig);
  if (current ?? desired) view.serverless = (current ?? desired)!;
  if (current && desired && !sameServerless(current, desired)) view.desiredServerless = desired;
  if (isNumber(v.CurrentInstanceCount)) view.currentInstanceCount = v.CurrentInstanceCount;
  if (isNumber(v.DesiredInstanceCount)) view.desiredInstanceCount = v.DesiredInstanceCount;
  if (isNumber(v.CurrentWeight)) view.currentWeight = v.CurrentWeight;
  if (isNumber(v.DesiredWeight)) view.desiredWeight = v.DesiredWeight;
  const mis = v.ManagedInstanceScaling;
  if (mis && (mis.Status || isNumber(mis.MinInstanceCount) || isNumber(mis.MaxInstanceCount))) {
    const m: NonNullable<VariantView['managedInstanceScaling']> = {};
    if (mis.Status) m.status = capText(mis.Status, TEXT_MAX.enumeration);
    if (isNumber(mis.MinInstanceCount)) m.minInstanceCount = mis.MinInstanceCount;
    if (isNumber(mis.MaxInstanceCount)) m.maxInstanceCount = mis.MaxInstanceCount;
    view.managedInstanceScaling = m;
  }
  if (v.RoutingConfig?.RoutingStrategy) view.routingStrategy = capText(v.RoutingConfig.RoutingStrategy, TEXT_MAX.enumeration);
  return view;
}

function toServerless(c: ProductionVariantServerlessConfig | undefined): ServerlessView | undefined {
  if (!c || !isNumber(c.MemorySizeInMB) || !isNumber(c.MaxConcurrency)) return undefined;
  const out: ServerlessView = { memorySizeInMb: c.MemorySizeInMB, maxConcurrency: c.MaxConcurrency };
  if (isNumber(c.ProvisionedConcurrency)) out.provisionedConcurrency = c.ProvisionedConcurrency;
  return out;
}

function sameServerless(a: ServerlessView, b: ServerlessView): boolean {
  return a.memorySizeInMb === b.memorySizeInMb && a.maxConcurrency === b.maxConcurrency && a.provisionedConcurrency === b.provisionedConcurrency;
}

/** Human lines for the last deployment configuration: traffic shifting, batch sizes, waits, timeouts, alarms. */
function deploymentSummary(config: DeploymentConfig | undefined): EndpointView['lastDeployment'] {
  if (!config) return undefined;
  const lines: string[] = [];
  let kind: 'blueGreen' | 'rolling' | undefined;
  const bg = config.BlueGreenUpdatePolicy;
  const rolling = config.RollingUpdatePolicy;
  if (bg) {
    kind = 'blueGreen';
    const traffic = bg.TrafficRoutingConfiguration;
    switch (traffic?.Type) {
      case 'ALL_AT_ONCE':
        lines.push('Blue/green: all traffic shifts to the new fleet at once');
        break;
      case 'CANARY':
        lines.push(`Blue/green, canary: ${capacity(traffic.CanarySize) ?? 'a canary'} first, then the rest`);
        break;
      case 'LINEAR':
        lines.push(`Blue/green, linear: traffic shifts in steps of ${capacity(traffic.LinearStepSize) ?? 'a fixed size'}`);
        break;
      default:
        lines.push(`Blue/green${traffic?.Type ? `, traffic routing ${capText(traffic.Type, TEXT_MAX.enumeration)}` : ''}`);
    }
    if (isNumber(traffic?.WaitIntervalInSeconds)) lines.push(`Wait between traffic shifts: ${formatDuration(traffic.WaitIntervalInSeconds)}`);
    if (isNumber(bg.TerminationWaitInSeconds)) lines.push(`Old fleet terminated after: ${formatDuration(bg.TerminationWaitInSeconds)}`);
    if (isNumber(bg.MaximumExecutionTimeoutInSeconds)) lines.push(`Maximum execution time: ${formatDuration(bg.MaximumExecutionTimeoutInSeconds)}`);
  } else if (rolling) {
    kind = 'rolling';
    lines.push(`Rolling update in batches of ${capacity(rolling.MaximumBatchSize) ?? 'a fixed size'}`);
    if (isNumber(rolling.WaitIntervalInSeconds)) lines.push(`Wait between batches: ${formatDuration(rolling.WaitIntervalInSeconds)}`);
    const rollback = capacity(rolling.RollbackMaximumBatchSize);
    if (rollback) lines.push(`Rollback batch size: ${rollback}`);
    if (isNumber(rolling.MaximumExecutionTimeoutInSeconds)) lines.push(`Maximum execution time: ${formatDuration(rolling.MaximumExecutionTimeoutInSeconds)}`);
  }
  const alarms = listOf(config.AutoRollbackConfiguration?.Alarms)
    .map((a) => capText(a.AlarmName, TEXT_MAX.alarm))
    .filter((n) => n !== '');
  if (alarms.length) lines.push(capText(`Auto-rollback on alarm${alarms.length === 1 ? '' : 's'}: ${alarms.join(', ')}`, TEXT_MAX.line));
  if (!kind) {
    if (!lines.length) return undefined;
    // Only an auto-rollback configuration: SageMaker's default update is blue/green, all at once.
    kind = 'blueGreen';
  }
  return { kind, summary: lines };
}

function capacity(size: CapacitySize | undefined): string | undefined {
  if (!size || !isNumber(size.Value)) return undefined;
  if (size.Type === 'CAPACITY_PERCENT') return `${size.Value}% of capacity`;
  if (size.Type === 'INSTANCE_COUNT') return `${size.Value} instance${size.Value === 1 ? '' : 's'}`;
  return `${size.Value}${size.Type ? ` (${capText(size.Type, TEXT_MAX.enumeration)})` : ''}`;
}

/** `0 s`, `45 s`, `5 min`, `1 h 30 min`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60 || seconds % 60 !== 0) {
    if (seconds < 60) return `${seconds} s`;
    const m = Math.floor(seconds / 60);
    return `${m} min ${seconds % 60} s`;
  }
  const minutes = seconds / 60;
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** The SDK hands out `Date`s; epoch seconds and ISO strings are accepted too, for payloads built by hand. */
function optionalDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value === 'string' && value) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

function toDate(value: unknown): Date {
  return optionalDate(value) ?? new Date(Number.NaN);
}
