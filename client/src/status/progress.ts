// What a deployment is doing, in words: built from the endpoint view (a DescribeEndpoint answer) and the time now, for
// the progress section of the status panel. Transitional statuses say what SageMaker does now and what comes next;
// failed ones what it means and which rollback alarms watch the deployment. Plain text only: the renderer escapes it.
import { bakingSeconds, capacityText, deploymentKind, deploymentConfigLines, type BlueGreenView, type DeploymentConfigView, type RollingView } from './deploymentConfig';
import type { EndpointView, ServerlessView, VariantStatusView, VariantView } from './model';
import { formatDuration } from './viewText';

/** The statuses the progress section explains (Deleting too: it is transitional, and the panel keeps refreshing). */
export const PROGRESS_STATUSES: readonly string[] = ['Creating', 'Updating', 'RollingBack', 'SystemUpdating', 'Deleting'];
const FAILED_STATUSES: readonly string[] = ['Failed', 'UpdateRollbackFailed'];

export type StepKey = 'provision' | 'shift' | 'bake' | 'terminate';

export interface ProgressStep {
  key: StepKey;
  text: string;
  /** Where the deployment is: before, at or after this step; 'unknown' when SageMaker reports no step. */
  state: 'done' | 'now' | 'next' | 'unknown';
}

export interface Change {
  current?: number;
  desired?: number;
}

export interface VariantStepView {
  status: string;
  /** The status in words. */
  words: string;
  message?: string;
  since?: Date;
  elapsedSeconds?: number;
  /** For Baking: the configured baking period, when the deployment configuration gives one. */
  bakingSeconds?: number;
}

export interface VariantProgress {
  name: string;
  /** 'live': the endpoint's variants now; 'new': the pending deployment's. */
  fleet: 'live' | 'new';
  shadow: boolean;
  instances?: Change;
  weight?: Change;
  /** The share of the fleet's production traffic the weight gives, in percent (two or more production variants). */
  share?: Change;
  serverless?: { current: ServerlessView; desired?: ServerlessView };
  steps: VariantStepView[];
}

export interface BakingView {
  variant: string;
  since?: Date;
  elapsedSeconds?: number;
  bakingSeconds?: number;
}

export interface ProgressView {
  status: string;
  /** 'progress' while transitional; 'failed' when a deployment failed (Failed, UpdateRollbackFailed, InService with a reason). */
  tone: 'progress' | 'failed';
  title: string;
  now: string;
  next: string;
  kind?: 'blueGreen' | 'rolling' | 'inPlace';
  steps: ProgressStep[];
  target?: { configName: string; fromConfigName?: string; startTime?: Date; elapsedSeconds?: number; timeoutSeconds?: number };
  baking?: BakingView;
  variants: VariantProgress[];
  alarms: string[];
  /** Alarms whose names the failure reason mentions. */
  alarmsInFailure: string[];
  /** The deployment configuration in lines, shown with a failure. */
  policyLines: string[];
}

const STEP_OF: Record<string, StepKey> = { Creating: 'provision', Updating: 'provision', ActivatingTraffic: 'shift', Baking: 'bake', Deleting: 'terminate' };
const STEP_ORDER: readonly StepKey[] = ['provision', 'shift', 'bake', 'terminate'];

const STATUS_WORDS: Record<string, string> = {
  Creating: 'creating instances and starting the model containers',
  Updating: 'updating instances or settings',
  ActivatingTraffic: 'turning on traffic to the new instances',
  Baking: 'baking: serving traffic while SageMaker watches before going on',
  Deleting: 'terminating instances',
};

