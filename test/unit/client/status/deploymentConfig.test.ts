import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bakingSeconds, capacityText, deploymentConfigLines, deploymentKind, toDeploymentConfigView } from '../../../../client/src/status/deploymentConfig';

test('blue/green: traffic routing, sizes and waits as numbers, alarms as names', () => {
  const view = toDeploymentConfigView({
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: { Type: 'LINEAR', WaitIntervalInSeconds: 90, LinearStepSize: { Type: 'INSTANCE_COUNT', Value: 2 } },
      TerminationWaitInSeconds: 30,
      MaximumExecutionTimeoutInSeconds: 1800,
    },
    AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'a' }, { AlarmName: '' }, {}, { AlarmName: 'b' }] },
  });
  assert.deepEqual(view, {
    alarms: ['a', 'b'],
    policy: { kind: 'blueGreen', trafficType: 'LINEAR', linearStepSize: { type: 'INSTANCE_COUNT', value: 2 }, waitIntervalSeconds: 90, terminationWaitSeconds: 30, maximumExecutionTimeoutSeconds: 1800 },
  });
  assert.equal(deploymentKind(view), 'blueGreen');
  assert.equal(bakingSeconds(view), 90);
});

test('rolling: batch sizes and wait; only alarms means the default blue/green', () => {
  const rolling = toDeploymentConfigView({ RollingUpdatePolicy: { MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 10 }, WaitIntervalInSeconds: 0, RollbackMaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 } } });
  assert.deepEqual(rolling?.policy, { kind: 'rolling', maximumBatchSize: { type: 'CAPACITY_PERCENT', value: 10 }, waitIntervalSeconds: 0, rollbackMaximumBatchSize: { type: 'INSTANCE_COUNT', value: 1 } });
  assert.equal(deploymentKind(rolling), 'rolling');
  assert.equal(bakingSeconds(rolling), 0);
  const alarmsOnly = toDeploymentConfigView({ AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'x' }] } });
  assert.deepEqual(alarmsOnly, { alarms: ['x'] });
  assert.equal(deploymentKind(alarmsOnly), 'blueGreen');
  assert.equal(bakingSeconds(alarmsOnly), undefined);
});

test('empty, missing or malformed parts are left out, never thrown on', () => {
  assert.equal(toDeploymentConfigView(undefined), undefined);
  assert.equal(toDeploymentConfigView({}), undefined);
  const odd = toDeploymentConfigView({
    BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: undefined, WaitIntervalInSeconds: Number.NaN, CanarySize: { Type: 'CAPACITY_PERCENT', Value: undefined } } },
    AutoRollbackConfiguration: { Alarms: 'not a list' as never },
  });
  assert.deepEqual(odd, { alarms: [], policy: { kind: 'blueGreen', trafficType: '' } });
  assert.deepEqual(deploymentConfigLines(odd!), ['Blue/green']);
});

test('lines and capacity words', () => {
  assert.equal(capacityText({ type: 'INSTANCE_COUNT', value: 1 }), '1 instance');
  assert.equal(capacityText({ type: 'INSTANCE_COUNT', value: 3 }), '3 instances');
  assert.equal(capacityText({ type: 'CAPACITY_PERCENT', value: 25 }), '25% of capacity');
  assert.equal(capacityText({ type: 'NEW_UNIT', value: 4 }), '4 (NEW_UNIT)');
  assert.equal(capacityText(undefined), undefined);
  const many = toDeploymentConfigView({ AutoRollbackConfiguration: { Alarms: Array.from({ length: 50 }, (_, i) => ({ AlarmName: `alarm-${i}` })) } });
  assert.equal(many?.alarms.length, 20, 'at most 20 alarms are kept');
});
