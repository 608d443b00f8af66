// Terraform vs live, one case per kind of difference, and the cases that must not be differences: values set at
// plan, generated names, name_prefix, autoscaled counts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Declared, DeclaredVariant, EndpointDeclaration } from '../../../shared/protocol';
import type { ConfigVariantView, EndpointConfigView } from '../../../client/src/status/configModel';
import { compareWithLive, driftSummary, type LiveEndpoint } from '../../../client/src/status/drift';
import type { VariantView } from '../../../client/src/status/model';

const URI = 'file:///work/module/main.tf';
const known = <T>(value: T, defaulted?: boolean): Declared<T> => (defaulted ? { known: true, value, defaulted } : { known: true, value });
const atPlan = (expression: string): Declared<never> => ({ known: false, expression });

function variant(extra: Partial<DeclaredVariant> = {}): DeclaredVariant {
  return {
    variantName: known('AllTraffic'),
    modelName: known('orders-model'),
    instanceType: known('ml.m5.large'),
    initialInstanceCount: known(2),
    initialVariantWeight: known(1, true),
    uri: URI,
    line: 10,
    ...extra,
  };
}

function declaration(extra: Partial<NonNullable<EndpointDeclaration['configuration']>> = {}, endpoint: Partial<EndpointDeclaration> = {}): EndpointDeclaration {
  return {
    address: 'aws_sagemaker_endpoint.orders',
    uri: URI,
    line: 20,
    name: known('orders-prod'),
    endpointConfigName: atPlan('aws_sagemaker_endpoint_configuration.orders.name'),
    configuration: {
      address: 'aws_sagemaker_endpoint_configuration.orders',
      uri: URI,
      line: 1,
      name: known('orders-config'),
      productionVariants: [variant()],
      shadowVariants: [],
      ...extra,
    },
    ...endpoint,
  };
}

function liveVariant(extra: Partial<ConfigVariantView> = {}): ConfigVariantView {
  return { name: 'AllTraffic', modelName: 'orders-model', instanceType: 'ml.m5.large', initialInstanceCount: 2, initialVariantWeight: 1, ...extra };
}

