// Checks our schema against the provider facts in test/fixtures/reference/provider-schema.json, both ways.
//
// Deliberate differences, each asserted explicitly below rather than skipped:
// - Optional blocks: the JSON gives `min_items: 1` for some optional blocks (`shadow_production_variants`, `alarms`).
//   That only says "if present, at least one", which any present block satisfies; our minItems 0 keeps them optional.
// - ForceNew: we record the *effective* behaviour. A child of a ForceNew block is replaced with it; in the endpoint
//   configuration Update only handles tags, so everything else (including `production_variants` and
//   `shadow_production_variants`, ForceNew false in the JSON) replaces the resource.
// - `region` (both resources): the JSON says force_new false ("not verified"). The provider's forceNewIfRegionChanges
//   CustomizeDiff (internal/provider/sdkv2) replaces the resource when it changes, so ours is forceNew.
// - `tags_all` is Optional+Computed in the JSON; the provider overwrites it, so ours is computed and readOnly.
// - `variant_name` / `model_name` have no provider validator; ours carry the API's pattern (reported as apply-time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCE_SCHEMAS } from '../../../server/src/schema';
import type { AttributeSchema, BlockSchema, Constraint, ResourceSchema } from '../../../server/src/schema/types';
import * as awsSdk from '@aws-sdk/client-sagemaker';
import { flatten, type Entry } from './walk';

interface RefValidator {
  kind: string;
  min?: number;
  max?: number;
  values?: (string | number)[];
  values_ref?: string;
  regex?: string;
}
interface RefEntry {
  path: string;
  kind: 'attribute' | 'block';
  type: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  default?: unknown;
  force_new: boolean;
  validators?: RefValidator[];
  conflicts_with?: string[];
  exactly_one_of?: string[];
  atleast_custom?: string[];
  min_items?: number | null;
  max_items?: number | null;
}
interface Ref {
  resources: Record<string, { attributes: RefEntry[]; update_behavior: string; not_in_released_provider?: Record<string, string> }>;
  enums: Record<string, { values_current: string[] }>;
}

const REF: Ref = JSON.parse(readFileSync(join(__dirname, '../../fixtures/reference/provider-schema.json'), 'utf8'));
const UNRELEASED = new Set(['vpc_config', 'explainer_config']);
const RESOURCE_TYPES = ['aws_sagemaker_endpoint', 'aws_sagemaker_endpoint_configuration'] as const;

function ours(type: string): ResourceSchema {
  const r = RESOURCE_SCHEMAS.find((s) => s.type === type);
  assert.ok(r, `missing resource ${type}`);
  return r;
}

function refEntries(type: string): RefEntry[] {
  return REF.resources[type].attributes.filter((e) => !UNRELEASED.has(e.path.split('.')[0]));
}

function byPath(type: string): Map<string, Entry> {
  return new Map(flatten(ours(type).body, { skipMeta: true }).map((e) => [e.path, e]));
}

/** Whether the provider replaces the resource when this path changes, as we model it. */
function expectedForceNew(type: string, entry: RefEntry, all: Map<string, RefEntry>): boolean {
  if (entry.computed && !entry.optional) return false; // id, arn: nothing to change
  if (entry.path === 'region') return true; // forceNewIfRegionChanges CustomizeDiff (see header)
  if (type === 'aws_sagemaker_endpoint_configuration') {
    assert.match(REF.resources[type].update_behavior, /tags-only/);
    return entry.path !== 'tags' && entry.path !== 'tags_all';
  }
  const parts = entry.path.split('.');
  for (let i = 1; i <= parts.length; i++) {
    if (all.get(parts.slice(0, i).join('.'))?.force_new) return true;
  }
  return false;
}

function sdkEnumName(kind: string): string | undefined {
  return /^enum\.Validate\[awstypes\.(\w+)\]$/.exec(kind)?.[1];
}

function refEnumValues(v: RefValidator): string[] {
  if (v.values) return v.values as string[];
  const name = /^enums\.(\w+)/.exec(v.values_ref ?? '')?.[1];
  assert.ok(name, `validator without values: ${JSON.stringify(v)}`);
  return REF.enums[name].values_current;
}

const sorted = <T>(xs: readonly T[]) => [...xs].sort();

