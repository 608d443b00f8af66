// The deployment progress view from DescribeEndpoint answers (JSON as SageMaker sends it, through toEndpointView): each
// transitional status, each deployment kind and step, baking against the configured wait, failures with alarms.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toEndpointView } from '../../../../client/src/status/model';
import { toProgressView, type ProgressView } from '../../../../client/src/status/progress';
import { endpointPayload, T0, updatingPayload } from '../../../support/fakeSageMaker';

type Json = Record<string, unknown>;
const at = (seconds: number) => new Date((T0 + seconds) * 1000);

function progressOf(payload: Json, nowSeconds = 1200): ProgressView | undefined {
  return toProgressView(toEndpointView(payload as never, 'us-east-1'), at(nowSeconds));
}
function mustProgress(payload: Json, nowSeconds?: number): ProgressView {
  const progress = progressOf(payload, nowSeconds);
  assert.ok(progress, 'a progress view');
  return progress;
}
const states = (p: ProgressView) => p.steps.map((s) => s.state);

/** updatingPayload with the new fleet's variant in `status` (or none) and the given deployment configuration. */
function deploying(status: string | undefined, config: Json | undefined, liveStatus?: string): Json {
  const base = updatingPayload('ep');
  const pending = structuredClone(base.PendingDeploymentSummary) as { ProductionVariants: Json[] };
  pending.ProductionVariants[0]!.VariantStatus = status ? [{ Status: status, StartTime: T0 + 1000 }] : [];
  const live = structuredClone(base.ProductionVariants) as Json[];
  if (liveStatus) live[0]!.VariantStatus = [{ Status: liveStatus, StartTime: T0 + 1100 }];
  const payload: Json = { ...base, PendingDeploymentSummary: pending, ProductionVariants: live };
  if (config === undefined) delete payload.LastDeploymentConfig;
  else payload.LastDeploymentConfig = config;
  return payload;
}

describe('when there is nothing to show', () => {
  test('a stable endpoint without a failure or a pending deployment has no progress section', () => {
    assert.equal(progressOf(endpointPayload('ep', 'InService')), undefined);
    assert.equal(progressOf(endpointPayload('ep', 'OutOfService')), undefined);
  });
});

describe('Creating', () => {
  test('says what is launched and that InService or Failed comes next', () => {
    const p = mustProgress(endpointPayload('ep', 'Creating'));
    assert.equal(p.tone, 'progress');
    assert.equal(p.title, 'Creating the endpoint');
    assert.equal(p.now, 'SageMaker is creating the endpoint from configuration ep-config: launching 1 instance, then starting the model containers and checking their health.');
    assert.match(p.next, /becomes InService and takes requests\. If it cannot, it becomes Failed with a reason\./);
    assert.deepEqual(p.steps, []);
  });

  test('a serverless variant is set up, not launched', () => {
    const p = mustProgress(
      endpointPayload('ep', 'Creating', {
        ProductionVariants: [{ VariantName: 'sls', CurrentServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 }, VariantStatus: [{ Status: 'Creating', StartTime: T0 + 10 }] }],
      }),
    );
    assert.match(p.now, /: setting up serverless capacity, then/);
    assert.deepEqual(p.variants.map((v) => [v.name, v.fleet, v.steps[0]?.words]), [['sls', 'live', 'creating instances and starting the model containers']]);
  });
});

