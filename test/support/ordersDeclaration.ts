// The declaration the language server gives for the e2e and README module (ml.m5.large × 2 behind a name_prefix),
// for tests of what the client does with it: the status panel's Terraform vs live and the endpoints view's.
import type { EndpointDeclaration } from '../../shared/protocol';

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