/** The constraint our schema must carry for the JSON validators of `path`. */
function checkConstraint(path: string, validators: RefValidator[], attr: AttributeSchema): void {
  const c: Constraint | undefined = attr.constraint;
  const leaf = path.split('.').pop()!;
  if (validators.length === 0) {
    if (leaf === 'variant_name' || leaf === 'model_name') {
      assert.equal(c?.kind, 'pattern', `${path}: API-side pattern expected`);
    } else {
      assert.equal(c, undefined, `${path}: provider has no validator, ours has ${JSON.stringify(c)}`);
    }
    return;
  }
  const kinds = validators.map((v) => v.kind);
  const first = validators[0];
  const enumName = sdkEnumName(first.kind);
  if (enumName) {
    assert.equal(c?.kind, 'enum', `${path}: enum expected`);
    if (c?.kind !== 'enum') return;
    const values = c.values.map((v) => v.value);
    assert.deepEqual(sorted(values), sorted(refEnumValues(first)), `${path}: enum values differ from the JSON`);
    // The SDK's own enum object, not the generated array the schema list was built from.
    const sdkEnum = (awsSdk as unknown as Record<string, Record<string, string> | undefined>)[enumName];
    assert.ok(sdkEnum, `${path}: @aws-sdk/client-sagemaker has no enum ${enumName}`);
    assert.deepEqual(values, Object.values(sdkEnum), `${path}: enum values are not the SDK's ${enumName}`);
    assert.equal(c.unknownSeverity, leaf === 'instance_type' ? 'warning' : 'error', `${path}: unknownSeverity`);
    return;
  }
  switch (first.kind) {
    case 'IntBetween':
      assert.deepEqual(c, { kind: 'intRange', min: first.min, max: first.max }, path);
      return;
    case 'IntAtLeast':
      assert.deepEqual(c, { kind: 'intRange', min: first.min }, path);
      return;
    case 'FloatAtLeast':
      assert.deepEqual(c, { kind: 'floatRange', min: first.min }, path);
      return;
    case 'IntInSlice':
      assert.equal(c?.kind, 'intSet', path);
      if (c?.kind === 'intSet') assert.deepEqual(sorted(c.values), sorted(first.values as number[]), path);
      return;
    case 'validName':
      assert.deepEqual(c, { kind: 'name', maxLength: 63 }, path);
      return;
    case 'validPrefix':
      assert.deepEqual(c, { kind: 'name', maxLength: 37, prefix: true }, path);
      return;
    case 'verify.ValidARN':
      assert.equal(c?.kind, 'arn', path);
      return;
    case 'StringMatch': {
      const len = validators.find((v) => v.kind === 'StringLenBetween');
      assert.deepEqual(kinds, ['StringMatch', 'StringLenBetween'], path);
      if (first.regex === '^(https|s3)://([^/])/?(.*)$') {
        assert.deepEqual([len?.min, len?.max], [1, 512], path);
        assert.deepEqual(c, { kind: 's3Uri' }, path);
      } else {
        assert.match(first.regex ?? '', /\\\/\[0-9A-Za-z\]/, `${path}: unexpected regex ${first.regex}`);
        assert.deepEqual([len?.min, len?.max], [1, 256], path);
        assert.deepEqual(c, { kind: 'contentType' }, path);
      }
      return;
    }
    default:
      assert.fail(`${path}: validator ${first.kind} has no mapping in this test`);
  }
}

function checkAttribute(type: string, ref: RefEntry, attr: AttributeSchema, all: Map<string, RefEntry>): void {
  const p = `${type}.${ref.path}`;
  assert.equal(attr.required, ref.required, `${p}: required`);
  if (ref.path === 'tags_all') {
    assert.equal(attr.readOnly, true, `${p}: readOnly (deliberate)`);
    assert.equal(attr.computed, true, `${p}: computed`);
  } else {
    assert.equal(Boolean(attr.readOnly), ref.computed && !ref.optional, `${p}: readOnly`);
    assert.equal(Boolean(attr.computed), ref.computed, `${p}: computed`);
  }
  // type
  if (ref.type === 'number (TypeInt)') {
    assert.equal(attr.type, 'number', `${p}: type`);
    assert.equal(attr.integer, true, `${p}: integer`);
  } else if (ref.type === 'number (TypeFloat)') {
    assert.equal(attr.type, 'number', `${p}: type`);
    assert.ok(!attr.integer, `${p}: float must not be integer`);
  } else {
    assert.equal(attr.type, ref.type, `${p}: type`);
    assert.equal(attr.integer, undefined, `${p}: integer only on numbers`);
  }
  // default
  if (ref.default === null || ref.default === undefined) assert.equal(attr.default, undefined, `${p}: default`);
  else assert.equal(attr.default, ref.default, `${p}: default`);
  // conflicts
  assert.deepEqual(sorted(attr.conflictsWith ?? []), sorted(ref.conflicts_with ?? []), `${p}: conflictsWith`);
  // element counts of set attributes
  assert.equal(attr.minItems, ref.min_items ?? undefined, `${p}: minItems`);
  assert.equal(attr.maxItems, ref.max_items ?? undefined, `${p}: maxItems`);
  // force new
  assert.equal(attr.forceNew, expectedForceNew(type, ref, all), `${p}: forceNew`);
  if (ref.force_new) assert.equal(attr.forceNew, true, `${p}: the provider's ForceNew must never be lost`);
  checkConstraint(p, ref.validators ?? [], attr);
}