describe('Updating: blue/green', () => {
  test('canary, baking: steps, phase, baking time against the wait, target and timeout, alarms', () => {
    const p = mustProgress(updatingPayload('ep'), 1200);
    assert.equal(p.kind, 'blueGreen');
    assert.equal(p.title, 'Blue/green deployment, canary');
    assert.deepEqual(states(p), ['done', 'done', 'now', 'next']);
    assert.deepEqual(
      p.steps.map((s) => s.text),
      [
        'Provision the new fleet (configuration ep-config-v2)',
        'Shift traffic to it: a canary of 1 instance first, then the rest',
        'Bake for 10 min after each shift, watching 2 rollback alarms',
        'Terminate the old fleet after a further 5 min',
      ],
    );
    assert.equal(p.now, 'Baking: the new fleet serves traffic while SageMaker watches 2 rollback alarms before going on.');
    assert.equal(
      p.next,
      'If no alarm goes off by the end of the bake, the rest of the traffic shifts to the new fleet (after that last shift and its bake, the old fleet is terminated). If one does, all traffic goes back to the old fleet.',
    );
    assert.deepEqual(p.baking, { variant: 'AllTraffic', since: at(1000), elapsedSeconds: 200, bakingSeconds: 600 });
    assert.deepEqual(p.target, { configName: 'ep-config-v2', fromConfigName: 'ep-config', startTime: at(700), elapsedSeconds: 500, timeoutSeconds: 7200 });
    assert.deepEqual(p.alarms, ['ep-5xx', 'ep-p99-latency']);
    assert.deepEqual(p.alarmsInFailure, []);
    assert.deepEqual(p.policyLines, [], 'the configuration is listed with a failure only');
  });

  test('the new fleet is always listed; a live variant only when it changes or reports a step', () => {
    const p = mustProgress(updatingPayload('ep'));
    assert.deepEqual(p.variants.map((v) => [v.name, v.fleet, v.instances, v.steps.map((s) => s.status)]), [['AllTraffic', 'new', { current: 2, desired: 2 }, ['Baking']]]);
    assert.equal(p.variants[0]!.steps[0]!.message, 'Canary traffic is on the new fleet');
    assert.equal(p.variants[0]!.steps[0]!.bakingSeconds, 600);
  });

  test('the step follows the variant statuses: Creating provisions, ActivatingTraffic shifts, Deleting on the old fleet terminates', () => {
    const allAtOnce = { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 300 } } };
    const provision = mustProgress(deploying('Creating', allAtOnce));
    assert.equal(provision.title, 'Blue/green deployment, all at once');
    assert.deepEqual(states(provision), ['now', 'next', 'next', 'next']);
    assert.equal(provision.now, 'SageMaker is provisioning the new fleet for configuration ep-config-v2: launching 2 instances, then starting the model containers.');
    assert.equal(provision.next, 'When the new instances pass their health checks, traffic starts to move: all of it at once.');

    const shift = mustProgress(deploying('ActivatingTraffic', allAtOnce));
    assert.deepEqual(states(shift), ['done', 'now', 'next', 'next']);
    assert.equal(shift.now, 'SageMaker is shifting traffic to the new fleet: all of it at once.');
    assert.equal(shift.next, 'Then a bake of 5 min; after it, the old fleet is terminated.');
    assert.equal(shift.steps[2]!.text, 'Bake for 5 min after the shift');

    const bake = mustProgress(deploying('Baking', allAtOnce));
    assert.equal(bake.now, 'Baking: the new fleet serves traffic while SageMaker waits before going on (no rollback alarms are configured).');
    assert.equal(bake.next, 'When the bake ends, the old fleet is terminated.');

    const terminate = mustProgress(deploying('Baking', allAtOnce, 'Deleting'));
    assert.deepEqual(states(terminate), ['done', 'done', 'done', 'now']);
    assert.equal(terminate.now, 'SageMaker is terminating the old fleet; the new fleet serves all traffic.');
    assert.equal(terminate.next, 'Then the endpoint becomes InService on configuration ep-config-v2.');
  });

  test('no step reported: every step unknown, and the phase says so', () => {
    const p = mustProgress(deploying(undefined, { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 60, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 } } } }));
    assert.deepEqual(states(p), ['unknown', 'unknown', 'unknown', 'unknown']);
    assert.equal(p.now, 'SageMaker is deploying configuration ep-config-v2; it reports no finer step yet.');
    assert.match(p.next, /If it fails, the endpoint keeps its previous configuration and the failure reason says why\./);
    assert.equal(p.baking, undefined);
  });

  test('linear: steps of a size, a bake after each', () => {
    const p = mustProgress(deploying('ActivatingTraffic', { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'LINEAR', WaitIntervalInSeconds: 120, LinearStepSize: { Type: 'CAPACITY_PERCENT', Value: 20 } } } }));
    assert.equal(p.title, 'Blue/green deployment, linear');
    assert.equal(p.now, 'SageMaker is shifting traffic to the new fleet: in steps of 20% of capacity.');
    assert.equal(p.next, 'Then a bake of 2 min; after it, the next step of traffic shifts (after the last step and its bake, the old fleet is terminated).');
    assert.equal(p.steps[2]!.text, 'Bake for 2 min after each shift');
  });

  test('no deployment configuration: SageMaker’s default, blue/green all at once, with no baking period reported', () => {
    const p = mustProgress(deploying('Baking', undefined));
    assert.equal(p.title, 'Blue/green deployment, all at once');
    assert.equal(p.steps[2]!.text, 'Bake after the shift (no baking period is reported)');
    assert.deepEqual(p.baking, { variant: 'AllTraffic', since: at(1000), elapsedSeconds: 200 });
    assert.equal(p.target?.timeoutSeconds, undefined);
  });
});

