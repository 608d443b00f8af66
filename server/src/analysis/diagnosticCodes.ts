// Stable diagnostic codes. Users filter and suppress by these, so a code never changes meaning once released.
export const Codes = {
  syntax: 'sagemaker/syntax-error',
  unknownArgument: 'sagemaker/unknown-argument',
  unknownBlock: 'sagemaker/unknown-block',
  unsupportedBlock: 'sagemaker/unsupported-block',
  readOnlyArgument: 'sagemaker/read-only-argument',
  missingArgument: 'sagemaker/missing-required-argument',
  missingBlock: 'sagemaker/missing-required-block',
  duplicateArgument: 'sagemaker/duplicate-argument',
  tooManyBlocks: 'sagemaker/too-many-blocks',
  typeMismatch: 'sagemaker/type-mismatch',
  outOfRange: 'sagemaker/value-out-of-range',
  invalidEnum: 'sagemaker/invalid-enum-value',
  invalidName: 'sagemaker/invalid-name',
  invalidPattern: 'sagemaker/invalid-pattern',
  invalidArn: 'sagemaker/invalid-arn',
  invalidS3Uri: 'sagemaker/invalid-s3-uri',
  invalidContentType: 'sagemaker/invalid-content-type',
  itemCount: 'sagemaker/item-count',
  conflictingArguments: 'sagemaker/conflicting-arguments',
  exactlyOneOf: 'sagemaker/exactly-one-of',
  atLeastOneOf: 'sagemaker/at-least-one-of',
  duplicateResource: 'sagemaker/duplicate-resource',
} as const;

export type DiagnosticCode = (typeof Codes)[keyof typeof Codes];
