// DescribeEndpointConfig through the gateway: the real AWS SDK over real HTTP to the fake SageMaker on 127.0.0.1, with
// fake credentials and a network guard that refuses anything but loopback.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createGateway, type GatewayOptions, type SageMakerGateway } from '../../../client/src/aws/index';
import { renderDriftSection } from '../../../client/src/status/driftHtml';
import { compareWithLive } from '../../../client/src/status/drift';
import { useAwsEnv, type AwsEnv } from '../../support/awsEnv';
import { accessDenied, configKey, configPayload, endpointPayload, JSON_CONTENT_TYPE, throttling } from '../../support/fakeSageMaker';
import { guardedFakeSageMaker } from '../../support/guardedFake';
import { problemOf } from '../../support/problemOf';

const fake = guardedFakeSageMaker();
let env: AwsEnv;
const opened: SageMakerGateway[] = [];
beforeEach(() => {
  fake().reset();
  env = useAwsEnv();
});
afterEach(() => {
  for (const g of opened.splice(0)) g.dispose();
  env.restore();
});

function open(options: Partial<GatewayOptions> = {}): { gateway: SageMakerGateway; lines: string[] } {
  const lines: string[] = [];
  const gateway = createGateway({ region: 'us-east-1', endpointUrl: fake().url, timeoutMs: 5000, log: (l) => lines.push(l), retryDelayMs: () => 0, ...options });
  opened.push(gateway);
  return { gateway, lines };
}