describe('Updating: rolling', () => {
  const rolling = (extra: Json = {}) => ({
    RollingUpdatePolicy: { MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 }, WaitIntervalInSeconds: 180, RollbackMaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 }, ...extra },
  });

  test('batches, the bake after each, and how many batches in all', () => {
    const p = mustProgress(deploying('Baking', { ...rolling(), AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'errors' }] } }));
    assert.equal(p.kind, 'rolling');
    assert.equal(p.title, 'Rolling deployment');
    assert.deepEqual(
      p.steps.map((s) => [s.text, s.state]),
      [
        ['Provision a batch of new instances (1 instance at a time)', 'done'],
        ['Move traffic from a batch of old instances to the new batch', 'done'],
        ['Bake for 3 min after each batch, watching 1 rollback alarm', 'now'],
        ['Terminate the old batch, and repeat (about 2 batches in all)', 'next'],
      ],
    );
    assert.equal(p.now, 'Baking: the new batch serves traffic while SageMaker watches 1 rollback alarm before going on.');
    assert.equal(
      p.next,
      'If no alarm goes off by the end of the bake, the old batch is terminated and the next batch starts (after the last batch, the endpoint becomes InService). If one does, SageMaker rolls back in batches of 2 instances.',
    );
    assert.deepEqual(p.baking, { variant: 'AllTraffic', since: at(1000), elapsedSeconds: 200, bakingSeconds: 180 });
  });

  test('a batch in percent of capacity gives the number of batches; provisioning names the batch size', () => {
    const p = mustProgress(deploying('Creating', rolling({ MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 25 } })));
    assert.equal(p.steps[3]!.text, 'Terminate the old batch, and repeat (about 4 batches in all)');
    assert.equal(p.now, 'SageMaker is provisioning the next batch of instances for configuration ep-config-v2 (batches of 25% of capacity).');
    assert.equal(p.next, 'When the new instances pass their health checks, traffic starts to move to them.');
    const terminate = mustProgress(deploying(undefined, rolling(), 'Deleting'));
    assert.equal(terminate.now, 'SageMaker is terminating a batch of old instances.');
    assert.match(terminate.next, /until every instance runs configuration ep-config-v2; then the endpoint becomes InService\./);
  });
});

describe('Updating in place (weights and capacities)', () => {
  test('names each change, with traffic shares; no steps', () => {
    const p = mustProgress(
      endpointPayload('ep', 'Updating', {
        ProductionVariants: [
          { VariantName: 'a', CurrentWeight: 0.5, DesiredWeight: 0.75, CurrentInstanceCount: 1, DesiredInstanceCount: 3, VariantStatus: [{ Status: 'Updating', StartTime: T0 + 900 }] },
          { VariantName: 'b', CurrentWeight: 0.5, DesiredWeight: 0.25, CurrentInstanceCount: 1, DesiredInstanceCount: 1 },
          { VariantName: 'c', CurrentWeight: 0, DesiredWeight: 0, CurrentInstanceCount: 1, DesiredInstanceCount: 1 },
        ],
      }),
    );
    assert.equal(p.kind, 'inPlace');
    assert.equal(p.title, 'Changing variants in place');
    assert.equal(p.now, 'SageMaker is changing variants in place: a: 1 → 3 instances, weight 0.5 → 0.75; b: weight 0.5 → 0.25.');
    assert.match(p.next, /If the change cannot be applied, SageMaker rolls it back \(status RollingBack\)\./);
    assert.deepEqual(p.steps, []);
    assert.deepEqual(
      p.variants.map((v) => [v.name, v.share]),
      [
        ['a', { current: 50, desired: 75 }],
        ['b', { current: 50, desired: 25 }],
      ],
      'c changes nothing and reports no step',
    );
  });

  test('nothing reported as changing', () => {
    const p = mustProgress(endpointPayload('ep', 'Updating'));
    assert.equal(p.now, 'SageMaker is applying an update; it reports no pending configuration and no change of counts or weights.');
    assert.deepEqual(p.variants, []);
  });
});

