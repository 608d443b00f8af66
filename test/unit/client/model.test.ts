import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EndpointStatus, type DescribeEndpointOutput } from '@aws-sdk/client-sagemaker';
import {
  ENDPOINT_STATUSES,
  TRANSITIONAL_STATUSES,
  formatDuration,
  isTransitional,
  statusTone,
  toEndpointSummaryView,
  toEndpointView,
} from '../../../client/src/status/model';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, s));

// What each status the SDK knows means for the panel: the spec, checked against the SDK's own EndpointStatus enum so
// that a status AWS adds (or one our list drops) fails here rather than being shown untoned.
const EXPECTED_TONES: Record<string, [tone: string, transitional: boolean]> = {
  OutOfService: ['error', false],
  Creating: ['progress', true],
  Updating: ['progress', true],
  SystemUpdating: ['progress', true],
  RollingBack: ['progress', true],
  InService: ['ok', false],
  Deleting: ['progress', true],
  Failed: ['error', false],
  UpdateRollbackFailed: ['error', false],
};
const SDK_STATUSES = Object.values(EndpointStatus) as string[];
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('status tones and transitional statuses', () => {
  test("ENDPOINT_STATUSES is the SDK's EndpointStatus enum, and the spec above covers each", () => {
    assert.deepEqual(sorted(ENDPOINT_STATUSES), sorted(SDK_STATUSES));
    assert.deepEqual(sorted(Object.keys(EXPECTED_TONES)), sorted(SDK_STATUSES));
  });

  test('every EndpointStatus has its tone; only those that change on their own are transitional', () => {
    for (const status of SDK_STATUSES) {
      assert.deepEqual([statusTone(status), isTransitional(status)], EXPECTED_TONES[status], status);
    }
    const transitional = SDK_STATUSES.filter((status) => EXPECTED_TONES[status]![1]);
    assert.deepEqual(sorted(TRANSITIONAL_STATUSES), sorted(transitional));
    assert.throws(() => (TRANSITIONAL_STATUSES as string[]).push('InService'), 'the list cannot be changed at run time');
  });

  test('an unknown (future) status is neutral and not transitional; matching is case-sensitive', () => {
    for (const status of ['Hibernating', '', 'inservice', 'creating']) {
      assert.equal(statusTone(status), 'neutral');
      assert.equal(isTransitional(status), false);
    }
  });
});