/** The progress section of an endpoint, or undefined when nothing is under way and nothing failed. */
export function toProgressView(view: EndpointView, now: Date): ProgressView | undefined {
  const failed = FAILED_STATUSES.includes(view.status) || (view.status === 'InService' && !!view.failureReason);
  if (!PROGRESS_STATUSES.includes(view.status) && !failed && !view.pendingDeployment) return undefined;
  const config = view.deploymentConfig;
  const alarms = config?.alarms ?? [];
  const reason = view.failureReason ?? '';
  const progress: ProgressView = {
    status: view.status,
    tone: failed ? 'failed' : 'progress',
    title: '',
    now: '',
    next: '',
    steps: [],
    variants: variantRows(view, now, config),
    alarms,
    alarmsInFailure: reason ? alarms.filter((a) => reason.includes(a)) : [],
    policyLines: failed && config ? deploymentConfigLines(config) : [],
  };
  const pending = view.pendingDeployment;
  if (pending) {
    progress.target = { configName: pending.configName };
    if (view.configName && view.configName !== pending.configName) progress.target.fromConfigName = view.configName;
    if (pending.startTime) {
      progress.target.startTime = pending.startTime;
      const elapsed = secondsBetween(pending.startTime, now);
      if (elapsed !== undefined) progress.target.elapsedSeconds = elapsed;
    }
    const timeout = config?.policy?.maximumExecutionTimeoutSeconds;
    if (timeout !== undefined) progress.target.timeoutSeconds = timeout;
  }
  const baking = firstBaking(progress.variants);
  if (baking) progress.baking = baking;
  if (failed) describeFailure(progress, view);
  else describePhase(progress, view);
  return progress;
}

function describePhase(progress: ProgressView, view: EndpointView): void {
  const config = view.deploymentConfig;
  const pending = view.pendingDeployment;
  switch (view.status) {
    case 'Creating': {
      progress.title = 'Creating the endpoint';
      progress.now =
        `SageMaker is creating the endpoint${view.configName ? ` from configuration ${view.configName}` : ''}: ${launchText(view.variants)}, ` +
        'then starting the model containers and checking their health.';
      progress.next = 'When every variant passes its health check, the endpoint becomes InService and takes requests. If it cannot, it becomes Failed with a reason.';
      return;
    }
    case 'Updating':
      if (pending) describeDeployment(progress, view, config);
      else describeInPlace(progress, view);
      return;
    case 'RollingBack': {
      progress.title = 'Rolling back';
      const named = alarmsNamed(progress.alarmsInFailure);
      const rollbackBatch = config?.policy?.kind === 'rolling' ? capacityText(config.policy.rollbackMaximumBatchSize) : undefined;
      progress.now =
        (pending
          ? `SageMaker is undoing the deployment of configuration ${pending.configName}: traffic goes back to ${view.configName ? `configuration ${view.configName}` : 'the previous fleet'}.`
          : 'A change to instance counts or weights could not be applied; SageMaker is putting the variants back to their previous counts and weights.') +
        (rollbackBatch ? ` It rolls back in batches of ${rollbackBatch}.` : '') +
        named;
      progress.next =
        'Then the endpoint is InService again on its previous settings, and the failure reason says what went wrong. If the rollback fails too, the status becomes UpdateRollbackFailed.';
      return;
    }
    case 'SystemUpdating':
      progress.title = 'Maintenance by SageMaker';
      progress.now = 'SageMaker is doing maintenance on the endpoint (such as patching or replacing instances). It is not a change you made and it keeps your settings.';
      progress.next = 'The endpoint returns to InService by itself. Until then it cannot be updated, scaled or deleted.';
      return;
    case 'Deleting':
      progress.title = 'Deleting the endpoint';
      progress.now = 'SageMaker is deleting the endpoint and terminating its instances.';
      progress.next = 'Then the endpoint is gone, and a refresh says it was not found.';
      return;
    default:
      // A pending deployment under a status this version does not know: describe the deployment itself.
      describeDeployment(progress, view, config);
  }
}