describe('RollingBack, SystemUpdating, Deleting', () => {
  test('rolling back a deployment: where traffic goes, the rollback batch, the alarm the reason names', () => {
    const config = {
      RollingUpdatePolicy: { MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 }, WaitIntervalInSeconds: 60, RollbackMaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 } },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ep-5xx' }, { AlarmName: 'ep-latency' }] },
    };
    const rolling = mustProgress({ ...deploying(undefined, config), EndpointStatus: 'RollingBack', FailureReason: 'Alarm ep-5xx went into ALARM state' });
    assert.equal(rolling.title, 'Rolling back');
    assert.equal(rolling.tone, 'progress');
    assert.equal(
      rolling.now,
      'SageMaker is undoing the deployment of configuration ep-config-v2: traffic goes back to configuration ep-config. It rolls back in batches of 50% of capacity. The failure reason names rollback alarm ep-5xx.',
    );
    assert.deepEqual(rolling.alarmsInFailure, ['ep-5xx']);
    assert.match(rolling.next, /If the rollback fails too, the status becomes UpdateRollbackFailed\./);
  });

  test('rolling back counts and weights (no pending deployment)', () => {
    const p = mustProgress(endpointPayload('ep', 'RollingBack'));
    assert.equal(p.now, 'A change to instance counts or weights could not be applied; SageMaker is putting the variants back to their previous counts and weights.');
  });

  test('maintenance and deletion', () => {
    const system = mustProgress(endpointPayload('ep', 'SystemUpdating'));
    assert.equal(system.title, 'Maintenance by SageMaker');
    assert.match(system.now, /It is not a change you made and it keeps your settings\./);
    assert.equal(system.next, 'The endpoint returns to InService by itself. Until then it cannot be updated, scaled or deleted.');
    const deleting = mustProgress(endpointPayload('ep', 'Deleting'));
    assert.equal(deleting.title, 'Deleting the endpoint');
    assert.equal(deleting.next, 'Then the endpoint is gone, and a refresh says it was not found.');
  });
});

describe('failures', () => {
  const config = {
    BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 300 }, MaximumExecutionTimeoutInSeconds: 3600 },
    AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'latency-high' }, { AlarmName: 'errors-high' }] },
  };

  test('Failed: what it means, the alarms, the configuration it ran with', () => {
    const p = mustProgress(endpointPayload('ep', 'Failed', { LastDeploymentConfig: config }));
    assert.equal(p.tone, 'failed');
    assert.equal(p.title, 'The endpoint failed');
    assert.equal(p.now, 'The endpoint failed and takes no requests.');
    assert.equal(p.next, 'Nothing more happens by itself. Fix what the failure reason names, then deploy again.');
    assert.deepEqual(p.alarms, ['latency-high', 'errors-high']);
    assert.deepEqual(p.policyLines, ['Blue/green: all traffic shifts to the new fleet at once', 'Wait between traffic shifts: 5 min', 'Maximum execution time: 1 h', 'Auto-rollback on alarms: latency-high, errors-high']);
  });

  test('an update that failed and was rolled back (InService with a reason) names the alarm that went off', () => {
    const p = mustProgress(endpointPayload('ep', 'InService', { FailureReason: 'Deployment rolled back: alarm errors-high is in ALARM', LastDeploymentConfig: config }));
    assert.equal(p.title, 'The last update failed');
    assert.equal(p.now, 'The last update did not complete; the endpoint still serves configuration ep-config. The failure reason names rollback alarm errors-high.');
    assert.deepEqual(p.alarmsInFailure, ['errors-high']);
  });

  test('UpdateRollbackFailed', () => {
    const p = mustProgress(endpointPayload('ep', 'UpdateRollbackFailed'));
    assert.equal(p.title, 'The update and its rollback failed');
    assert.match(p.now, /may be at neither the old nor the new instance counts and weights\.$/);
    assert.deepEqual(p.alarms, []);
    assert.deepEqual(p.policyLines, []);
  });
});

describe('time', () => {
  test('a start time after now (a skewed clock) gives no elapsed time rather than a negative one', () => {
    const p = mustProgress(updatingPayload('ep'), 500);
    assert.equal(p.target?.elapsedSeconds, undefined);
    assert.equal(p.baking?.elapsedSeconds, undefined);
    assert.equal(p.baking?.bakingSeconds, 600);
  });

  test('the view is a function of the time given: no clock is read', () => {
    assert.deepEqual(progressOf(updatingPayload('ep'), 1300)?.baking?.elapsedSeconds, 300);
    assert.deepEqual(progressOf(updatingPayload('ep'), 1900)?.baking?.elapsedSeconds, 900);
  });
});
