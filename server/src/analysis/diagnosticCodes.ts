import { DOCS_BASE } from '../schema/common';

// The registry of diagnostic codes: for each, its stable code, a title, the default severity, a docs link and a short
// explanation. The server, the README's code tables (scripts/codeTables.ts writes them; a test checks they match) and
// any other output format (a SARIF rule needs id, short description, help URI and default level) read this one table.
// Users filter and suppress by code, so a code never changes meaning once released.

export type Severity = 'error' | 'warning' | 'information';

export interface CodeInfo {
  code: string;
  /** A few words (SARIF's short description). */
  title: string;
  /** The severity of every finding with this code, except the cases listed in `exceptions` (SARIF's default level). */
  severity: Severity;
  /** Other severities a finding with this code can have, each with the case that has it. */
  exceptions?: Readonly<Partial<Record<Severity, string>>>;
  /** Where to read about the code (SARIF's help URI). A finding links to its own argument's docs where it has one. */
  docs: string;
  /** One or two sentences for the README and help texts (markdown). */
  explanation: string;
  /** Findings are tagged deprecated, which editors show struck through. */
  deprecated?: boolean;
  /** The README table it is listed in: checks against the schema, or named rules across fields and resources. */
  group: 'schema' | 'rule' | 'settings';
  /**
   * Findings judge a value, which may come from a variable (its default or a .tfvars file): such a finding is a
   * warning, since a caller, `-var` or another .tfvars can change the value.
   */
  judgesValues?: boolean;
}

const HCL_SYNTAX = 'https://developer.hashicorp.com/terraform/language/syntax/configuration';
const RESOURCE_SYNTAX = 'https://developer.hashicorp.com/terraform/language/resources/syntax';
const TYPES = 'https://developer.hashicorp.com/terraform/language/expressions/type-constraints';
const VALIDATE = 'https://developer.hashicorp.com/terraform/cli/commands/validate';
const FILES = 'https://developer.hashicorp.com/terraform/language/files';
const LOCK_FILE = 'https://developer.hashicorp.com/terraform/language/files/dependency-lock';
const CONFIG = `${DOCS_BASE}sagemaker_endpoint_configuration`;
// The project has no public home page yet, so the suppression codes link to what they are written in.
const COMMENTS = `${HCL_SYNTAX}#comments`;
const JSON_SYNTAX = 'https://www.json.org/json-en.html';
const ENDPOINT = `${DOCS_BASE}sagemaker_endpoint`;