/** UpdateEndpoint to another configuration: blue/green (the default) or rolling, step by step. */
function describeDeployment(progress: ProgressView, view: EndpointView, config: DeploymentConfigView | undefined): void {
  const target = view.pendingDeployment?.configName || 'the new configuration';
  const rolling = config?.policy?.kind === 'rolling' ? config.policy : undefined;
  const blueGreen: BlueGreenView = config?.policy?.kind === 'blueGreen' ? config.policy : { kind: 'blueGreen', trafficType: config?.policy ? '' : 'ALL_AT_ONCE' };
  const alarms = config?.alarms ?? [];
  const wait = bakingSeconds(config);
  const current = currentStep(view);
  progress.kind = deploymentKind(config);
  progress.title = rolling ? 'Rolling deployment' : `Blue/green deployment${trafficWords(blueGreen)}`;
  progress.steps = (rolling ? rollingSteps(rolling, wait, alarms, view) : blueGreenSteps(blueGreen, wait, alarms, target)).map((step) => ({
    ...step,
    state: current === undefined ? 'unknown' : STEP_ORDER.indexOf(step.key) < STEP_ORDER.indexOf(current) ? 'done' : step.key === current ? 'now' : 'next',
  }));
  const bake = wait !== undefined ? ` of ${formatDuration(wait)}` : '';
  const unit = rolling ? 'batch' : 'fleet';
  const afterBake = rolling
    ? 'the old batch is terminated and the next batch starts (after the last batch, the endpoint becomes InService)'
    : blueGreen.trafficType === 'CANARY'
      ? 'the rest of the traffic shifts to the new fleet (after that last shift and its bake, the old fleet is terminated)'
      : blueGreen.trafficType === 'LINEAR'
        ? 'the next step of traffic shifts (after the last step and its bake, the old fleet is terminated)'
        : 'the old fleet is terminated';
  const rollback = rolling ? `SageMaker rolls back${rolling.rollbackMaximumBatchSize ? ` in batches of ${capacityText(rolling.rollbackMaximumBatchSize)}` : ''}` : 'all traffic goes back to the old fleet';
  switch (current) {
    case 'provision': {
      const launching = launchText(view.pendingDeployment?.variants ?? []);
      progress.now = rolling
        ? `SageMaker is provisioning the next batch of instances for configuration ${target}${rolling.maximumBatchSize ? ` (batches of ${capacityText(rolling.maximumBatchSize)})` : ''}.`
        : `SageMaker is provisioning the new fleet for configuration ${target}: ${launching}, then starting the model containers.`;
      progress.next = `When the new instances pass their health checks, traffic starts to move${rolling ? ' to them' : `: ${shiftWords(blueGreen)}`}.`;
      break;
    }
    case 'shift':
      progress.now = rolling ? 'SageMaker is moving traffic from a batch of old instances to the new ones.' : `SageMaker is shifting traffic to the new fleet: ${shiftWords(blueGreen)}.`;
      progress.next = `Then a bake${bake}${alarms.length ? ' while the rollback alarms are watched' : ''}; after it, ${afterBake}.`;
      break;
    case 'bake':
      progress.now =
        `Baking: the new ${unit} serves traffic while SageMaker ` +
        (alarms.length ? `watches ${alarms.length} rollback alarm${alarms.length === 1 ? '' : 's'} before going on.` : 'waits before going on (no rollback alarms are configured).');
      progress.next = alarms.length
        ? `If no alarm goes off by the end of the bake, ${afterBake}. If one does, ${rollback}.`
        : `When the bake ends, ${afterBake}.`;
      break;
    case 'terminate':
      progress.now = rolling ? 'SageMaker is terminating a batch of old instances.' : 'SageMaker is terminating the old fleet; the new fleet serves all traffic.';
      progress.next = rolling ? `Then the next batch starts, until every instance runs configuration ${target}; then the endpoint becomes InService.` : `Then the endpoint becomes InService on configuration ${target}.`;
      break;
    default:
      progress.now = `SageMaker is deploying configuration ${target}; it reports no finer step yet.`;
      progress.next = `When it is done the endpoint becomes InService on configuration ${target}. If it fails, the endpoint keeps its previous configuration and the failure reason says why.`;
  }
}

