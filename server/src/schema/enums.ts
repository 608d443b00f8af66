// Turns the AWS SDK's enumerations (generated/awsEnums.ts) into EnumValue lists with a short meaning per value.
// The *values* always come from the SDK; this file only holds prose keyed by value. A value the SDK adds later still
// appears (with a generic doc) until someone writes its line; test/unit/schema/enums.test.ts lists any value without one.

import type { EnumValue } from './types';
import {
  AsyncNotificationTopicTypes,
  CapacityReservationPreference,
  CapacitySizeType,
  CaptureMode,
  ManagedInstanceScalingStatus,
  ProductionVariantAcceleratorType,
  ProductionVariantInferenceAmiVersion,
  ProductionVariantInstanceType,
  RoutingStrategy,
  TrafficRoutingConfigType,
} from './generated/awsEnums';

/** Doc for a value AWS added after the prose below was written. */
const NEWER_VALUE = 'A value accepted by the installed AWS SDK that this extension does not describe yet.';

function withDocs(values: readonly string[], docs: Readonly<Record<string, string>>, deprecated?: string): EnumValue[] {
  return values.map((value) => {
    const entry: EnumValue = { value, doc: docs[value] ?? NEWER_VALUE };
    if (deprecated) entry.deprecated = deprecated;
    return entry;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Instance types: documented by family (the part between `ml.` and the size), never listed by value.

/** What each SageMaker hosting instance family is. Keys are family prefixes, not instance types. */
export const INSTANCE_FAMILY_DOCS: Readonly<Record<string, string>> = {
  c4: 'Compute optimized, 4th generation (Intel Xeon, previous generation)',
  c5: 'Compute optimized, 5th generation (Intel Xeon Scalable)',
  c5d: 'Compute optimized, 5th generation (Intel Xeon Scalable) with local NVMe SSD storage',
  c6g: 'Compute optimized, AWS Graviton2 (Arm) processors',
  c6gd: 'Compute optimized, AWS Graviton2 (Arm) with local NVMe SSD storage',
  c6gn: 'Compute optimized, AWS Graviton2 (Arm) with enhanced networking bandwidth',
  c6i: 'Compute optimized, 3rd generation Intel Xeon Scalable (Ice Lake)',
  c6in: 'Compute optimized, 3rd generation Intel Xeon Scalable with enhanced networking bandwidth',
  c7g: 'Compute optimized, AWS Graviton3 (Arm) processors',
  c7i: 'Compute optimized, 4th generation Intel Xeon Scalable (Sapphire Rapids)',
  c8g: 'Compute optimized, AWS Graviton4 (Arm) processors',
  dl1: 'Deep learning instances with Habana Gaudi accelerators',
  g4dn: 'GPU instances with NVIDIA T4 Tensor Core GPUs',
  g5: 'GPU instances with NVIDIA A10G Tensor Core GPUs',
  g6: 'GPU instances with NVIDIA L4 Tensor Core GPUs',
  g6e: 'GPU instances with NVIDIA L40S Tensor Core GPUs',
  g7: 'GPU instances with NVIDIA RTX PRO 4500 Blackwell Server Edition GPUs',
  g7e: 'GPU instances with NVIDIA RTX PRO 6000 Blackwell Server Edition GPUs',
  inf1: 'AWS Inferentia (first generation) inference accelerators',
  inf2: 'AWS Inferentia2 accelerators',
  m4: 'General purpose, 4th generation (Intel Xeon, previous generation)',
  m5: 'General purpose, 5th generation (Intel Xeon Scalable)',
  m5d: 'General purpose, 5th generation (Intel Xeon Scalable) with local NVMe SSD storage',
  m6g: 'General purpose, AWS Graviton2 (Arm) processors',
  m6gd: 'General purpose, AWS Graviton2 (Arm) with local NVMe SSD storage',
  m6i: 'General purpose, 3rd generation Intel Xeon Scalable (Ice Lake)',
  m7i: 'General purpose, 4th generation Intel Xeon Scalable (Sapphire Rapids)',
  m8g: 'General purpose, AWS Graviton4 (Arm) processors',
  p2: 'GPU instances with NVIDIA K80 GPUs (previous generation)',
  p3: 'GPU instances with NVIDIA V100 Tensor Core GPUs',
  p4d: 'GPU instances with NVIDIA A100 Tensor Core GPUs (40 GB)',
  p4de: 'GPU instances with NVIDIA A100 Tensor Core GPUs (80 GB)',
  p5: 'GPU instances with NVIDIA H100 Tensor Core GPUs',
  p5e: 'GPU instances with NVIDIA H200 Tensor Core GPUs',
  p5en: 'GPU instances with NVIDIA H200 Tensor Core GPUs and higher network bandwidth',
  'p6-b200': 'GPU instances with NVIDIA B200 (Blackwell) GPUs',
  'p6-b300': 'GPU instances with NVIDIA B300 (Blackwell Ultra) GPUs',
  'p6e-gb200': 'NVIDIA GB200 Grace Blackwell superchip instances',
  r5: 'Memory optimized, 5th generation (Intel Xeon Scalable)',
  r5d: 'Memory optimized, 5th generation (Intel Xeon Scalable) with local NVMe SSD storage',
  r6g: 'Memory optimized, AWS Graviton2 (Arm) processors',
  r6gd: 'Memory optimized, AWS Graviton2 (Arm) with local NVMe SSD storage',
  r6i: 'Memory optimized, 3rd generation Intel Xeon Scalable (Ice Lake)',
  r7gd: 'Memory optimized, AWS Graviton3 (Arm) with local NVMe SSD storage',
  r7i: 'Memory optimized, 4th generation Intel Xeon Scalable (Sapphire Rapids)',
  r8g: 'Memory optimized, AWS Graviton4 (Arm) processors',
  t2: 'Burstable general purpose (CPU credits; suited to light or test traffic)',
  trn1: 'AWS Trainium accelerators',
  trn1n: 'AWS Trainium accelerators with doubled network bandwidth',
  trn2: 'AWS Trainium2 accelerators',
};

/** The family and size of `ml.<family>.<size>`, or undefined for a value of another shape. */
export function instanceTypeParts(instanceType: string): { family: string; size: string } | undefined {
  const match = /^ml\.([^.]+)\.([^.]+)$/.exec(instanceType);
  return match ? { family: match[1], size: match[2] } : undefined;
}

/** A rough category for a family missing from the table (a new family the SDK added). */
function familyFallback(family: string): string {
  if (family.startsWith('inf')) return 'AWS Inferentia inference accelerators';
  if (family.startsWith('trn')) return 'AWS Trainium accelerators';
  switch (family[0]) {
    case 'c':
      return 'Compute optimized';
    case 'm':
      return 'General purpose';
    case 'r':
      return 'Memory optimized';
    case 't':
      return 'Burstable general purpose';
    case 'g':
    case 'p':
      return 'GPU accelerated';
    default:
      return 'SageMaker ML instance';
  }
}

/** One line about an instance type: its family and its size. */
export function instanceTypeDoc(instanceType: string): string {
  const parts = instanceTypeParts(instanceType);
  if (!parts) return 'SageMaker ML instance type.';
  const { family, size } = parts;
  const what = INSTANCE_FAMILY_DOCS[family] ?? familyFallback(family);
  return `${what}; size \`${size}\`.`;
}

/** Every hosting instance type the SDK knows (277 in 3.1142.0), with a family/size doc. */
export const INSTANCE_TYPE_VALUES: readonly EnumValue[] = ProductionVariantInstanceType.map((value) => ({
  value,
  doc: instanceTypeDoc(value),
}));

// ---------------------------------------------------------------------------------------------------------------
// Elastic Inference accelerators: every value is deprecated.

export const ELASTIC_INFERENCE_GONE =
  'Elastic Inference has been discontinued and the SageMaker API no longer supports this setting. ' +
  'Pick a GPU or Inferentia instance type instead.';

function acceleratorDoc(value: string): string {
  const match = /^ml\.eia(\d+)\.(\w+)$/.exec(value);
  if (!match) return 'Elastic Inference accelerator.';
  const generation = match[1] === '1' ? 'first' : match[1] === '2' ? 'second' : `generation ${match[1]}`;
  return `Elastic Inference accelerator, ${generation} generation, size \`${match[2]}\`.`;
}

export const ACCELERATOR_TYPE_VALUES: readonly EnumValue[] = ProductionVariantAcceleratorType.map((value) => ({
  value,
  doc: acceleratorDoc(value),
  deprecated: ELASTIC_INFERENCE_GONE,
}));

// ---------------------------------------------------------------------------------------------------------------
// Every other enumeration: one line per value.

const INFERENCE_AMI_VERSION_DOCS: Readonly<Record<string, string>> = {
  'al2-ami-sagemaker-inference-gpu-2': 'Amazon Linux 2 image for GPUs: NVIDIA driver 535 with CUDA 12.2.',
  'al2-ami-sagemaker-inference-gpu-2-1':
    'Amazon Linux 2 image for GPUs: NVIDIA driver 535, CUDA 12.2, container toolkit without CUDA-compat mounting.',
  'al2-ami-sagemaker-inference-gpu-3-1':
    'Amazon Linux 2 image for GPUs: NVIDIA driver 550, CUDA 12.4, container toolkit without CUDA-compat mounting.',
  'al2-ami-sagemaker-inference-neuron-2':
    'Amazon Linux 2 image for Inferentia2 and Trainium: AWS Neuron driver 2.19.',
  'al2023-ami-sagemaker-inference-gpu-4-1':
    'Amazon Linux 2023 image for GPUs: NVIDIA driver 580, CUDA 13.0, container toolkit without CUDA-compat mounting.',
};
export const INFERENCE_AMI_VERSION_VALUES = withDocs(ProductionVariantInferenceAmiVersion, INFERENCE_AMI_VERSION_DOCS);

const ROUTING_STRATEGY_DOCS: Readonly<Record<string, string>> = {
  LEAST_OUTSTANDING_REQUESTS: 'Send each request to the instance with the fewest requests still in flight.',
  RANDOM: 'Send each request to an instance picked at random.',
  PREFIX_AWARE:
    'Keep requests whose prompts start the same way on one instance (cache reuse), spilling over when it is busy. ' +
    'The provider cannot set the prefix length or threshold that AWS pairs with it.',
};
export const ROUTING_STRATEGY_VALUES = withDocs(RoutingStrategy, ROUTING_STRATEGY_DOCS);

const CAPACITY_SIZE_TYPE_DOCS: Readonly<Record<string, string>> = {
  INSTANCE_COUNT: '`value` is a number of instances.',
  CAPACITY_PERCENT: "`value` is a percentage of the variant's instance count.",
};
export const CAPACITY_SIZE_TYPE_VALUES = withDocs(CapacitySizeType, CAPACITY_SIZE_TYPE_DOCS);

const TRAFFIC_ROUTING_TYPE_DOCS: Readonly<Record<string, string>> = {
  ALL_AT_ONCE: 'Move all traffic to the new fleet in one step.',
  CANARY: 'Move a small first slice (`canary_size`), wait, then move the rest.',
  LINEAR: 'Move traffic in equal steps of `linear_step_size`, waiting between steps.',
};
export const TRAFFIC_ROUTING_TYPE_VALUES = withDocs(TrafficRoutingConfigType, TRAFFIC_ROUTING_TYPE_DOCS);

const CAPTURE_MODE_DOCS: Readonly<Record<string, string>> = {
  Input: 'Record the request payloads sent to the endpoint.',
  Output: 'Record the responses the model returns.',
  InputAndOutput: 'Record both requests and responses.',
};
export const CAPTURE_MODE_VALUES = withDocs(CaptureMode, CAPTURE_MODE_DOCS);

const NOTIFICATION_TOPIC_TYPE_DOCS: Readonly<Record<string, string>> = {
  SUCCESS_NOTIFICATION_TOPIC: 'Put the inference result into the message sent to `success_topic` (results up to 128 KB).',
  ERROR_NOTIFICATION_TOPIC: 'Put the inference result into the message sent to `error_topic` (results up to 128 KB).',
};
export const NOTIFICATION_TOPIC_TYPE_VALUES = withDocs(AsyncNotificationTopicTypes, NOTIFICATION_TOPIC_TYPE_DOCS);

const MANAGED_SCALING_STATUS_DOCS: Readonly<Record<string, string>> = {
  ENABLED: 'SageMaker adds and removes instances between the minimum and maximum counts.',
  DISABLED: 'Managed instance scaling is off.',
};
export const MANAGED_SCALING_STATUS_VALUES = withDocs(ManagedInstanceScalingStatus, MANAGED_SCALING_STATUS_DOCS);

const CAPACITY_RESERVATION_PREFERENCE_DOCS: Readonly<Record<string, string>> = {
  'capacity-reservations-only':
    'Launch instances only inside the reserved ML capacity; if it is exhausted, launching fails instead of using on-demand capacity.',
};
export const CAPACITY_RESERVATION_PREFERENCE_VALUES = withDocs(
  CapacityReservationPreference,
  CAPACITY_RESERVATION_PREFERENCE_DOCS,
);
