// Constraint values the two resources share, so each rule is written once.

import type { Constraint, EnumValue } from './types';

export function enumOf(values: readonly EnumValue[], unknownSeverity: 'error' | 'warning' = 'error'): Constraint {
  return { kind: 'enum', values, unknownSeverity };
}

export function intRange(min?: number, max?: number): Constraint {
  const c: { kind: 'intRange'; min?: number; max?: number } = { kind: 'intRange' };
  if (min !== undefined) c.min = min;
  if (max !== undefined) c.max = max;
  return c;
}

/** A SageMaker resource name (endpoint, endpoint configuration): provider validName, at most 63 characters. */
export const RESOURCE_NAME: Constraint = { kind: 'name', maxLength: 63 };
/** A name prefix: validPrefix leaves room for the provider's 26-character unique suffix (63 - 26 = 37). */
export const RESOURCE_NAME_PREFIX: Constraint = { kind: 'name', maxLength: 37, prefix: true };

export const KMS_ARN: Constraint = { kind: 'arn', service: 'kms' };
export const IAM_ROLE_ARN: Constraint = { kind: 'arn', service: 'iam' };
export const SNS_TOPIC_ARN: Constraint = { kind: 'arn', service: 'sns' };
export const SAGEMAKER_ARN: Constraint = { kind: 'arn', service: 'sagemaker' };

export const S3_URI: Constraint = { kind: 's3Uri' };
export const CONTENT_TYPE: Constraint = { kind: 'contentType' };

/** ProductionVariant.VariantName in the SageMaker API; the provider does not check it, so it fails at apply. */
export const VARIANT_NAME_PATTERN: Constraint = {
  kind: 'pattern',
  pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$',
  maxLength: 63,
  explanation: 'use 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit',
};

/** ProductionVariant.ModelName in the SageMaker API; likewise unchecked by the provider. */
export const MODEL_NAME_PATTERN: Constraint = {
  kind: 'pattern',
  pattern: '^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$',
  maxLength: 63,
  explanation: 'use 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit',
};

/** Serverless memory sizes: 1 GB steps from 1 to 6 GB, in MB. */
export const SERVERLESS_MEMORY_SIZES: readonly number[] = [1024, 2048, 3072, 4096, 5120, 6144];