/** Updating with no pending configuration: UpdateEndpointWeightsAndCapacities (or autoscaling) changes counts or weights. */
function describeInPlace(progress: ProgressView, view: EndpointView): void {
  progress.kind = 'inPlace';
  progress.title = 'Changing variants in place';
  const changes = [...view.variants, ...view.shadowVariants].map(changeText).filter((t) => t !== '');
  progress.now = changes.length
    ? `SageMaker is changing variants in place: ${changes.join('; ')}.`
    : 'SageMaker is applying an update; it reports no pending configuration and no change of counts or weights.';
  progress.next =
    'The endpoint becomes InService once every variant reaches its desired instance count and weight. If the change cannot be applied, SageMaker rolls it back (status RollingBack).';
}

function describeFailure(progress: ProgressView, view: EndpointView): void {
  const named = alarmsNamed(progress.alarmsInFailure);
  switch (view.status) {
    case 'Failed':
      progress.title = 'The endpoint failed';
      progress.now = `The endpoint failed and takes no requests.${named}`;
      progress.next = 'Nothing more happens by itself. Fix what the failure reason names, then deploy again.';
      break;
    case 'UpdateRollbackFailed':
      progress.title = 'The update and its rollback failed';
      progress.now = `An update failed and so did its rollback: the variants may be at neither the old nor the new instance counts and weights.${named}`;
      progress.next = 'Nothing more happens by itself. Fix what the failure reason names, then apply the update again.';
      break;
    default:
      progress.title = 'The last update failed';
      progress.now = `The last update did not complete; the endpoint still serves ${view.configName ? `configuration ${view.configName}` : 'its previous configuration'}.${named}`;
      progress.next = 'Nothing more happens by itself. Fix what the failure reason names, then apply the update again.';
  }
}

function alarmsNamed(names: string[]): string {
  return names.length ? ` The failure reason names rollback alarm${names.length === 1 ? '' : 's'} ${names.join(', ')}.` : '';
}

function trafficWords(policy: BlueGreenView): string {
  if (policy.trafficType === 'CANARY') return ', canary';
  if (policy.trafficType === 'LINEAR') return ', linear';
  if (policy.trafficType === 'ALL_AT_ONCE') return ', all at once';
  return '';
}

function shiftWords(policy: BlueGreenView): string {
  if (policy.trafficType === 'CANARY') return `a canary of ${capacityText(policy.canarySize) ?? 'part of the new fleet'} first, then the rest`;
  if (policy.trafficType === 'LINEAR') return `in steps of ${capacityText(policy.linearStepSize) ?? 'a fixed size'}`;
  if (policy.trafficType === 'ALL_AT_ONCE') return 'all of it at once';
  return 'as the deployment configuration says';
}

function bakeStepText(wait: number | undefined, alarms: string[], after: string): string {
  const watching = alarms.length ? `, watching ${alarms.length} rollback alarm${alarms.length === 1 ? '' : 's'}` : '';
  return wait !== undefined ? `Bake for ${formatDuration(wait)} ${after}${watching}` : `Bake ${after} (no baking period is reported)${watching}`;
}

function blueGreenSteps(policy: BlueGreenView, wait: number | undefined, alarms: string[], target: string): Omit<ProgressStep, 'state'>[] {
  return [
    { key: 'provision', text: `Provision the new fleet (configuration ${target})` },
    { key: 'shift', text: `Shift traffic to it: ${shiftWords(policy)}` },
    { key: 'bake', text: bakeStepText(wait, alarms, policy.trafficType === 'ALL_AT_ONCE' || !policy.trafficType ? 'after the shift' : 'after each shift') },
    { key: 'terminate', text: `Terminate the old fleet${policy.terminationWaitSeconds ? ` after a further ${formatDuration(policy.terminationWaitSeconds)}` : ''}` },
  ];
}

