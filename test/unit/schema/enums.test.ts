import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sdk from '../../../server/src/schema/generated/awsEnums';
import {
  ACCELERATOR_TYPE_VALUES,
  ENUM_DOC_TABLES,
  INSTANCE_FAMILY_DOCS,
  INSTANCE_TYPE_VALUES,
  instanceTypeParts,
  instanceTypeDoc,
} from '../../../server/src/schema/enums';

const REF = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/reference/provider-schema.json'), 'utf8'),
) as { enums: Record<string, { values_current: string[] }> };

const sorted = (xs: readonly string[]) => [...xs].sort();

test('instance types are exactly the generated SDK list (277), which matches the reference facts', () => {
  assert.equal(INSTANCE_TYPE_VALUES.length, 277);
  assert.deepEqual(
    INSTANCE_TYPE_VALUES.map((v) => v.value),
    [...sdk.ProductionVariantInstanceType],
  );
  assert.deepEqual(sorted(sdk.ProductionVariantInstanceType), sorted(REF.enums.ProductionVariantInstanceType.values_current));
});

test('every instance family in the SDK list has its own line in the family table, and no family is stale', () => {
  const families = new Set(sdk.ProductionVariantInstanceType.map((v) => instanceTypeParts(v)?.family));
  assert.ok(!families.has(undefined), 'an instance type does not have the ml.<family>.<size> shape');
  const undocumented = [...families].filter((f) => !(f! in INSTANCE_FAMILY_DOCS));
  assert.deepEqual(undocumented, [], 'families the SDK added: describe them in INSTANCE_FAMILY_DOCS');
  const stale = Object.keys(INSTANCE_FAMILY_DOCS).filter((f) => !families.has(f));
  assert.deepEqual(stale, [], 'families the SDK no longer has');
});

test('instance type docs name the family and the size', () => {
  assert.equal(instanceTypeDoc('ml.g5.2xlarge'), `${INSTANCE_FAMILY_DOCS.g5}; size \`2xlarge\`.`);
  assert.match(instanceTypeDoc('ml.inf2.xlarge'), /Inferentia2/);
  assert.match(instanceTypeDoc('ml.t2.medium'), /[Bb]urstable/);
  assert.match(instanceTypeDoc('ml.p6-b200.48xlarge'), /B200/);
  // A family AWS adds later still gets a sensible category from its first letter.
  assert.match(instanceTypeDoc('ml.c99x.large'), /^Compute optimized; size `large`\.$/);
  assert.match(instanceTypeDoc('ml.trn9.large'), /Trainium/);
  for (const v of INSTANCE_TYPE_VALUES) assert.ok(v.doc && !v.deprecated, v.value);
});

test('accelerator types come from the SDK and are all deprecated (Elastic Inference is gone)', () => {
  assert.deepEqual(
    ACCELERATOR_TYPE_VALUES.map((v) => v.value),
    [...sdk.ProductionVariantAcceleratorType],
  );
  for (const v of ACCELERATOR_TYPE_VALUES) {
    assert.ok(v.deprecated && /Elastic Inference/.test(v.deprecated), v.value);
    assert.match(v.doc ?? '', /(first|second) generation/, v.value);
  }
});

test('every other enumeration: one doc per SDK value, no doc for a value the SDK lacks', () => {
  for (const [name, { values, docs }] of Object.entries(ENUM_DOC_TABLES)) {
    assert.deepEqual(values, (sdk as unknown as Record<string, readonly string[]>)[name], `${name} is the SDK list`);
    assert.deepEqual(sorted(Object.keys(docs)), sorted(values), `${name}: docs cover exactly the SDK values`);
    const ref = REF.enums[name];
    if (ref) assert.deepEqual(sorted(values), sorted(ref.values_current), `${name}: SDK list matches the reference facts`);
  }
});

test('routing strategies include PREFIX_AWARE from the SDK, not just the two the provider docs list', () => {
  assert.ok(ENUM_DOC_TABLES.RoutingStrategy.values.includes('PREFIX_AWARE'));
});
