// The declarative shape of a resource. Completion, hover, value diagnostics, snippets and quick fixes are derived
// from these types and never name a specific attribute. Adding an argument means one entry in endpoint.ts,
// endpointConfiguration.ts or productionVariant.ts, and the provider's own entry for the same path in
// test/fixtures/reference/provider-schema.json, written from the provider's source and never generated from this
// schema: test/unit/schema/providerCrossCheck.test.ts compares the two (README, "Contributing: adding an argument").

/** Terraform's type of an argument. `number` covers the provider's TypeInt and TypeFloat (see `integer`). */
export type ValueType = 'string' | 'number' | 'bool' | 'map(string)' | 'set(string)' | 'list(string)';

export interface EnumValue {
  value: string;
  /** What this value means, in our own words (markdown). */
  doc?: string;
  /** Set when AWS no longer supports the value; says why. */
  deprecated?: string;
}

/** What a single value (or, for sets and lists, each element) must satisfy. */
export type Constraint =
  | {
      kind: 'enum';
      values: readonly EnumValue[];
      /** `warning` where AWS adds values faster than providers release (instance types). */
      unknownSeverity: 'error' | 'warning';
    }
  | { kind: 'intRange'; min?: number; max?: number }
  | { kind: 'floatRange'; min?: number; max?: number }
  | { kind: 'intSet'; values: readonly number[] }
  /**
   * A SageMaker resource name as the provider's validName/validPrefix checks it (`^[0-9A-Za-z-]+$`, no leading
   * hyphen, at most `maxLength`), plus the API's stricter rule that a full name may not end with a hyphen. A
   * `prefix` gets a generated suffix, so it may end with one.
   */
  | { kind: 'name'; maxLength: number; prefix?: boolean }
  /** An API-side pattern the provider does not check (variant and model names). */
  | { kind: 'pattern'; pattern: string; maxLength: number; explanation: string }
  /** Any ARN as the provider's verify.ValidARN accepts it; `service` narrows what completion and hover say. */
  | { kind: 'arn'; service?: string }
  /** `s3://bucket/key` or `https://…`, 1..512 characters. */
  | { kind: 's3Uri' }
  /** A MIME type such as `text/csv`, 1..256 characters. */
  | { kind: 'contentType' };

/** A reference completion offers for this argument: `<resourceType>.<name>.<attribute>`. */
export interface ReferenceTarget {
  resourceType: string;
  attribute: string;
}

/**
 * When an entry appeared in the AWS provider, from the provider's CHANGELOG (sources in the schema files). An entry
 * without `since` is as old as the block holding it: a child never predates its parent (see schema/introduced.ts).
 */
export interface VersionFacts {
  /** The provider version (`x.y.z`) that added the entry. */
  since?: string;
  /**
   * The entry was required in provider versions before this one (`x.y.z`), and optional from it on (for a block:
   * it needed at least one).
   */
  requiredBefore?: string;
}

export interface AttributeSchema extends VersionFacts {
  type: ValueType;
  /** For `number`: the provider declares TypeInt, so `1.5` is rejected. */
  integer?: boolean;
  required: boolean;
  /** Set by AWS or the provider when omitted (shown in hover). */
  computed?: boolean;
  /** Read-only: it can be referenced but not set (`arn`, `id`). */
  readOnly?: boolean;
  default?: string | number | boolean;
  /** A change replaces the resource. */
  forceNew: boolean;
  /** Applies to the value, or to each element of a set or list. */
  constraint?: Constraint;
  minItems?: number;
  maxItems?: number;
  conflictsWith?: readonly string[];
  /** Our own words (markdown). */
  description: string;
  /** Set when the argument is no longer supported by AWS; says why. */
  deprecated?: string;
  references?: ReferenceTarget;
  /** Fragment of the registry docs page; defaults to the argument name. */
  docsAnchor?: string;
  /** Set for Terraform's meta-arguments (`count`, `for_each`, …), which every resource accepts. */
  meta?: boolean;
  /**
   * Capacity of an instance-based variant: such a variant needs it, a serverless one (`serverless_config`) must not
   * set it. The provider leaves it optional so serverless variants can omit it; the API enforces the rest.
   */
  instanceCapacity?: boolean;
}

export interface BlockSchema extends VersionFacts {
  /** At least this many blocks; 1 or more makes the block required. */
  minItems: number;
  /** At most this many; undefined means unlimited. */
  maxItems?: number;
  forceNew: boolean;
  description: string;
  body: BodySchema;
  /** Number of labels the block takes (`provisioner "local-exec"`); 0 when omitted. */
  labels?: number;
  /** Its contents belong to Terraform, not to the provider: not checked, not completed (`provisioner`). */
  opaque?: boolean;
  /** Set for Terraform's meta-arguments (`lifecycle`) so completion can list them after the provider's. */
  meta?: boolean;
  docsAnchor?: string;
}


export interface BodySchema {
  attributes: Readonly<Record<string, AttributeSchema>>;
  blocks: Readonly<Record<string, BlockSchema>>;
  /** Groups of children of which exactly one must be present. */
  exactlyOneOf?: readonly (readonly string[])[];
  /** Groups of children of which at least one must be present. */
  atLeastOneOf?: readonly (readonly string[])[];
}

export interface ResourceSchema {
  type: string;
  /** What the resource is, in our own words (markdown). */
  description: string;
  /** Registry documentation page. */
  docsUrl: string;
  body: BodySchema;
  /** The AWS provider version (`x.y.z`) that added the resource type (CHANGELOG). */
  since: string;
  /** Blocks users try that this resource does not have, with the reason (`timeouts`). */
  unsupportedBlocks?: Readonly<Record<string, string>>;
}