const REGISTRY = {
  syntax: {
    code: 'sagemaker/syntax-error',
    title: 'HCL syntax error',
    severity: 'error',
    docs: HCL_SYNTAX,
    explanation: "HCL syntax errors (our tolerant parser, checked against HashiCorp's own).",
    group: 'schema',
  },
  unknownArgument: {
    code: 'sagemaker/unknown-argument',
    title: 'Unknown argument',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'An argument the resource or block does not have, with "did you mean".',
    group: 'schema',
  },
  unknownBlock: {
    code: 'sagemaker/unknown-block',
    title: 'Unknown block',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'A block the resource or block does not have, with "did you mean".',
    group: 'schema',
  },
  notInProviderVersion: {
    code: 'sagemaker/not-in-provider-version',
    title: 'Newer than the AWS provider in use',
    severity: 'error',
    docs: LOCK_FILE,
    explanation:
      'A resource, argument or block that the AWS provider version the module uses does not have yet: the version ' +
      'in its `.terraform.lock.hcl`, else every version its `required_providers` constraint allows.',
    group: 'schema',
  },
  unsupportedBlock: {
    code: 'sagemaker/unsupported-block',
    title: 'Unsupported block',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'A block users try that these resources lack, such as `timeouts`.',
    group: 'schema',
  },
  readOnlyArgument: {
    code: 'sagemaker/read-only-argument',
    title: 'Read-only argument',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Setting an attribute AWS sets, `arn` or `id`.',
    group: 'schema',
  },
  missingArgument: {
    code: 'sagemaker/missing-required-argument',
    judgesValues: true,
    title: 'Missing required argument',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'A required argument is not set (including one the provider version in use still requires, such as `model_name` before 6.21.0).',
    group: 'schema',
  },
  missingBlock: {
    code: 'sagemaker/missing-required-block',
    title: 'Missing required block',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'A required block is missing (also one the provider version in use still requires); a `dynamic` block counts as present.',
    group: 'schema',
  },
  duplicateArgument: {
    code: 'sagemaker/duplicate-argument',
    title: 'Duplicate argument',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'The same argument twice in one block.',
    group: 'schema',
  },
  tooManyBlocks: {
    code: 'sagemaker/too-many-blocks',
    title: 'Too many blocks',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'More blocks than allowed, e.g. 11 `production_variants` or 2 `data_capture_config`.',
    group: 'schema',
  },
  typeMismatch: {
    code: 'sagemaker/type-mismatch',
    judgesValues: true,
    title: 'Value of the wrong type',
    severity: 'error',
    docs: TYPES,
    explanation: '`initial_instance_count = "two"`, `enable_capture = "yes"`; `"2"` and `"true"` convert as in Terraform.',
    group: 'schema',
  },
  outOfRange: {
    code: 'sagemaker/value-out-of-range',
    judgesValues: true,
    title: 'Value out of range',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Ranges and allowed sets (`volume_size_in_gb` 1–512, `memory_size_in_mb` 1024…6144).',
    group: 'schema',
  },
  invalidEnum: {
    code: 'sagemaker/invalid-enum-value',
    judgesValues: true,
    title: 'Value outside an enumeration',
    severity: 'error',
    // The schema marks such enumerations with `unknownSeverity: 'warning'` on the constraint.
    exceptions: { warning: 'an unknown instance type, since AWS adds types faster than releases' },
    docs: RESOURCE_SYNTAX,
    explanation: 'A value outside an enumeration, with the closest valid one.',
    group: 'schema',
  },
  invalidName: {
    code: 'sagemaker/invalid-name',
    judgesValues: true,
    title: 'Invalid resource name',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Name rules: letters, digits and hyphens; 63 characters, `name_prefix` 37; no leading or trailing hyphen.',
    group: 'schema',
  },
  invalidPattern: {
    code: 'sagemaker/invalid-pattern',
    judgesValues: true,
    title: 'Value SageMaker rejects at apply',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Variant and model names that pass the provider but not the SageMaker API.',
    group: 'schema',
  },
  invalidArn: {
    code: 'sagemaker/invalid-arn',
    judgesValues: true,
    title: 'Invalid ARN',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'A value that is not an ARN where the provider wants one (KMS keys, IAM roles, SNS topics).',
    group: 'schema',
  },
  invalidS3Uri: {
    code: 'sagemaker/invalid-s3-uri',
    title: 'Invalid S3 URI',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Not an `s3://` or `https://` location of at most 512 characters.',
    group: 'schema',
  },
  invalidContentType: {
    code: 'sagemaker/invalid-content-type',
    judgesValues: true,
    title: 'Invalid content type',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Not a content type such as `text/csv` of at most 256 characters.',
    group: 'schema',
  },
  itemCount: {
    code: 'sagemaker/item-count',
    judgesValues: true,
    title: 'Wrong number of list elements',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'A list or set with fewer or more elements than allowed.',
    group: 'schema',
  },
  conflictingArguments: {
    code: 'sagemaker/conflicting-arguments',
    title: 'Conflicting arguments',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'Arguments that exclude each other, such as `name` with `name_prefix`.',
    group: 'schema',
  },
  exactlyOneOf: {
    code: 'sagemaker/exactly-one-of',
    title: 'Exactly one of a group',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'One of `blue_green_update_policy` / `rolling_update_policy`, never both or neither.',
    group: 'schema',
  },
  atLeastOneOf: {
    code: 'sagemaker/at-least-one-of',
    title: 'At least one of a group',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: '`capture_content_type_header` needs a content-type list.',
    group: 'schema',
  },
  duplicateResource: {
    code: 'sagemaker/duplicate-resource',
    title: 'Duplicate resource address',
    severity: 'error',
    docs: RESOURCE_SYNTAX,
    explanation: 'The same resource address twice in a module.',
    group: 'schema',
  },
  // Limits that keep a hostile or generated file from stalling the server or the editor.
  tooManyProblems: {
    code: 'sagemaker/too-many-problems',
    title: 'Too many problems in one file',
    severity: 'error',
    exceptions: {
      warning: 'when the most severe of those left out is a warning',
      information: 'when all of those left out are information',
    },
    docs: VALIDATE,
    explanation:
      'At most 1,000 diagnostics per file are shown (the first by position); one more, on the first left out, says ' +
      'how many are not, with the severity of the most severe of them.',
    group: 'schema',
  },
  fileTooLarge: {
    code: 'sagemaker/file-too-large',
    title: 'File too large to analyse',
    severity: 'warning',
    docs: FILES,
    explanation: 'A file over 16 MiB, open or on disk, is not analysed: one warning at its start says so.',
    group: 'schema',
  },
  // Named cross-field rules (server/src/analysis/rules).
  shadowVariantCount: {
    code: 'sagemaker/shadow-variant-count',
    title: 'One production and one shadow variant',
    severity: 'error',
    docs: `${CONFIG}#shadow_production_variants`,
    explanation: 'With shadow variants: exactly one production and one shadow variant.',
    group: 'rule',
  },
  shadowVariantIncompatible: {
    code: 'sagemaker/shadow-variant-incompatible',
    title: 'Shadow variants with serverless or asynchronous inference',
    severity: 'error',
    docs: `${CONFIG}#shadow_production_variants`,
    explanation: 'With shadow variants: no serverless variants or `async_inference_config`.',
    group: 'rule',
  },
  serverlessWithInstanceSettings: {
    code: 'sagemaker/serverless-with-instance-settings',
    judgesValues: true,
    title: 'Serverless variant with instance settings',
    severity: 'error',
    docs: `${CONFIG}#serverless_config`,
    explanation: 'A variant is serverless or instance-based, never both.',
    group: 'rule',
  },
  instanceVariantIncomplete: {
    code: 'sagemaker/instance-variant-incomplete',
    judgesValues: true,
    title: 'Instance-based variant without its instances',
    severity: 'error',
    docs: `${CONFIG}#instance_type`,
    explanation: 'An instance-based variant with `model_name` needs `instance_type` and `initial_instance_count`.',
    group: 'rule',
  },
  provisionedConcurrencyExceedsMax: {
    code: 'sagemaker/provisioned-concurrency-exceeds-max',
    title: 'Provisioned concurrency above the maximum',
    severity: 'error',
    docs: `${CONFIG}#provisioned_concurrency`,
    explanation: '`provisioned_concurrency` ≤ `max_concurrency`.',
    group: 'rule',
  },
  duplicateVariantName: {
    code: 'sagemaker/duplicate-variant-name',
    title: 'Duplicate variant name',
    severity: 'error',
    docs: `${CONFIG}#variant_name`,
    explanation: 'Variant names unique across production and shadow variants.',
    group: 'rule',
  },
  inferenceComponentsNeedRole: {
    code: 'sagemaker/inference-components-need-role',
    judgesValues: true,
    title: 'Inference components without an execution role',
    severity: 'error',
    exceptions: { warning: 'a variant still being written, with neither `instance_type` nor `serverless_config` yet' },
    docs: `${CONFIG}#execution_role_arn`,
    explanation: 'A variant without `model_name` needs `execution_role_arn`.',
    group: 'rule',
  },
  elasticInferenceDiscontinued: {
    code: 'sagemaker/elastic-inference-discontinued',
    title: 'Elastic Inference is discontinued',
    severity: 'warning',
    deprecated: true,
    docs: `${CONFIG}#accelerator_type`,
    explanation: '`accelerator_type` (shown struck through).',
    group: 'rule',
  },
  undeclaredValue: {
    code: 'sagemaker/undeclared-value',
    title: 'Reference to an undeclared variable, local or iterator',
    severity: 'error',
    docs: 'https://developer.hashicorp.com/terraform/language/expressions/references',
    explanation:
      '`var.X` or `local.X` the module does not declare, or a misspelt iterator inside `dynamic` (`production_vairants.value`), ' +
      'with "did you mean". Not judged outside a folder on disk (an open document alone is not the whole module).',
    group: 'rule',
  },
  undeclaredReference: {
    code: 'sagemaker/undeclared-reference',
    title: 'Reference to an undeclared resource',
    severity: 'error',
    docs: 'https://developer.hashicorp.com/terraform/language/expressions/references',
    explanation:
      'A reference to a resource the module does not declare, in every argument that refers to one: ' +
      '`aws_sagemaker_endpoint_configuration.X`, `aws_sagemaker_model.X`, `aws_iam_role.X`, `aws_kms_key.X`, ' +
      '`aws_sns_topic.X`, `aws_cloudwatch_metric_alarm.X` (not `data.`, `module.` or `var.`).',
    group: 'rule',
  },
  repeatedRoutingConfig: {
    code: 'sagemaker/repeated-routing-config',
    title: 'routing_config after the first',
    severity: 'warning',
    docs: `${CONFIG}#routing_config`,
    explanation: 'Only the first `routing_config` of a variant is sent; the provider drops the others silently.',
    group: 'rule',
  },
  emptyClientConfig: {
    code: 'sagemaker/empty-client-config',
    title: 'Empty client_config',
    severity: 'warning',
    docs: `${CONFIG}#client_config`,
    explanation: 'An empty `client_config` sends `max_concurrent_invocations_per_instance = 0`, which AWS rejects.',
    group: 'rule',
  },
  capacityReservationWithoutArn: {
    code: 'sagemaker/capacity-reservation-without-arn',
    title: 'Capacity reservation without its ARN',
    severity: 'warning',
    docs: `${CONFIG}#capacity_reservation_config`,
    explanation: '`capacity_reservation_config` without `ml_reservation_arn` sends an empty ARN, which AWS rejects.',
    group: 'rule',
  },
  replacementOrder: {
    code: 'sagemaker/replacement-order',
    title: 'Configuration replaced in an order its endpoint cannot follow',
    severity: 'warning',
    exceptions: { information: 'where no endpoint of the module uses the configuration' },
    docs: `${CONFIG}#name_prefix`,
    explanation:
      'Any change replaces an endpoint configuration. Without `create_before_destroy`, a fixed `name` leaves the ' +
      'endpoint on the old configuration, and a generated name (`name_prefix` or none) makes the endpoint update fail ' +
      'once the old one is gone; with it, a fixed name cannot be created while the old one still holds it.',
    group: 'rule',
  },
  duplicateName: {
    code: 'sagemaker/duplicate-name',
    title: 'Two resources with the same name',
    severity: 'warning',
    docs: `${CONFIG}#name`,
    explanation:
      'Two endpoint configurations (or two endpoints) of one module with the same known `name`: the second create ' +
      'fails, since names are unique per account and Region.',
    group: 'rule',
  },
  missingKmsKey: {
    code: 'sagemaker/missing-kms-key',
    title: 'No customer managed KMS key',
    severity: 'information',
    docs: `${CONFIG}#kms_key_arn`,
    explanation:
      'No `kms_key_arn` (as checkov\'s CKV_AWS_98, and a `#checkov:skip=CKV_AWS_98` comment silences it too); ' +
      '`sagemakerTerraform.diagnostics.kmsHint` turns it off.',
    group: 'rule',
  },
  allWeightsZero: {
    code: 'sagemaker/all-weights-zero',
    judgesValues: true,
    title: 'Every variant weight is 0',
    severity: 'warning',
    docs: `${CONFIG}#initial_variant_weight`,
    explanation: 'Every production variant has `initial_variant_weight` 0, so none of them is sent traffic.',
    group: 'rule',
  },
  trafficRoutingSize: {
    code: 'sagemaker/traffic-routing-size',
    title: 'Traffic routing step size for another type',
    severity: 'warning',
    docs: `${ENDPOINT}#traffic_routing_configuration`,
    explanation: '`canary_size` only (and required) with `CANARY`, `linear_step_size` with `LINEAR`.',
    group: 'rule',
  },
  deploymentCapacitySize: {
    code: 'sagemaker/deployment-capacity-size',
    title: 'Deployment step size outside what AWS accepts',
    severity: 'error',
    docs: `${ENDPOINT}#deployment_config`,
    explanation:
      "Canary ≤ 50 %, linear 10–50 %, rolling batches 5–50 % of the target configuration's instance count.",
    group: 'rule',
  },
  volumeSizeWithInstanceStorage: {
    code: 'sagemaker/volume-size-with-instance-storage',
    title: 'Volume size on an instance type with local storage',
    severity: 'error',
    docs: `${CONFIG}#volume_size_in_gb`,
    explanation:
      '`volume_size_in_gb` on an instance type with local NVMe storage (`ml.g5`, `ml.p4d`, `ml.m5d`, …), where ' +
      'SageMaker attaches no EBS volume and rejects a size.',
    group: 'rule',
    judgesValues: true,
  },
  kmsKeyWithInstanceStorage: {
    code: 'sagemaker/kms-key-with-instance-storage',
    title: 'KMS key where every variant has local storage',
    severity: 'information',
    docs: `${CONFIG}#kms_key_arn`,
    explanation:
      '`kms_key_arn` when every variant runs on an instance type with local NVMe storage: the key does not encrypt ' +
      'that storage (the instance encrypts it in hardware).',
    group: 'rule',
  },
  deploymentGuardrailExcluded: {
    code: 'sagemaker/deployment-guardrail-excluded',
    title: 'Deployment policy the endpoint cannot use',
    severity: 'warning',
    docs: `${ENDPOINT}#deployment_config`,
    explanation:
      'A rolling update for a serverless or multi-variant configuration, or canary, linear and rolling deployments ' +
      'on Inf1 instances, which SageMaker replaces by an all-at-once blue/green deployment.',
    group: 'rule',
  },
  serverlessUnsupportedFeature: {
    code: 'sagemaker/serverless-unsupported-feature',
    title: 'Feature Serverless Inference does not support',
    severity: 'error',
    docs: `${CONFIG}#serverless_config`,
    explanation: 'A serverless configuration with data capture turned on, or with more than one production variant.',
    group: 'rule',
    judgesValues: true,
  },
  scaleToZeroWithoutInferenceComponents: {
    code: 'sagemaker/scale-to-zero-without-inference-components',
    title: 'Scale to zero without inference components',
    severity: 'information',
    docs: `${CONFIG}#managed_instance_scaling`,
    explanation:
      '`managed_instance_scaling { min_instance_count = 0 }` on a variant that serves `model_name`: only endpoints ' +
      'that host inference components scale to zero.',
    group: 'rule',
  },
  unusedIgnore: {
    code: 'sagemaker/unused-ignore',
    title: 'Ignore comment that silences nothing',
    severity: 'information',
    docs: COMMENTS,
    explanation:
      'A `sagemaker-terraform:ignore` comment naming a code that has no finding where the comment applies: the ' +
      'problem was fixed or moved, so the comment can go.',
    group: 'settings',
  },
  unknownIgnoreCode: {
    code: 'sagemaker/unknown-ignore-code',
    title: 'Ignore comment with an unknown code',
    severity: 'warning',
    docs: COMMENTS,
    explanation: 'A `sagemaker-terraform:ignore` comment naming no code, or a code this extension does not have (a typo silences nothing).',
    group: 'settings',
  },
  invalidProjectSettings: {
    code: 'sagemaker/invalid-project-settings',
    title: 'Invalid .sagemaker-terraform.json',
    severity: 'error',
    docs: JSON_SYNTAX,
    explanation:
      'A `.sagemaker-terraform.json` that is not JSON, or an entry of the wrong shape (an unknown code or level, a ' +
      'path that is not a string): the entries that cannot be read are left out and their defaults apply.',
    group: 'settings',
  },
} as const satisfies Record<string, CodeInfo>;