describe('DescribeEndpointConfig', () => {
  test('an awsJson1_1 request naming the configuration; the answer maps to the configuration view', async () => {
    fake().putConfig(
      configPayload('orders-2024', {
        ProductionVariants: [
          {
            VariantName: 'blue',
            ModelName: 'orders-model',
            InstanceType: 'ml.g5.xlarge',
            InitialInstanceCount: 3,
            InitialVariantWeight: 0.5,
            VolumeSizeInGB: 100,
            ManagedInstanceScaling: { Status: 'ENABLED', MinInstanceCount: 1, MaxInstanceCount: 4 },
            RoutingConfig: { RoutingStrategy: 'RANDOM' },
          },
          { VariantName: 'green', ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 1 } },
        ],
        ShadowProductionVariants: [{ VariantName: 'shadow', InstanceType: 'ml.m5.large', InitialInstanceCount: 1 }],
        DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 20, DestinationS3Uri: 's3://bucket/capture', CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] },
        AsyncInferenceConfig: { OutputConfig: { S3OutputPath: 's3://bucket/out' } },
        KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/abc',
      }),
    );
    const { gateway, lines } = open();
    const view = await gateway.describeEndpointConfig('orders-2024');
    const [request] = fake().requests;
    assert.equal(request!.headers['x-amz-target'], 'SageMaker.DescribeEndpointConfig');
    assert.equal(request!.headers['content-type'], JSON_CONTENT_TYPE);
    assert.deepEqual(request!.body, { EndpointConfigName: 'orders-2024' });
    assert.equal(view.name, 'orders-2024');
    assert.deepEqual(view.variants[0], {
      name: 'blue',
      modelName: 'orders-model',
      instanceType: 'ml.g5.xlarge',
      initialInstanceCount: 3,
      initialVariantWeight: 0.5,
      volumeSizeInGb: 100,
      managedInstanceScaling: { status: 'ENABLED', minInstanceCount: 1, maxInstanceCount: 4 },
      routingStrategy: 'RANDOM',
    });
    assert.deepEqual(view.variants[1], { name: 'green', serverless: { memorySizeInMb: 2048, maxConcurrency: 5, provisionedConcurrency: 1 } });
    assert.deepEqual(view.shadowVariants, [{ name: 'shadow', instanceType: 'ml.m5.large', initialInstanceCount: 1 }]);
    assert.deepEqual(view.dataCapture, { enableCapture: true, initialSamplingPercentage: 20, destinationS3Uri: 's3://bucket/capture', captureModes: ['Input', 'Output'] });
    assert.deepEqual(view.asyncInference, { s3OutputPath: 's3://bucket/out' });
    assert.equal(view.kmsKeyId, 'arn:aws:kms:us-east-1:123456789012:key/abc');
    assert.match(lines[0]!, /^DescribeEndpointConfig "orders-2024" us-east-1 -> HTTP 200, 1 attempt, \d+ ms$/);
  });

  test('AccessDeniedException → accessDenied naming sagemaker:DescribeEndpointConfig, not retried', async () => {
    fake().setAlways(configKey('locked'), accessDenied('DescribeEndpointConfig'));
    const { gateway } = open();
    const problem = await problemOf(gateway.describeEndpointConfig('locked'));
    assert.equal(problem.kind, 'accessDenied');
    assert.match(problem.detail, /not allowed to call sagemaker:DescribeEndpointConfig/);
    assert.match(problem.detail, /Ask for the sagemaker:DescribeEndpointConfig permission/);
    assert.equal(fake().requests.length, 1);
  });

  test('throttled twice then answered: the SDK retries; throttled every time → throttled after 3 attempts', async () => {
    fake().putConfig(configPayload('busy')).script(configKey('busy'), throttling(), throttling());
    const { gateway } = open();
    assert.equal((await gateway.describeEndpointConfig('busy')).name, 'busy');
    assert.equal(fake().requestsFor('DescribeEndpointConfig').length, 3);
    fake().setAlways(configKey('busy'), throttling());
    const problem = await problemOf(gateway.describeEndpointConfig('busy'));
    assert.equal(problem.kind, 'throttled');
    assert.match(problem.detail, /gave up after 3 attempts/);
  });

  test('a configuration that does not exist is its own not-found problem, naming the configuration', async () => {
    const { gateway } = open();
    const problem = await problemOf(gateway.describeEndpointConfig('gone-config'));
    assert.equal(problem.kind, 'notFound');
    assert.equal(problem.title, 'Endpoint configuration "gone-config" was not found in us-east-1.');
    assert.doesNotMatch(problem.detail, /terraform apply/);
  });

  test('a name SageMaker cannot have is refused without a request; endpoint and configuration names do not share scripts', async () => {
    const { gateway, lines } = open();
    const problem = await problemOf(gateway.describeEndpointConfig('not a name'));
    assert.equal(problem.kind, 'invalidName');
    assert.equal(fake().requests.length, 0);
    assert.match(lines[0]!, /no request sent/);
    fake().put(endpointPayload('same', 'InService')).setAlways('same', accessDenied()).putConfig(configPayload('same'));
    assert.equal((await gateway.describeEndpointConfig('same')).name, 'same');
  });

  test('a malformed answer is the unreadable-answer problem', async () => {
    fake().putConfig({ ...configPayload('odd'), ProductionVariants: 'none' });
    const problem = await problemOf(open().gateway.describeEndpointConfig('odd'));
    assert.equal(problem.title, 'SageMaker sent an answer that could not be read');
  });

  test('hostile strings in every field stay text once compared and rendered', async () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    fake().putConfig(
      configPayload('evil', {
        ProductionVariants: [{ VariantName: `${evil}v`, ModelName: evil, InstanceType: evil, InitialInstanceCount: 1, RoutingConfig: { RoutingStrategy: evil } }],
        DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 1, DestinationS3Uri: evil, CaptureOptions: [{ CaptureMode: evil }] },
        KmsKeyId: evil,
      }),
    );
    const live = await open().gateway.describeEndpointConfig('evil');
    assert.equal(live.variants[0]!.instanceType, evil, 'kept as the text it is');
    const known = <T>(value: T) => ({ known: true as const, value });
    const report = compareWithLive(
      {
        address: 'aws_sagemaker_endpoint.e',
        uri: 'file:///m/main.tf',
        line: 0,
        name: known('e'),
        endpointConfigName: known('evil'),
        configuration: {
          address: 'aws_sagemaker_endpoint_configuration.c',
          uri: 'file:///m/main.tf',
          line: 0,
          name: known('evil'),
          productionVariants: [{ variantName: known('AllTraffic'), instanceType: known('ml.m5.large'), uri: 'file:///m/main.tf', line: 1 }],
          shadowVariants: [],
        },
      },
      { configName: 'evil', variants: [] },
      live,
    );
    assert.ok(report.rows.length >= 2);
    const html = renderDriftSection({ state: 'compared', report });
    assert.doesNotMatch(html, /<img|onerror=alert\(1\)>/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;&quot;&#39;&amp;/);
  });
});
