// The server's declaration is checked before the comparison reads it: wrong shapes are refused, extra members are not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDeclaration } from '../../../client/src/status/declarationShape';

const known = <T>(value: T) => ({ known: true, value });
const good = {
  address: 'aws_sagemaker_endpoint.e',
  uri: 'file:///m/main.tf',
  line: 0,
  name: known('e'),
  endpointConfigName: { known: false, expression: 'aws_sagemaker_endpoint_configuration.c.name' },
  configuration: {
    address: 'aws_sagemaker_endpoint_configuration.c',
    uri: 'file:///m/main.tf',
    line: 0,
    name: known('c'),
    productionVariants: [{ variantName: known('v'), initialInstanceCount: known(2), serverless: { memorySizeInMb: known(2048) }, uri: 'u', line: 1 }],
    shadowVariants: [],
    dataCapture: { enableCapture: known(true), captureModes: [known('Input')] },
    someFutureMember: { anything: 1 },
  },
};

test('a declaration of the protocol\'s shape is read as is, future members included', () => {
  assert.equal(readDeclaration(good), good);
  assert.ok(readDeclaration({ ...good, configuration: undefined }));
});

test('wrong shapes are refused', () => {
  const config = good.configuration;
  const variant = config.productionVariants[0]!;
  const bad: unknown[] = [
    null,
    'declaration',
    [],
    { ...good, address: 7 },
    { ...good, name: { known: true } },
    { ...good, endpointConfigName: { known: 'yes', value: 'c' } },
    { ...good, configuration: { ...config, productionVariants: 'junk' } },
    { ...good, configuration: { ...config, shadowVariants: undefined } },
    { ...good, configuration: { ...config, name: undefined } },
    { ...good, configuration: { ...config, productionVariants: [{ ...variant, initialInstanceCount: known('2') }] } },
    { ...good, configuration: { ...config, productionVariants: [{ ...variant, instanceType: { known: false } }] } },
    { ...good, configuration: { ...config, productionVariants: [{ ...variant, serverless: { memorySizeInMb: known({}) } }] } },
    { ...good, configuration: { ...config, productionVariants: Array.from({ length: 51 }, () => variant) } },
    { ...good, configuration: { ...config, dataCapture: { enableCapture: known(true) } } },
    { ...good, configuration: { ...config, dataCapture: { captureModes: [known(1)] } } },
  ];
  for (const value of bad) assert.equal(readDeclaration(value), undefined, JSON.stringify(value)?.slice(0, 200));
});
