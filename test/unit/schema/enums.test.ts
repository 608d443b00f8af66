// Our enum lists are checked against the installed AWS SDK's own enum objects and against the provider facts, never
// against the generated arrays they were built from: a value the generator or the schema drops or adds fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as awsSdk from '@aws-sdk/client-sagemaker';
import * as generated from '../../../server/src/schema/generated/awsEnums';
import {
  ACCELERATOR_TYPE_VALUES,
  CAPACITY_RESERVATION_PREFERENCE_VALUES,
  CAPACITY_SIZE_TYPE_VALUES,
  CAPTURE_MODE_VALUES,
  INFERENCE_AMI_VERSION_VALUES,
  INSTANCE_FAMILY_DOCS,
  INSTANCE_TYPE_VALUES,
  MANAGED_SCALING_STATUS_VALUES,
  NOTIFICATION_TOPIC_TYPE_VALUES,
  ROUTING_STRATEGY_VALUES,
  TRAFFIC_ROUTING_TYPE_VALUES,
  instanceTypeParts,
  instanceTypeDoc,
} from '../../../server/src/schema/enums';
import type { EnumValue } from '../../../server/src/schema/types';

const REF = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/reference/provider-schema.json'), 'utf8'),
) as { enums: Record<string, { values_current: string[] }> };

const sorted = (xs: readonly string[]) => [...xs].sort();

/** The values of the SDK's own enum object (`{ KEY: "value" }`), read from the package, not from our generated file. */
function sdkValues(name: string): string[] {
  const object = (awsSdk as unknown as Record<string, Record<string, unknown> | undefined>)[name];
  assert.ok(object && typeof object === 'object', `@aws-sdk/client-sagemaker has no enum ${name}`);
  return Object.values(object) as string[];
}

/** Each schema list, by the SDK enum it must hold. */
const LISTS: Record<string, readonly EnumValue[]> = {
  ProductionVariantInstanceType: INSTANCE_TYPE_VALUES,
  ProductionVariantAcceleratorType: ACCELERATOR_TYPE_VALUES,
  ProductionVariantInferenceAmiVersion: INFERENCE_AMI_VERSION_VALUES,
  RoutingStrategy: ROUTING_STRATEGY_VALUES,
  CapacitySizeType: CAPACITY_SIZE_TYPE_VALUES,
  TrafficRoutingConfigType: TRAFFIC_ROUTING_TYPE_VALUES,
  CaptureMode: CAPTURE_MODE_VALUES,
  AsyncNotificationTopicTypes: NOTIFICATION_TOPIC_TYPE_VALUES,
  ManagedInstanceScalingStatus: MANAGED_SCALING_STATUS_VALUES,
  CapacityReservationPreference: CAPACITY_RESERVATION_PREFERENCE_VALUES,
};

test('every schema enum list holds exactly the values of the SDK enum object, in its order', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    assert.deepEqual(list.map((v) => v.value), sdkValues(name), `${name}: schema list vs the SDK's ${name}`);
  }
});

test('every schema enum list matches the provider reference facts', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    const ref = REF.enums[name];
    assert.ok(ref, `the reference facts have no ${name}`);
    assert.deepEqual(sorted(list.map((v) => v.value)), sorted(ref.values_current), `${name}: schema list vs the reference facts`);
  }
  assert.equal(INSTANCE_TYPE_VALUES.length, 277);
});

test('the generated file holds exactly the SDK enum objects it was generated from', () => {
  const { AWS_SDK_VERSION, ...lists } = generated;
  assert.equal(AWS_SDK_VERSION, (require('@aws-sdk/client-sagemaker/package.json') as { version: string }).version);
  assert.deepEqual(sorted(Object.keys(lists)), sorted(Object.keys(LISTS)), 'the generated enums are the ones the schema uses');
  for (const [name, values] of Object.entries(lists)) assert.deepEqual(values, sdkValues(name), name);
});

test('every instance family in the SDK list has its own line in the family table, and no family is stale', () => {
  const families = new Set(sdkValues('ProductionVariantInstanceType').map((v) => instanceTypeParts(v)?.family));
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

test('accelerator types are all deprecated (Elastic Inference is gone) and name their generation', () => {
  assert.ok(ACCELERATOR_TYPE_VALUES.length > 0);
  for (const v of ACCELERATOR_TYPE_VALUES) {
    assert.ok(v.deprecated && /Elastic Inference/.test(v.deprecated), v.value);
    assert.match(v.doc ?? '', /(first|second) generation/, v.value);
  }
});

test('every value of the other enumerations has its own line, not the generic one for values added later', () => {
  const others = Object.entries(LISTS).filter(([name]) => !/InstanceType|AcceleratorType/.test(name));
  for (const [name, list] of others) {
    for (const v of list) {
      assert.ok(v.doc, `${name} ${v.value}: no doc`);
      assert.doesNotMatch(v.doc, /does not describe yet/, `${name} ${v.value}: write its line in schema/enums.ts`);
      assert.equal(v.deprecated, undefined, `${name} ${v.value}`);
    }
    const docs = list.map((v) => v.doc);
    assert.equal(new Set(docs).size, docs.length, `${name}: two values share a doc`);
  }
});

test('routing strategies include PREFIX_AWARE from the SDK, not just the two the provider docs list', () => {
  const prefixAware = ROUTING_STRATEGY_VALUES.find((v) => v.value === 'PREFIX_AWARE');
  assert.ok(prefixAware);
  assert.match(prefixAware.doc ?? '', /prompts start the same way/);
});
