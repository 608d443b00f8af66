// Messages between the VS Code client and our language server beyond plain LSP, typed once for both sides.
// Plain method names and payload types (no jsonrpc classes), so each side uses its own LSP library version.

/** An `aws_sagemaker_endpoint` as declared in Terraform. */
export interface EndpointTarget {
  /** `aws_sagemaker_endpoint.<name>` */
  address: string;
  /** The endpoint's `name` when it is a literal; undefined when computed or omitted. */
  name?: string;
  /** The region Terraform would deploy it to, when a literal says so (the resource's `region`, else its provider's). */
  region?: string;
  /** Where it is declared. */
  uri: string;
  line: number;
}

/** The endpoint resource under (or around) a position, or null. */
export const EndpointAtPosition = 'sagemaker/endpointAtPosition';
export interface EndpointAtPositionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}
export type EndpointAtPositionResult = EndpointTarget | null;

/** Every endpoint declared in the modules the server knows. */
export const DeclaredEndpoints = 'sagemaker/declaredEndpoints';
export type DeclaredEndpointsResult = EndpointTarget[];

/** Options the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** Command the client runs to re-open the suggest list after inserting `name = "…"`. */
  retriggerSuggestCommand?: string;
  /** When set, the server adds a CodeLens running this command above every `aws_sagemaker_endpoint`. */
  endpointStatusCommand?: string;
  /** False: do not offer document formatting (the client has another Terraform formatter). Default true. */
  formatting?: boolean;
}

/** Files of Terraform's JSON configuration syntax, which the editor opens as JSON. */
export const JSON_CONFIGURATION_GLOB = '**/*.tf.json';

/**
 * The files a module's analysis reads, for the client's and the server's file watchers: `.tf` and `.tf.json` files,
 * the variable files Terraform loads by itself (their values override variable defaults), and `.terraform.lock.hcl`
 * (the AWS provider version in use), and `.sagemaker-terraform.json` (the project's severities and ignored paths).
 */
export const WATCHED_FILES_GLOB = '**/{*.tf,*.tf.json,*.tfvars,*.tfvars.json,.terraform.lock.hcl,.sagemaker-terraform.json}';

/** The AWS provider version a document's module is checked against, and where it comes from. */
export const ProviderVersionOfDocument = 'sagemaker/providerVersion';
export interface ProviderVersionParams {
  textDocument: { uri: string };
}
export interface ProviderVersionResult {
  /** `lock`: the module's .terraform.lock.hcl; `constraint`: its required_providers; `current`: neither (newest schema). */
  source: 'lock' | 'constraint' | 'current';
  /** The locked version (`5.100.0`) or the constraints as written (`~> 5.0`); absent for `current`. */
  version?: string;
  /** The file it was read from; absent for `current`. */
  uri?: string;
}

/**
 * A value of a declaration: known before plan (a literal, or a variable default, tfvars value or local that resolves
 * to one), or set by Terraform at plan (a reference, a function call…). Drift is judged only on known values.
 */
export type Declared<T> =
  | { known: true; value: T; /** Not written: the provider's default (`initial_variant_weight` 1). */ defaulted?: boolean }
  | { known: false; /** The expression as written, shortened to at most 200 characters. */ expression: string };

/** One `production_variants` or `shadow_production_variants` block. Absent members are not set (or `null`). */
export interface DeclaredVariant {
  /** Absent: the provider generates a `terraform-…` name at apply. */
  variantName?: Declared<string>;
  modelName?: Declared<string>;
  instanceType?: Declared<string>;
  initialInstanceCount?: Declared<number>;
  /** Known with `defaulted: true` (1) when not written. */
  initialVariantWeight?: Declared<number>;
  acceleratorType?: Declared<string>;
  volumeSizeInGb?: Declared<number>;
  inferenceAmiVersion?: Declared<string>;
  serverless?: {
    memorySizeInMb?: Declared<number>;
    maxConcurrency?: Declared<number>;
    provisionedConcurrency?: Declared<number>;
  };
  managedInstanceScaling?: {
    status?: Declared<string>;
    minInstanceCount?: Declared<number>;
    maxInstanceCount?: Declared<number>;
  };
  routingStrategy?: Declared<string>;
  /** Where the block is written (for "open in editor" links). */
  uri: string;
  line: number;
}

/** Where a declaration lives. */
export interface DeclaredLocation {
  uri: string;
  line: number;
}

export interface DeclaredEndpointConfiguration extends DeclaredLocation {
  /** `aws_sagemaker_endpoint_configuration.<name>` (with `[key]` for one instance of count/for_each). */
  address: string;
  /** The configuration's name; unknown when generated (name_prefix or omitted) or computed. */
  name: Declared<string>;
  /** The configuration's `name_prefix`, when known: a live configuration name starting with it may be this one. */
  namePrefix?: string;
  productionVariants: DeclaredVariant[];
  shadowVariants: DeclaredVariant[];
  /** True when a `dynamic` block over a collection not known before plan adds variants we cannot list. */
  variantsIncomplete?: boolean;
  dataCapture?: {
    enableCapture?: Declared<boolean>;
    initialSamplingPercentage?: Declared<number>;
    destinationS3Uri?: Declared<string>;
    captureModes: Declared<string>[];
  };
  asyncInference?: { s3OutputPath?: Declared<string>; s3FailurePath?: Declared<string>; kmsKeyId?: Declared<string> };
  kmsKeyArn?: Declared<string>;
  tags?: Declared<Record<string, string>>;
}

/** The Terraform declaration behind one endpoint, resolved across its module's files. */
export interface EndpointDeclaration extends DeclaredLocation {
  /** `aws_sagemaker_endpoint.<name>` (with `[key]` for one instance of count/for_each). */
  address: string;
  name: Declared<string>;
  /** `endpoint_config_name` as written: known when a literal, unknown when a reference Terraform resolves. */
  endpointConfigName: Declared<string>;
  /** The configuration `endpoint_config_name` references in the module, when it references one. */
  configuration?: DeclaredEndpointConfiguration;
  deploymentConfig?: {
    kind: 'blueGreen' | 'rolling';
    /** Blue/green: `ALL_AT_ONCE` / `CANARY` / `LINEAR`; rolling: absent. */
    trafficRoutingType?: Declared<string>;
    waitIntervalInSeconds?: Declared<number>;
    autoRollbackAlarms: Declared<string>[];
  };
  tags?: Declared<Record<string, string>>;
}

/**
 * The declaration of the endpoint at `address` in the module of `uri`. With count/for_each, `endpointName` (the live
 * endpoint's name) picks the instance whose known name matches; without a match the first instance is described and
 * values that differ between instances are unknown. Null when no such endpoint is declared.
 */
export const EndpointDeclarationRequest = 'sagemaker/endpointDeclaration';
export interface EndpointDeclarationParams {
  uri: string;
  address: string;
  endpointName?: string;
}
export type EndpointDeclarationResult = EndpointDeclaration | null;