describe('toEndpointView', () => {
  test('a minimal answer: required fields only, empty lists, no made-up optionals', () => {
    const view = toEndpointView(
      { EndpointName: 'm', EndpointArn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/m', EndpointStatus: 'Creating', CreationTime: at(0), LastModifiedTime: at(5) },
      'us-east-1',
    );
    assert.deepEqual(view, {
      name: 'm',
      arn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/m',
      region: 'us-east-1',
      status: 'Creating',
      statusTone: 'progress',
      creationTime: at(0),
      lastModifiedTime: at(5),
      variants: [],
      shadowVariants: [],
    });
  });

  test('instance pools give the instance type; serverless current vs desired; managed scaling and routing', () => {
    const output: DescribeEndpointOutput = {
      EndpointName: 'p',
      EndpointArn: 'arn',
      EndpointStatus: 'Updating',
      CreationTime: at(0),
      LastModifiedTime: at(0),
      ProductionVariants: [
        {
          VariantName: 'pools',
          InstancePools: [
            { InstanceType: 'ml.g5.xlarge', CurrentInstanceCount: 1 },
            { InstanceType: 'ml.g6.xlarge', CurrentInstanceCount: 2 },
          ],
          ManagedInstanceScaling: { Status: 'ENABLED', MinInstanceCount: 0, MaxInstanceCount: 4 },
          RoutingConfig: { RoutingStrategy: 'RANDOM' },
          CurrentInstanceCount: 3,
          DesiredInstanceCount: 3,
        },
        {
          VariantName: 'sls',
          CurrentServerlessConfig: { MemorySizeInMB: 1024, MaxConcurrency: 2 },
          DesiredServerlessConfig: { MemorySizeInMB: 1024, MaxConcurrency: 2 },
          VariantStatus: [{ Status: 'Creating', StatusMessage: 'Pulling image', StartTime: at(3) }],
        },
        { VariantName: 'desired-only', DesiredServerlessConfig: { MemorySizeInMB: 6144, MaxConcurrency: 200, ProvisionedConcurrency: 10 } },
      ],
    };
    const [pools, sls, desiredOnly] = toEndpointView(output, 'eu-west-1').variants;
    assert.equal(pools!.instanceType, 'ml.g5.xlarge, ml.g6.xlarge');
    assert.deepEqual(pools!.instancePools, [
      { instanceType: 'ml.g5.xlarge', currentInstanceCount: 1 },
      { instanceType: 'ml.g6.xlarge', currentInstanceCount: 2 },
    ]);
    assert.deepEqual(pools!.managedInstanceScaling, { status: 'ENABLED', minInstanceCount: 0, maxInstanceCount: 4 });
    assert.equal(pools!.routingStrategy, 'RANDOM');
    assert.deepEqual(sls!.serverless, { memorySizeInMb: 1024, maxConcurrency: 2 });
    assert.equal(sls!.desiredServerless, undefined, 'no desired config when nothing changes');
    assert.deepEqual(sls!.statuses, [{ status: 'Creating', message: 'Pulling image', startTime: at(3) }]);
    assert.deepEqual(desiredOnly!.serverless, { memorySizeInMb: 6144, maxConcurrency: 200, provisionedConcurrency: 10 });
  });

  test('rolling deployment, and auto-rollback alone, summarise in plain lines', () => {
    const rolling = toEndpointView(
      {
        EndpointName: 'r',
        EndpointArn: 'arn',
        EndpointStatus: 'InService',
        CreationTime: at(0),
        LastModifiedTime: at(0),
        LastDeploymentConfig: {
          RollingUpdatePolicy: {
            MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 },
            WaitIntervalInSeconds: 90,
            RollbackMaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 },
            MaximumExecutionTimeoutInSeconds: 5400,
          },
          AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'errors' }] },
        },
      },
      'us-east-1',
    );
    assert.deepEqual(rolling.lastDeployment, {
      kind: 'rolling',
      summary: [
        'Rolling update in batches of 1 instance',
        'Wait between batches: 1 min 30 s',
        'Rollback batch size: 50% of capacity',
        'Maximum execution time: 1 h 30 min',
        'Auto-rollback on alarm: errors',
      ],
    });
    const linear = toEndpointView(
      {
        EndpointName: 'l',
        EndpointArn: 'arn',
        EndpointStatus: 'InService',
        CreationTime: at(0),
        LastModifiedTime: at(0),
        LastDeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: { Type: 'LINEAR', WaitIntervalInSeconds: 0, LinearStepSize: { Type: 'INSTANCE_COUNT', Value: 2 } },
          },
        },
      },
      'us-east-1',
    );
    assert.deepEqual(linear.lastDeployment?.summary, ['Blue/green, linear: traffic shifts in steps of 2 instances', 'Wait between traffic shifts: 0 s']);
    const alarmsOnly = toEndpointView(
      { EndpointName: 'a', EndpointArn: 'arn', EndpointStatus: 'InService', CreationTime: at(0), LastModifiedTime: at(0), LastDeploymentConfig: { AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'x' }, { AlarmName: 'y' }] } } },
      'us-east-1',
    );
    assert.deepEqual(alarmsOnly.lastDeployment, { kind: 'blueGreen', summary: ['Auto-rollback on alarms: x, y'] });
    const empty = toEndpointView({ EndpointName: 'e', EndpointArn: 'arn', EndpointStatus: 'InService', CreationTime: at(0), LastModifiedTime: at(0), LastDeploymentConfig: {} }, 'us-east-1');
    assert.equal(empty.lastDeployment, undefined);
  });

  test('epoch-second numbers are accepted as timestamps, missing ones become an invalid Date rather than a throw', () => {
    const view = toEndpointView({ EndpointName: 'n', EndpointArn: 'arn', EndpointStatus: 'InService', CreationTime: 1_700_000_000 as unknown as Date, LastModifiedTime: undefined }, 'us-east-1');
    assert.equal(view.creationTime.toISOString(), '2023-11-14T22:13:20.000Z');
    assert.ok(Number.isNaN(view.lastModifiedTime.getTime()));
  });

  test('summaries from ListEndpoints', () => {
    assert.deepEqual(
      toEndpointSummaryView({ EndpointName: 's', EndpointArn: 'arn:s', EndpointStatus: 'RollingBack', CreationTime: at(1), LastModifiedTime: at(2) }),
      { name: 's', arn: 'arn:s', status: 'RollingBack', statusTone: 'progress', creationTime: at(1), lastModifiedTime: at(2) },
    );
  });
});

test('formatDuration', () => {
  assert.deepEqual([0, 45, 60, 90, 300, 3600, 5400, 28800].map(formatDuration), ['0 s', '45 s', '1 min', '1 min 30 s', '5 min', '1 h', '1 h 30 min', '8 h']);
});
