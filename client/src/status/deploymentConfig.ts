// A DescribeEndpoint answer's LastDeploymentConfig as structured data (the progress view compares waits and timeouts
// with elapsed time) and as the plain lines the panel lists. Only `import type` from the AWS SDK (see model.ts).
import type { CapacitySize, DeploymentConfig } from '@aws-sdk/client-sagemaker';
import { capText, formatDuration, TEXT_MAX } from './viewText';

export interface CapacityView {
  /** CAPACITY_PERCENT, INSTANCE_COUNT, or whatever else the API sends (capped). */
  type: string;
  value: number;
}

export interface BlueGreenView {
  kind: 'blueGreen';
  /** ALL_AT_ONCE, CANARY, LINEAR, or another value the API may add (capped); empty when not reported. */
  trafficType: string;
  canarySize?: CapacityView;
  linearStepSize?: CapacityView;
  /** The baking period after each traffic shift. */
  waitIntervalSeconds?: number;
  terminationWaitSeconds?: number;
  maximumExecutionTimeoutSeconds?: number;
}

export interface RollingView {
  kind: 'rolling';
  maximumBatchSize?: CapacityView;
  /** The baking period after each batch. */
  waitIntervalSeconds?: number;
  rollbackMaximumBatchSize?: CapacityView;
  maximumExecutionTimeoutSeconds?: number;
}

export interface DeploymentConfigView {
  /** Undefined when the configuration names only rollback alarms: SageMaker then updates blue/green, all at once. */
  policy?: BlueGreenView | RollingView;
  /** CloudWatch alarm names of AutoRollbackConfiguration: any of them going off during a deployment rolls it back. */
  alarms: string[];
}

/** Cap on the alarms kept (the API allows 10). */
const ALARMS_MAX = 20;

export function toDeploymentConfigView(config: DeploymentConfig | undefined): DeploymentConfigView | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const view: DeploymentConfigView = { alarms: alarmNames(config) };
  const bg = config.BlueGreenUpdatePolicy;
  const rolling = config.RollingUpdatePolicy;
  if (bg && typeof bg === 'object') {
    const traffic = bg.TrafficRoutingConfiguration;
    const policy: BlueGreenView = { kind: 'blueGreen', trafficType: capText(traffic?.Type, TEXT_MAX.enumeration) };
    setCapacity(policy, 'canarySize', traffic?.CanarySize);
    setCapacity(policy, 'linearStepSize', traffic?.LinearStepSize);
    setSeconds(policy, 'waitIntervalSeconds', traffic?.WaitIntervalInSeconds);
    setSeconds(policy, 'terminationWaitSeconds', bg.TerminationWaitInSeconds);
    setSeconds(policy, 'maximumExecutionTimeoutSeconds', bg.MaximumExecutionTimeoutInSeconds);
    view.policy = policy;
  } else if (rolling && typeof rolling === 'object') {
    const policy: RollingView = { kind: 'rolling' };
    setCapacity(policy, 'maximumBatchSize', rolling.MaximumBatchSize);
    setSeconds(policy, 'waitIntervalSeconds', rolling.WaitIntervalInSeconds);
    setCapacity(policy, 'rollbackMaximumBatchSize', rolling.RollbackMaximumBatchSize);
    setSeconds(policy, 'maximumExecutionTimeoutSeconds', rolling.MaximumExecutionTimeoutInSeconds);
    view.policy = policy;
  }
  return view.policy || view.alarms.length ? view : undefined;
}

/** How the update runs: 'blueGreen' also when only alarms are configured (SageMaker's default update). */
export function deploymentKind(view: DeploymentConfigView | undefined): 'blueGreen' | 'rolling' {
  return view?.policy?.kind === 'rolling' ? 'rolling' : 'blueGreen';
}

/** The baking period SageMaker waits after each traffic shift or batch, when configured. */
export function bakingSeconds(view: DeploymentConfigView | undefined): number | undefined {
  return view?.policy?.waitIntervalSeconds;
}

/** Human lines: traffic shifting, batch sizes, waits, timeouts, alarms. */
export function deploymentConfigLines(view: DeploymentConfigView): string[] {
  const lines: string[] = [];
  const policy = view.policy;
  if (policy?.kind === 'blueGreen') {
    lines.push(trafficRoutingText(policy));
    if (policy.waitIntervalSeconds !== undefined) lines.push(`Wait between traffic shifts: ${formatDuration(policy.waitIntervalSeconds)}`);
    if (policy.terminationWaitSeconds !== undefined) lines.push(`Old fleet terminated after: ${formatDuration(policy.terminationWaitSeconds)}`);
    if (policy.maximumExecutionTimeoutSeconds !== undefined) lines.push(`Maximum execution time: ${formatDuration(policy.maximumExecutionTimeoutSeconds)}`);
  } else if (policy?.kind === 'rolling') {
    lines.push(`Rolling update in batches of ${capacityText(policy.maximumBatchSize) ?? 'a fixed size'}`);
    if (policy.waitIntervalSeconds !== undefined) lines.push(`Wait between batches: ${formatDuration(policy.waitIntervalSeconds)}`);
    const rollback = capacityText(policy.rollbackMaximumBatchSize);
    if (rollback) lines.push(`Rollback batch size: ${rollback}`);
    if (policy.maximumExecutionTimeoutSeconds !== undefined) lines.push(`Maximum execution time: ${formatDuration(policy.maximumExecutionTimeoutSeconds)}`);
  }
  if (view.alarms.length) lines.push(capText(`Auto-rollback on alarm${view.alarms.length === 1 ? '' : 's'}: ${view.alarms.join(', ')}`, TEXT_MAX.line));
  return lines;
}

/** "Blue/green, canary: 10% of capacity first, then the rest" and the like. */
export function trafficRoutingText(policy: BlueGreenView): string {
  switch (policy.trafficType) {
    case 'ALL_AT_ONCE':
      return 'Blue/green: all traffic shifts to the new fleet at once';
    case 'CANARY':
      return `Blue/green, canary: ${capacityText(policy.canarySize) ?? 'a canary'} first, then the rest`;
    case 'LINEAR':
      return `Blue/green, linear: traffic shifts in steps of ${capacityText(policy.linearStepSize) ?? 'a fixed size'}`;
    default:
      return `Blue/green${policy.trafficType ? `, traffic routing ${policy.trafficType}` : ''}`;
  }
}

/** "10% of capacity", "2 instances", or the value with its unnamed unit. */
export function capacityText(size: CapacityView | undefined): string | undefined {
  if (!size) return undefined;
  if (size.type === 'CAPACITY_PERCENT') return `${size.value}% of capacity`;
  if (size.type === 'INSTANCE_COUNT') return `${size.value} instance${size.value === 1 ? '' : 's'}`;
  return `${size.value}${size.type ? ` (${size.type})` : ''}`;
}

function alarmNames(config: DeploymentConfig): string[] {
  const alarms = config.AutoRollbackConfiguration?.Alarms;
  if (!Array.isArray(alarms)) return [];
  return alarms
    .slice(0, ALARMS_MAX)
    .map((a) => capText(a?.AlarmName, TEXT_MAX.alarm))
    .filter((n) => n !== '');
}

function setCapacity<K extends string>(target: { [key in K]?: CapacityView }, key: K, size: CapacitySize | undefined): void {
  if (!size || !isNumber(size.Value)) return;
  target[key] = { type: capText(size.Type, TEXT_MAX.enumeration), value: size.Value };
}

function setSeconds<K extends string>(target: { [key in K]?: number }, key: K, seconds: unknown): void {
  if (isNumber(seconds)) target[key] = seconds;
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