function rollingSteps(policy: RollingView, wait: number | undefined, alarms: string[], view: EndpointView): Omit<ProgressStep, 'state'>[] {
  const batches = batchCount(policy, view.pendingDeployment?.variants ?? []);
  return [
    { key: 'provision', text: `Provision a batch of new instances${policy.maximumBatchSize ? ` (${capacityText(policy.maximumBatchSize)} at a time)` : ''}` },
    { key: 'shift', text: 'Move traffic from a batch of old instances to the new batch' },
    { key: 'bake', text: bakeStepText(wait, alarms, 'after each batch') },
    { key: 'terminate', text: `Terminate the old batch, and repeat${batches ? ` (about ${batches} batch${batches === 1 ? '' : 'es'} in all)` : ' until every instance is replaced'}` },
  ];
}

/** Batches a rolling update takes: by instance count when the new fleet's size is known, else by percentage. */
function batchCount(policy: RollingView, pendingVariants: VariantView[]): number | undefined {
  const size = policy.maximumBatchSize;
  if (!size || size.value <= 0) return undefined;
  if (size.type === 'CAPACITY_PERCENT') return Math.ceil(100 / Math.min(100, size.value));
  const total = sumDesired(pendingVariants);
  if (size.type === 'INSTANCE_COUNT' && total) return Math.ceil(total / size.value);
  return undefined;
}

/** The most advanced step any variant reports (the new fleet's and the old one's). */
function currentStep(view: EndpointView): StepKey | undefined {
  let best = -1;
  const pending = view.pendingDeployment;
  const all = [...(pending?.variants ?? []), ...(pending?.shadowVariants ?? []), ...view.variants, ...view.shadowVariants];
  for (const v of all) {
    for (const s of v.statuses) {
      const step = STEP_OF[s.status];
      if (step) best = Math.max(best, STEP_ORDER.indexOf(step));
    }
  }
  return best < 0 ? undefined : STEP_ORDER[best];
}

function launchText(variants: VariantView[]): string {
  const instances = sumDesired(variants);
  const serverless = variants.some((v) => v.serverless);
  const parts: string[] = [];
  if (instances) parts.push(`launching ${instances} instance${instances === 1 ? '' : 's'}`);
  if (serverless) parts.push('setting up serverless capacity');
  return parts.length ? parts.join(' and ') : 'launching instances';
}

function sumDesired(variants: VariantView[]): number {
  return variants.reduce((sum, v) => sum + (v.desiredInstanceCount ?? 0), 0);
}

/** "blue: 2 → 3 instances, weight 0.8 → 0.5", or empty when nothing changes. */
function changeText(v: VariantView): string {
  const parts: string[] = [];
  if (differs(v.currentInstanceCount, v.desiredInstanceCount)) parts.push(`${v.currentInstanceCount ?? '?'} → ${v.desiredInstanceCount} instances`);
  if (differs(v.currentWeight, v.desiredWeight)) parts.push(`weight ${v.currentWeight ?? '?'} → ${v.desiredWeight}`);
  if (v.desiredServerless) parts.push('serverless settings');
  return parts.length ? `${v.name}: ${parts.join(', ')}` : '';
}

function differs(current: number | undefined, desired: number | undefined): boolean {
  return desired !== undefined && desired !== current;
}

/** Rows for the variants that change or report a step, the live ones first, then the pending deployment's. */
function variantRows(view: EndpointView, now: Date, config: DeploymentConfigView | undefined): VariantProgress[] {
  const rows: VariantProgress[] = [];
  const add = (variants: VariantView[], fleet: 'live' | 'new', shadow: boolean) => {
    const shares = shadow ? undefined : trafficShares(variants);
    variants.forEach((v, i) => {
      const row = variantProgress(v, fleet, shadow, now, config);
      const share = shares?.[i];
      if (share) row.share = share;
      if (fleet === 'new' || row.steps.length || changes(row)) rows.push(row);
    });
  };
  add(view.variants, 'live', false);
  add(view.shadowVariants, 'live', true);
  add(view.pendingDeployment?.variants ?? [], 'new', false);
  add(view.pendingDeployment?.shadowVariants ?? [], 'new', true);
  return rows;
}

