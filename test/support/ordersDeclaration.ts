// The declaration the language server gives for the e2e and README module (ml.m5.large × 2 behind a name_prefix),
// for tests of what the client does with it (the status panel's Terraform vs live and the endpoints view's), and the
// live endpoint the fake SageMaker serves against it: the README's case runs ml.g5.xlarge × 3.
import type { EndpointDeclaration } from '../../shared/protocol';
import { configPayload, endpointPayload, type FakeSageMaker } from './fakeSageMaker';

const URI = 'file:///work/module/main.tf';
const AT = { uri: URI, address: 'aws_sagemaker_endpoint.orders' };

/** What the server would say for the e2e module: ml.m5.large × 2 behind a name_prefix. */
const DECLARATION: EndpointDeclaration = {
  address: AT.address,
  uri: URI,
  line: 25,
  name: { known: true, value: 'orders-prod' },
  endpointConfigName: { known: false, expression: 'aws_sagemaker_endpoint_configuration.orders.name' },
  configuration: {
    address: 'aws_sagemaker_endpoint_configuration.orders',
    uri: URI,
    line: 8,
    name: { known: false, expression: 'name_prefix "orders-"' },
    namePrefix: 'orders-',
    productionVariants: [
      {
        variantName: { known: true, value: 'AllTraffic' },
        modelName: { known: false, expression: 'aws_sagemaker_model.orders.name' },
        instanceType: { known: true, value: 'ml.m5.large' },
        initialInstanceCount: { known: true, value: 2 },
        initialVariantWeight: { known: true, value: 1, defaulted: true },
        uri: URI,
        line: 16,
      },
    ],
    shadowVariants: [],
  },
};

export const ORDERS = { URI, AT, DECLARATION };

/** The e2e fixture's kms_key_arn: a live configuration with it has no KMS difference. */
export const ORDERS_KMS = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/**
 * Makes the fake serve `orders-prod` InService on configuration `configName` (a name the declared name_prefix
 * generates): one AllTraffic variant of `count` × `instanceType`, with the fixture's KMS key unless `kms` is false.
 */
export function serveOrders(fake: Pick<FakeSageMaker, 'put' | 'putConfig'>, { configName = 'orders-20240101000000000000000001', instanceType = 'ml.g5.xlarge', count = 3, kms = true } = {}): string {
  fake.put(endpointPayload('orders-prod', 'InService', { EndpointConfigName: configName, ProductionVariants: [{ VariantName: 'AllTraffic', CurrentInstanceCount: count, DesiredInstanceCount: count, CurrentWeight: 1, DesiredWeight: 1 }] }));
  fake.putConfig(
    configPayload(configName, {
      ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'orders-model', InstanceType: instanceType, InitialInstanceCount: count, InitialVariantWeight: 1 }],
      ...(kms ? { KmsKeyId: ORDERS_KMS } : {}),
    }),
  );
  return configName;
}
