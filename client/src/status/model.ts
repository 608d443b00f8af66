// The view of an endpoint that the status panel renders, built from a DescribeEndpoint answer. Only `import type`
// from the AWS SDK: this module is bundled into the extension itself, which must not load the SDK until asked.
import type {
  DescribeEndpointOutput,
  EndpointSummary,
  PendingProductionVariantSummary,
  ProductionVariantServerlessConfig,
  ProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import { deploymentConfigLines, deploymentKind, toDeploymentConfigView, type DeploymentConfigView } from './deploymentConfig';
import { capText, TEXT_MAX } from './viewText';

export { capText, formatDuration, TEXT_MAX, TRUNCATED } from './viewText';

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
  /** LastDeploymentConfig as data: the policy of the deployment running now, or of the last one. */
  deploymentConfig?: DeploymentConfigView;
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

/** Cap on every list in the view (the API allows 10 production and 10 shadow variants). */
const LIST_MAX = 20;

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
  const deployment = toDeploymentConfigView(output.LastDeploymentConfig);
  if (deployment) {
    view.deploymentConfig = deployment;
    view.lastDeployment = { kind: deploymentKind(deployment), summary: deploymentConfigLines(deployment) };
  }
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