type Registry = typeof REGISTRY;

/** Code constants by name (`Codes.invalidEnum`), for the places that report them. */
export const Codes = Object.fromEntries(Object.entries(REGISTRY).map(([name, info]) => [name, info.code])) as {
  readonly [K in keyof Registry]: Registry[K]['code'];
};

export type DiagnosticCode = Registry[keyof Registry]['code'];

/** Every code in the order of the README's tables. */
export const DIAGNOSTIC_CODES: readonly CodeInfo[] = Object.values(REGISTRY);

/** Whether a finding with this code may have this severity: its default, a documented exception, or (see judgesValues) a warning. */
export function allowsSeverity(info: CodeInfo, severity: Severity): boolean {
  return severity === info.severity || severity in (info.exceptions ?? {}) || (severity === 'warning' && info.judgesValues === true);
}

const BY_CODE: ReadonlyMap<string, CodeInfo> = new Map(DIAGNOSTIC_CODES.map((info) => [info.code, info]));

export function codeInfo(code: DiagnosticCode): CodeInfo {
  return BY_CODE.get(code)!;
}

/** The severity of a finding with this code: its default, unless the case is one of the code's exceptions. */
export function severityOf(code: DiagnosticCode): Severity {
  return codeInfo(code).severity;
}

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return BY_CODE.has(code);
}

/** A code as users write it (comments, settings): `sagemaker/` may be left out. */
export function normalizeCode(text: string): string {
  return text.includes('/') ? text : `sagemaker/${text}`;
}