function changes(row: VariantProgress): boolean {
  return differs(row.instances?.current, row.instances?.desired) || differs(row.weight?.current, row.weight?.desired) || !!row.serverless?.desired;
}

function variantProgress(v: VariantView, fleet: 'live' | 'new', shadow: boolean, now: Date, config: DeploymentConfigView | undefined): VariantProgress {
  const row: VariantProgress = { name: v.name, fleet, shadow, steps: v.statuses.map((s) => stepView(s, now, config)) };
  const instances = change(v.currentInstanceCount, v.desiredInstanceCount);
  if (instances) row.instances = instances;
  const weight = change(v.currentWeight, v.desiredWeight);
  if (weight) row.weight = weight;
  if (v.serverless) row.serverless = v.desiredServerless ? { current: v.serverless, desired: v.desiredServerless } : { current: v.serverless };
  return row;
}

function stepView(s: VariantStatusView, now: Date, config: DeploymentConfigView | undefined): VariantStepView {
  const step: VariantStepView = { status: s.status, words: STATUS_WORDS[s.status] ?? s.status };
  if (s.message) step.message = s.message;
  if (s.startTime) {
    step.since = s.startTime;
    const elapsed = secondsBetween(s.startTime, now);
    if (elapsed !== undefined) step.elapsedSeconds = elapsed;
  }
  const wait = bakingSeconds(config);
  if (s.status === 'Baking' && wait !== undefined) step.bakingSeconds = wait;
  return step;
}

function firstBaking(rows: VariantProgress[]): BakingView | undefined {
  // The new fleet's bake is the deployment's; the live variants' comes second.
  const ordered = [...rows.filter((r) => r.fleet === 'new'), ...rows.filter((r) => r.fleet === 'live')];
  for (const row of ordered) {
    const step = row.steps.find((s) => s.status === 'Baking');
    if (!step) continue;
    const baking: BakingView = { variant: row.name };
    if (step.since) baking.since = step.since;
    if (step.elapsedSeconds !== undefined) baking.elapsedSeconds = step.elapsedSeconds;
    if (step.bakingSeconds !== undefined) baking.bakingSeconds = step.bakingSeconds;
    return baking;
  }
  return undefined;
}

function change(current: number | undefined, desired: number | undefined): Change | undefined {
  if (current === undefined && desired === undefined) return undefined;
  const out: Change = {};
  if (current !== undefined) out.current = current;
  if (desired !== undefined) out.desired = desired;
  return out;
}

/** Each production variant's share of its fleet's traffic (weight ÷ the sum of weights), in whole percent. */
function trafficShares(variants: VariantView[]): (Change | undefined)[] | undefined {
  if (variants.length < 2) return undefined;
  const share = (pick: (v: VariantView) => number | undefined) => {
    const weights = variants.map(pick);
    if (weights.some((w) => w === undefined || w < 0)) return undefined;
    const total = weights.reduce<number>((sum, w) => sum + w!, 0);
    return total > 0 ? weights.map((w) => Math.round((w! / total) * 100)) : undefined;
  };
  const current = share((v) => v.currentWeight);
  const desired = share((v) => v.desiredWeight);
  if (!current && !desired) return undefined;
  return variants.map((_, i) => change(current?.[i], desired?.[i]));
}

/** Whole seconds from `from` to `to`; undefined for an invalid date or one in the future (a skewed clock). */
function secondsBetween(from: Date, to: Date): number | undefined {
  const ms = to.getTime() - from.getTime();
  return Number.isFinite(ms) && ms >= 0 ? Math.floor(ms / 1000) : undefined;
}