function config(extra: Partial<EndpointConfigView> = {}): EndpointConfigView {
  return { name: 'orders-config', arn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint-config/orders-config', variants: [liveVariant()], shadowVariants: [], ...extra };
}

function running(extra: Partial<VariantView> = {}): VariantView {
  return { name: 'AllTraffic', currentInstanceCount: 2, desiredInstanceCount: 2, currentWeight: 1, statuses: [], ...extra };
}

function endpoint(extra: Partial<LiveEndpoint> = {}): LiveEndpoint {
  return { configName: 'orders-config', variants: [running()], shadowVariants: [], ...extra };
}

const kinds = (report: ReturnType<typeof compareWithLive>) => report.rows.map((r) => [r.kind, r.subject, r.terraform, r.live]);

describe('in sync', () => {
  test('nothing differs: no rows, and the summary says in sync', () => {
    const report = compareWithLive(declaration(), endpoint(), config());
    assert.deepEqual(report.rows, []);
    assert.equal(report.configuration, 'same');
    assert.equal(report.comparedWith, 'orders-config');
    assert.deepEqual(driftSummary(report), { differences: 0, text: 'in sync' });
  });

  test('values set at plan are listed as not compared, never as differences', () => {
    const d = declaration({ productionVariants: [variant({ modelName: atPlan('aws_sagemaker_model.m.name'), instanceType: atPlan('var.type'), initialInstanceCount: atPlan('var.count') })] });
    const report = compareWithLive(d, endpoint({ variants: [running({ currentInstanceCount: 7 })] }), config({ variants: [liveVariant({ modelName: 'other', instanceType: 'ml.g5.xlarge', initialInstanceCount: 5 })] }));
    assert.deepEqual(report.rows, []);
    assert.deepEqual(report.notCompared, ['Variant AllTraffic: model', 'Variant AllTraffic: instance type', 'Variant AllTraffic: instance count']);
    assert.equal(driftSummary(report).text, 'in sync');
  });

  test('without the live configuration nothing is compared and the summary says so', () => {
    const report = compareWithLive(declaration(), endpoint());
    assert.deepEqual(report.rows, []);
    assert.equal(report.comparedWith, undefined);
    assert.equal(report.configuration, 'same');
    assert.equal(driftSummary(report).text, 'not compared', 'agreeing names are not "in sync"');
  });
});

describe('the configuration the endpoint runs', () => {
  test('another name than the literal endpoint_config_name: not applied yet, or applied elsewhere', () => {
    const report = compareWithLive(declaration({}, { endpointConfigName: known('orders-config-v2') }), endpoint(), config());
    assert.deepEqual(kinds(report), [['configuration', 'Endpoint configuration', 'orders-config-v2', 'orders-config']]);
    assert.match(report.rows[0]!.meaning, /not applied yet \(run terraform apply\), or the endpoint was updated elsewhere/);
    assert.deepEqual(driftSummary(report), { differences: 1, text: '1 difference' });
  });

  test('name_prefix: a live name starting with the prefix is Terraform\'s; another one is not', () => {
    const prefixed = declaration({ name: atPlan('(generated from name_prefix)'), namePrefix: 'orders-' });
    const same = compareWithLive(prefixed, endpoint({ configName: 'orders-20240101000000000000000001' }), config({ name: 'orders-20240101000000000000000001' }));
    assert.deepEqual(same.rows, []);
    assert.equal(same.configuration, 'same');
    const other = compareWithLive(prefixed, endpoint({ configName: 'manual-config' }), config({ name: 'manual-config' }));
    assert.deepEqual(kinds(other), [['configuration', 'Endpoint configuration', 'orders-… (name_prefix)', 'manual-config']]);
  });

  test('a generated or computed configuration name is not judged', () => {
    const report = compareWithLive(declaration({ name: atPlan('(generated)') }), endpoint({ configName: 'terraform-20240101' }), config({ name: 'terraform-20240101' }));
    assert.deepEqual(report.rows, []);
    assert.equal(report.configuration, 'unknown');
    const nothing = compareWithLive({ ...declaration(), configuration: undefined }, endpoint(), config());
    assert.deepEqual(nothing.rows, []);
    assert.deepEqual(nothing.notCompared, ['Endpoint configuration (endpoint_config_name is set at plan)']);
    assert.equal(driftSummary(nothing).text, 'not compared');
  });

  test("while Terraform's configuration is being deployed: expected, and the contents are judged against the pending one", () => {
    const d = declaration({}, { endpointConfigName: known('orders-config-v2') });
    const e = endpoint({ configName: 'orders-config', pendingDeployment: { configName: 'orders-config-v2', variants: [], shadowVariants: [] }, variants: [running({ currentInstanceCount: 1 })] });
    const pending = config({ name: 'orders-config-v2', variants: [liveVariant({ instanceType: 'ml.c5.large' })] });
    const report = compareWithLive(d, e, config({ variants: [liveVariant({ instanceType: 'ml.t2.medium' })] }), pending);
    assert.deepEqual(kinds(report), [
      ['deploying', 'Endpoint configuration', 'orders-config-v2', 'orders-config → orders-config-v2'],
      ['instanceType', 'Variant AllTraffic: instance type', 'ml.m5.large', 'ml.c5.large'],
    ]);
    assert.equal(report.rows[0]!.expected, true);
    assert.equal(report.comparedWith, 'orders-config-v2');
    const clean = compareWithLive(d, e, config(), config({ name: 'orders-config-v2' }));
    assert.deepEqual(driftSummary(clean), { differences: 0, text: 'Terraform being deployed' });
  });

  test('a deployment to a configuration that is not Terraform\'s either is named in the meaning', () => {
    const d = declaration({}, { endpointConfigName: known('tf-config') });
    const e = endpoint({ pendingDeployment: { configName: 'console-config', variants: [], shadowVariants: [] } });
    const report = compareWithLive(d, e, config());
    assert.equal(report.rows[0]!.kind, 'configuration');
    assert.match(report.rows[0]!.meaning, /A deployment to console-config, which is not Terraform's either, is under way/);
  });
});

describe('variants', () => {
  test('instance type and count differ (the README case: ml.m5.large × 2 declared, ml.g5.xlarge × 3 live)', () => {
    const report = compareWithLive(declaration(), endpoint({ variants: [running({ currentInstanceCount: 3 })] }), config({ variants: [liveVariant({ instanceType: 'ml.g5.xlarge', initialInstanceCount: 3 })] }));
    assert.deepEqual(kinds(report), [
      ['instanceType', 'Variant AllTraffic: instance type', 'ml.m5.large', 'ml.g5.xlarge'],
      ['instanceCount', 'Variant AllTraffic: instance count', '2', '3'],
    ]);
    assert.equal(driftSummary(report).text, '2 differences');
  });

  test('a count the configuration matches but autoscaling moved is expected: managed scaling within its bounds', () => {
    const scaling = { status: 'ENABLED', minInstanceCount: 1, maxInstanceCount: 6 };
    const report = compareWithLive(declaration(), endpoint({ variants: [running({ currentInstanceCount: 5, managedInstanceScaling: scaling })] }), config({ variants: [liveVariant({ managedInstanceScaling: scaling })] }));
    assert.deepEqual(kinds(report), [['autoscaled', 'Variant AllTraffic: instance count', '2', '5 running']]);
    assert.equal(report.rows[0]!.expected, true);
    assert.match(report.rows[0]!.meaning, /Managed instance scaling set it \(it keeps the variant between 1 and 6 instances\)\. .*expected, not drift/);
    assert.deepEqual(driftSummary(report), { differences: 0, text: 'in sync' });
  });

  test('a count moved without managed scaling reads as Application Auto Scaling, expected and neutral', () => {
    const report = compareWithLive(declaration(), endpoint({ variants: [running({ currentInstanceCount: 4 })] }), config());
    assert.deepEqual(kinds(report), [['autoscaled', 'Variant AllTraffic: instance count', '2', '4 running']]);
    assert.match(report.rows[0]!.meaning, /Application Auto Scaling/);
    assert.doesNotMatch(report.rows[0]!.meaning, /problem|error|wrong/i);
  });

  test('a configuration count that differs is drift, with the running count alongside', () => {
    const report = compareWithLive(declaration(), endpoint({ variants: [running({ currentInstanceCount: 4 })] }), config({ variants: [liveVariant({ initialInstanceCount: 3 })] }));
    assert.deepEqual(kinds(report), [['instanceCount', 'Variant AllTraffic: instance count', '2', '3 (4 running now)']]);
  });

  test('weight differs; a defaulted weight says so; no model (inference components) means the weight is not judged', () => {
    const report = compareWithLive(declaration(), endpoint(), config({ variants: [liveVariant({ initialVariantWeight: 0.5 })] }));
    assert.deepEqual(kinds(report), [['weight', 'Variant AllTraffic: initial weight', '1 (default)', '0.5']]);
    const components = compareWithLive(declaration({ productionVariants: [variant({ modelName: undefined })] }), endpoint(), config({ variants: [liveVariant({ modelName: undefined, initialVariantWeight: 0 })] }));
    assert.deepEqual(components.rows, []);
    const float = compareWithLive(declaration({ productionVariants: [variant({ initialVariantWeight: known(0.3) })] }), endpoint(), config({ variants: [liveVariant({ initialVariantWeight: 0.1 + 0.2 })] }));
    assert.deepEqual(float.rows, [], 'floats compare as numbers, not bit patterns');
  });

  test('serverless settings differ; serverless against instances is one row', () => {
    const sls = variant({ instanceType: undefined, initialInstanceCount: undefined, serverless: { memorySizeInMb: known(2048), maxConcurrency: known(5), provisionedConcurrency: known(1) } });
    const liveSls = liveVariant({ instanceType: undefined, initialInstanceCount: undefined, serverless: { memorySizeInMb: 4096, maxConcurrency: 5 } });
    const report = compareWithLive(declaration({ productionVariants: [sls] }), endpoint({ variants: [running({ currentInstanceCount: undefined })] }), config({ variants: [liveSls] }));
    assert.deepEqual(kinds(report), [
      ['serverless', 'Variant AllTraffic: serverless memory (MB)', '2048', '4096'],
      ['serverless', 'Variant AllTraffic: serverless provisioned concurrency', '1', 'not set'],
    ]);
    const onInstances = compareWithLive(declaration({ productionVariants: [sls] }), endpoint(), config());
    assert.deepEqual(kinds(onInstances), [['serverless', 'Variant AllTraffic: compute', 'serverless', 'instances (ml.m5.large)']]);
    const nowServerless = compareWithLive(declaration(), endpoint(), config({ variants: [liveSls] }));
    assert.deepEqual(kinds(nowServerless), [['serverless', 'Variant AllTraffic: compute', 'instances (ml.m5.large)', 'serverless']]);
  });

  test('routing strategy, model, accelerator, volume, AMI and managed scaling differ', () => {
    const d = variant({
      routingStrategy: known('LEAST_OUTSTANDING_REQUESTS'),
      acceleratorType: known('ml.eia2.medium'),
      volumeSizeInGb: known(50),
      inferenceAmiVersion: known('al2-ami-sagemaker-inference-gpu-2'),
      managedInstanceScaling: { status: known('ENABLED'), minInstanceCount: known(1), maxInstanceCount: known(4) },
    });
    const l = liveVariant({ modelName: 'orders-model-v0', routingStrategy: 'RANDOM', volumeSizeInGb: 50, managedInstanceScaling: { status: 'ENABLED', minInstanceCount: 1, maxInstanceCount: 8 } });
    const report = compareWithLive(declaration({ productionVariants: [d] }), endpoint(), config({ variants: [l] }));
    assert.deepEqual(kinds(report), [
      ['model', 'Variant AllTraffic: model', 'orders-model', 'orders-model-v0'],
      ['routing', 'Variant AllTraffic: routing strategy', 'LEAST_OUTSTANDING_REQUESTS', 'RANDOM'],
      ['setting', 'Variant AllTraffic: accelerator', 'ml.eia2.medium', 'not set'],
      ['setting', 'Variant AllTraffic: inference AMI version', 'al2-ami-sagemaker-inference-gpu-2', 'not set'],
      ['setting', 'Variant AllTraffic: managed scaling maximum', '4', '8'],
    ]);
  });

  test('a variant only live and one only in Terraform', () => {
    const report = compareWithLive(declaration(), endpoint(), config({ variants: [liveVariant({ name: 'blue' })] }));
    assert.deepEqual(kinds(report), [
      ['variantOnlyTerraform', 'Variant AllTraffic', 'declared', 'not in the live configuration'],
      ['variantOnlyLive', 'Variant blue', 'not declared', 'in the live configuration'],
    ]);
  });

  test('a shadow variant only in Terraform; shadow variants are compared like production ones', () => {
    const d = declaration({ shadowVariants: [variant({ variantName: known('shadow'), instanceType: known('ml.m5.xlarge') })] });
    assert.deepEqual(kinds(compareWithLive(d, endpoint(), config())), [['variantOnlyTerraform', 'Shadow variant shadow', 'declared', 'not in the live configuration']]);
    const both = compareWithLive(d, endpoint(), config({ shadowVariants: [liveVariant({ name: 'shadow', instanceType: 'ml.m5.large' })] }));
    assert.deepEqual(kinds(both), [['instanceType', 'Shadow variant shadow: instance type', 'ml.m5.xlarge', 'ml.m5.large']]);
  });

  test('a variant without variant_name pairs with the one generated live variant; with a name set at plan too', () => {
    const generated = compareWithLive(declaration({ productionVariants: [variant({ variantName: undefined })] }), endpoint({ variants: [running({ name: 'terraform-2024' })] }), config({ variants: [liveVariant({ name: 'terraform-2024', instanceType: 'ml.c5.large' })] }));
    assert.deepEqual(kinds(generated), [['instanceType', 'Variant terraform-2024: instance type', 'ml.m5.large', 'ml.c5.large']]);
    const computed = compareWithLive(declaration({ productionVariants: [variant({ variantName: atPlan('var.name') })] }), endpoint(), config({ variants: [liveVariant({ name: 'whatever' })] }));
    assert.deepEqual(computed.rows, []);
    const notGenerated = compareWithLive(declaration({ productionVariants: [variant({ variantName: undefined })] }), endpoint(), config({ variants: [liveVariant({ name: 'blue' })] }));
    assert.deepEqual(notGenerated.rows, [], 'a live variant that cannot be the generated one is not reported while an unnamed declaration remains');
    assert.deepEqual(notGenerated.notCompared, ['Variant without variant_name', 'Variant blue (Terraform may declare it through a name or dynamic block set at plan)']);
  });

  test('variants a dynamic block adds at plan: live-only variants are not reported', () => {
    const report = compareWithLive(declaration({ variantsIncomplete: true }), endpoint(), config({ variants: [liveVariant(), liveVariant({ name: 'extra' })] }));
    assert.deepEqual(report.rows, []);
    assert.equal(report.notCompared.length, 1);
  });
});

describe('data capture and other settings', () => {
  const capture = (extra = {}) => ({ enableCapture: known(true), initialSamplingPercentage: known(20), destinationS3Uri: known('s3://bucket/capture'), captureModes: [known('Input'), known('Output')], ...extra });
  const liveCapture = { enableCapture: true, initialSamplingPercentage: 20, destinationS3Uri: 's3://bucket/capture/', captureModes: ['Output', 'Input'] };

  test('same data capture (a trailing slash and the order of modes aside) is in sync', () => {
    assert.deepEqual(compareWithLive(declaration({ dataCapture: capture() }), endpoint(), config({ dataCapture: liveCapture })).rows, []);
  });

  test('sampling, destination and modes differ; declared but absent live; live but not declared', () => {
    const report = compareWithLive(declaration({ dataCapture: capture({ initialSamplingPercentage: known(50), captureModes: [known('Input')] }) }), endpoint(), config({ dataCapture: { ...liveCapture, destinationS3Uri: 's3://other' } }));
    assert.deepEqual(kinds(report), [
      ['dataCapture', 'Data capture: sampling %', '50', '20'],
      ['dataCapture', 'Data capture: destination', 's3://bucket/capture', 's3://other'],
      ['dataCapture', 'Data capture: modes', 'Input', 'Input, Output'],
    ]);
    assert.deepEqual(kinds(compareWithLive(declaration({ dataCapture: capture() }), endpoint(), config())), [['dataCapture', 'Data capture', 'declared', 'not set']]);
    assert.deepEqual(kinds(compareWithLive(declaration(), endpoint(), config({ dataCapture: liveCapture }))), [['dataCapture', 'Data capture', 'not declared', 'capturing']]);
    const modesAtPlan = compareWithLive(declaration({ dataCapture: capture({ captureModes: [atPlan('var.mode')] }) }), endpoint(), config({ dataCapture: liveCapture }));
    assert.deepEqual(modesAtPlan.rows, []);
    assert.deepEqual(modesAtPlan.notCompared, ['Data capture: modes']);
  });

  test('KMS key and async output path differ', () => {
    const report = compareWithLive(
      declaration({ kmsKeyArn: known('arn:aws:kms:us-east-1:123456789012:key/a'), asyncInference: { s3OutputPath: known('s3://out/') } }),
      endpoint(),
      config({ kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/b', asyncInference: { s3OutputPath: 's3://out' } }),
    );
    assert.deepEqual(kinds(report), [['setting', 'KMS key', 'arn:aws:kms:us-east-1:123456789012:key/a', 'arn:aws:kms:us-east-1:123456789012:key/b']]);
  });
});
