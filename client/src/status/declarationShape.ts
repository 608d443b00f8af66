// The language server's EndpointDeclaration answer checked before anything compares it: it is ours, but it crossed a
// process boundary, and a wrong shape must read as "could not be read", never as "In sync". Bounded: at most
// MAX_VARIANTS variants and MAX_MODES capture modes are looked at. Pure.
import type { EndpointDeclaration } from '../../../shared/protocol';

const MAX_VARIANTS = 50;
const MAX_MODES = 10;

type Kind = 'string' | 'number' | 'boolean';
type Shape = Record<string, Kind | ((value: unknown) => boolean)>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A Declared<T> whose known value has the type `kind`. */
function declared(kind: Kind): (value: unknown) => boolean {
  return (v) => isObject(v) && (v.known === true ? typeof v.value === kind : v.known === false && typeof v.expression === 'string');
}

/** Every member `shape` names is absent or of its shape; other members are ignored (additive protocol changes). */
function fits(value: unknown, shape: Shape): boolean {
  if (!isObject(value)) return false;
  return Object.entries(shape).every(([key, check]) => value[key] === undefined || (typeof check === 'function' ? check(value[key]) : declared(check)(value[key])));
}

const list = (item: (v: unknown) => boolean, max: number) => (v: unknown) => Array.isArray(v) && v.length <= max && v.every(item);

const VARIANT: Shape = {
  variantName: 'string',
  modelName: 'string',
  instanceType: 'string',
  initialInstanceCount: 'number',
  initialVariantWeight: 'number',
  acceleratorType: 'string',
  volumeSizeInGb: 'number',
  inferenceAmiVersion: 'string',
  routingStrategy: 'string',
  serverless: (v) => fits(v, { memorySizeInMb: 'number', maxConcurrency: 'number', provisionedConcurrency: 'number' }),
  managedInstanceScaling: (v) => fits(v, { status: 'string', minInstanceCount: 'number', maxInstanceCount: 'number' }),
};

const variants = list((v) => fits(v, VARIANT), MAX_VARIANTS);

const CONFIGURATION: Shape = {
  name: declared('string'),
  namePrefix: (v) => typeof v === 'string',
  productionVariants: variants,
  shadowVariants: variants,
  variantsIncomplete: (v) => typeof v === 'boolean',
  dataCapture: (v) =>
    fits(v, { enableCapture: 'boolean', initialSamplingPercentage: 'number', destinationS3Uri: 'string', captureModes: list(declared('string'), MAX_MODES) }) &&
    Array.isArray((v as { captureModes?: unknown }).captureModes),
  asyncInference: (v) => fits(v, { s3OutputPath: 'string', s3FailurePath: 'string', kmsKeyId: 'string' }),
  kmsKeyArn: 'string',
};

/** The answer as an EndpointDeclaration when it has the shape the comparison reads, else undefined. */
export function readDeclaration(value: unknown): EndpointDeclaration | undefined {
  if (!isObject(value) || typeof value.address !== 'string' || !declared('string')(value.name) || !declared('string')(value.endpointConfigName)) return undefined;
  const configuration = value.configuration;
  if (configuration !== undefined) {
    if (!isObject(configuration) || configuration.name === undefined || !Array.isArray(configuration.productionVariants) || !Array.isArray(configuration.shadowVariants)) return undefined;
    if (!fits(configuration, CONFIGURATION)) return undefined;
  }
  return value as unknown as EndpointDeclaration;
}