function checkBlock(type: string, ref: RefEntry, entry: Extract<Entry, { kind: 'block' }>, all: Map<string, RefEntry>): void {
  const p = `${type}.${ref.path}`;
  const block: BlockSchema = entry.schema;
  assert.ok(ref.required !== ref.optional, `${p}: the JSON should say required xor optional`);
  if (ref.required) {
    assert.ok((ref.min_items ?? 0) >= 1, `${p}: a required block has min_items >= 1 in the JSON`);
    assert.equal(block.minItems, ref.min_items, `${p}: minItems`);
  } else {
    assert.equal(block.minItems, 0, `${p}: optional blocks have minItems 0 (see header)`);
  }
  assert.equal(block.maxItems, ref.max_items ?? undefined, `${p}: maxItems`);
  assert.equal(block.forceNew, expectedForceNew(type, ref, all), `${p}: forceNew`);
  if (ref.force_new) assert.equal(block.forceNew, true, `${p}: the provider's ForceNew must never be lost`);
  if (ref.exactly_one_of?.length) {
    const names = ref.exactly_one_of.map((x) => x.split('.').pop()!);
    const groups = (entry.parent.exactlyOneOf ?? []).map((g) => sorted(g));
    assert.ok(
      groups.some((g) => JSON.stringify(g) === JSON.stringify(sorted(names))),
      `${p}: parent body lacks exactlyOneOf ${names.join(', ')}`,
    );
  }
  if (ref.atleast_custom?.length) {
    const groups = (block.body.atLeastOneOf ?? []).map((g) => sorted(g));
    assert.ok(
      groups.some((g) => JSON.stringify(g) === JSON.stringify(sorted(ref.atleast_custom!))),
      `${p}: body lacks atLeastOneOf ${ref.atleast_custom.join(', ')}`,
    );
  }
}

for (const type of RESOURCE_TYPES) {
  test(`${type}: every provider path exists in our schema and agrees with it`, () => {
    const refs = refEntries(type);
    assert.ok(refs.length > 20, 'the reference JSON looks empty');
    const all = new Map(refs.map((e) => [e.path, e]));
    const mine = byPath(type);
    for (const ref of refs) {
      const entry = mine.get(ref.path);
      assert.ok(entry, `${type}.${ref.path} is missing from our schema`);
      assert.equal(entry.kind, ref.kind, `${type}.${ref.path}: kind`);
      if (entry.kind === 'attribute') checkAttribute(type, ref, entry.schema, all);
      else checkBlock(type, ref, entry, all);
    }
  });

  test(`${type}: every path in our schema (meta-arguments aside) exists in the provider`, () => {
    const refPaths = new Set(refEntries(type).map((e) => e.path));
    for (const entry of flatten(ours(type).body, { skipMeta: true })) {
      assert.ok(refPaths.has(entry.path), `${type}.${entry.path} is not in the provider schema`);
    }
  });

  test(`${type}: exactlyOneOf / atLeastOneOf groups name existing siblings`, () => {
    const check = (body: ResourceSchema['body'], where: string) => {
      for (const group of [...(body.exactlyOneOf ?? []), ...(body.atLeastOneOf ?? [])]) {
        for (const name of group) {
          assert.ok(name in body.attributes || name in body.blocks, `${where}: group names unknown ${name}`);
        }
      }
      for (const [name, b] of Object.entries(body.blocks)) check(b.body, `${where}.${name}`);
    };
    check(ours(type).body, type);
  });
}

test('unreleased arguments (vpc_config, explainer_config) are not offered', () => {
  const unreleased = Object.keys(REF.resources.aws_sagemaker_endpoint_configuration.not_in_released_provider ?? {});
  assert.deepEqual(sorted(unreleased), sorted([...UNRELEASED]));
  const body = ours('aws_sagemaker_endpoint_configuration').body;
  for (const name of UNRELEASED) {
    assert.ok(!(name in body.blocks) && !(name in body.attributes), `${name} must not be in the schema`);
  }
});

test('ARN constraints name the service the value belongs to', () => {
  const expected: Record<string, string> = {
    kms_key_arn: 'kms',
    kms_key_id: 'kms',
    execution_role_arn: 'iam',
    error_topic: 'sns',
    success_topic: 'sns',
    ml_reservation_arn: 'sagemaker',
  };
  let seen = 0;
  for (const r of RESOURCE_SCHEMAS) {
    for (const e of flatten(r.body, { skipMeta: true })) {
      if (e.kind !== 'attribute' || e.schema.constraint?.kind !== 'arn') continue;
      const leaf = e.path.split('.').pop()!;
      assert.equal(e.schema.constraint.service, expected[leaf], `${r.type}.${e.path}: arn service`);
      seen++;
    }
  }
  assert.equal(seen, 10, 'kms_key_arn, execution_role_arn, 2 kms_key_id, 2 topics, and per variant kind a core dump key and a reservation');
});
