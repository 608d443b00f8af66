// The view of an endpoint configuration that the Terraform-vs-live comparison reads, built from a
// DescribeEndpointConfig answer: only what Terraform declares, every string capped like the endpoint's view. Only
// `import type` from the AWS SDK: this module is bundled into the extension too, which must not load the SDK.
import type { DescribeEndpointConfigOutput, ProductionVariant } from '@aws-sdk/client-sagemaker';
import { capText, isNumber, listOf, TEXT_MAX } from './model';

export interface ConfigVariantView {
  name: string;
  modelName?: string;
  instanceType?: string;
  initialInstanceCount?: number;
  initialVariantWeight?: number;
  acceleratorType?: string;
  volumeSizeInGb?: number;
  inferenceAmiVersion?: string;
  serverless?: { memorySizeInMb?: number; maxConcurrency?: number; provisionedConcurrency?: number };
  managedInstanceScaling?: { status?: string; minInstanceCount?: number; maxInstanceCount?: number };
  routingStrategy?: string;
}

export interface EndpointConfigView {
  name: string;
  arn: string;
  variants: ConfigVariantView[];
  shadowVariants: ConfigVariantView[];
  dataCapture?: { enableCapture?: boolean; initialSamplingPercentage?: number; destinationS3Uri?: string; captureModes: string[] };
  asyncInference?: { s3OutputPath?: string; s3FailurePath?: string; kmsKeyId?: string };
  kmsKeyId?: string;
}

/** S3 URIs and KMS key ids or ARNs: the API allows up to 512 and 2048 characters. */
const URI_MAX = 2048;

/** Sets `key` on `target` only when `value` is present, so absent stays absent (not `undefined` members). */
function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const text = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value !== '' ? capText(value, max) : undefined);
const number = (value: unknown): number | undefined => (isNumber(value) ? value : undefined);

export function toEndpointConfigView(output: DescribeEndpointConfigOutput): EndpointConfigView {
  const view: EndpointConfigView = {
    name: capText(output.EndpointConfigName, TEXT_MAX.name),
    arn: capText(output.EndpointConfigArn, TEXT_MAX.arn),
    variants: listOf(output.ProductionVariants).map(toVariant),
    shadowVariants: listOf(output.ShadowProductionVariants).map(toVariant),
  };
  const capture = output.DataCaptureConfig;
  if (capture) {
    const modes = listOf(capture.CaptureOptions).map((o) => text(o?.CaptureMode, TEXT_MAX.enumeration)).filter((m): m is string => m !== undefined);
    view.dataCapture = { captureModes: modes };
    if (typeof capture.EnableCapture === 'boolean') view.dataCapture.enableCapture = capture.EnableCapture;
    put(view.dataCapture, 'initialSamplingPercentage', number(capture.InitialSamplingPercentage));
    put(view.dataCapture, 'destinationS3Uri', text(capture.DestinationS3Uri, URI_MAX));
  }
  const asyncOutput = output.AsyncInferenceConfig?.OutputConfig;
  if (asyncOutput) {
    view.asyncInference = {};
    put(view.asyncInference, 's3OutputPath', text(asyncOutput.S3OutputPath, URI_MAX));
    put(view.asyncInference, 's3FailurePath', text(asyncOutput.S3FailurePath, URI_MAX));
    put(view.asyncInference, 'kmsKeyId', text(asyncOutput.KmsKeyId, URI_MAX));
  }
  put(view, 'kmsKeyId', text(output.KmsKeyId, URI_MAX));
  return view;
}

function toVariant(v: ProductionVariant): ConfigVariantView {
  const view: ConfigVariantView = { name: capText(v.VariantName, TEXT_MAX.name) };
  put(view, 'modelName', text(v.ModelName, TEXT_MAX.name));
  put(view, 'instanceType', text(v.InstanceType, TEXT_MAX.enumeration));
  put(view, 'initialInstanceCount', number(v.InitialInstanceCount));
  put(view, 'initialVariantWeight', number(v.InitialVariantWeight));
  put(view, 'acceleratorType', text(v.AcceleratorType, TEXT_MAX.enumeration));
  put(view, 'volumeSizeInGb', number(v.VolumeSizeInGB));
  put(view, 'inferenceAmiVersion', text(v.InferenceAmiVersion, TEXT_MAX.enumeration));
  const s = v.ServerlessConfig;
  if (s) {
    view.serverless = {};
    put(view.serverless, 'memorySizeInMb', number(s.MemorySizeInMB));
    put(view.serverless, 'maxConcurrency', number(s.MaxConcurrency));
    put(view.serverless, 'provisionedConcurrency', number(s.ProvisionedConcurrency));
  }
  const m = v.ManagedInstanceScaling;
  if (m) {
    view.managedInstanceScaling = {};
    put(view.managedInstanceScaling, 'status', text(m.Status, TEXT_MAX.enumeration));
    put(view.managedInstanceScaling, 'minInstanceCount', number(m.MinInstanceCount));
    put(view.managedInstanceScaling, 'maxInstanceCount', number(m.MaxInstanceCount));
  }
  put(view, 'routingStrategy', text(v.RoutingConfig?.RoutingStrategy, TEXT_MAX.enumeration));
  return view;
}
