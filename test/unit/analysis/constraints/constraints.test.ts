import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { behaviourOf } from '../../../../server/src/analysis/constraints';
import { arnProblem } from '../../../../server/src/analysis/constraints/arn';
import type { Constraint } from '../../../../server/src/schema/types';

// Table-driven: each constraint kind with the hover line it gives, values it must accept and values it must reject
// (with the code).
const cases: { constraint: Constraint; describes: string; valid: (string | number)[]; invalid: [string | number, string][] }[] = [
  {
    constraint: { kind: 'enum', values: [{ value: 'Input' }, { value: 'Output' }], unknownSeverity: 'error' },
    describes: 'Valid values: `Input`, `Output`.',
    valid: ['Input', 'Output'],
    invalid: [['input', 'sagemaker/invalid-enum-value'], ['', 'sagemaker/invalid-enum-value']],
  },
  {
    constraint: { kind: 'intRange', min: 1, max: 512 },
    describes: 'A whole number between 1 and 512.',
    valid: [1, 512, 100],
    invalid: [[0, 'sagemaker/value-out-of-range'], [513, 'sagemaker/value-out-of-range']],
  },
  {
    constraint: { kind: 'floatRange', min: 0 },
    describes: 'A number at least 0.',
    valid: [0, 0.5, 1e9],
    invalid: [[-0.1, 'sagemaker/value-out-of-range']],
  },
  {
    constraint: { kind: 'intSet', values: [1024, 2048] },
    describes: 'One of `1024`, `2048`.',
    valid: [1024, 2048],
    invalid: [[1000, 'sagemaker/value-out-of-range']],
  },
  {
    constraint: { kind: 'name', maxLength: 63 },
    describes: 'Letters, digits and hyphens, at most 63 characters, not beginning or ending with a hyphen.',
    valid: ['my-endpoint', 'a', 'A1--b', 'x'.repeat(63)],
    invalid: [
      ['my_endpoint', 'sagemaker/invalid-name'],
      ['-lead', 'sagemaker/invalid-name'],
      ['trail-', 'sagemaker/invalid-name'],
      ['x'.repeat(64), 'sagemaker/invalid-name'],
      ['', 'sagemaker/invalid-name'],
    ],
  },
  {
    constraint: { kind: 'name', maxLength: 37, prefix: true },
    describes: 'Letters, digits and hyphens, at most 37 characters, not beginning with a hyphen (a unique suffix is appended).',
    valid: ['prod-', 'a', 'x'.repeat(37)],
    invalid: [['-prod', 'sagemaker/invalid-name'], ['x'.repeat(38), 'sagemaker/invalid-name'], ['a_b', 'sagemaker/invalid-name']],
  },
  {
    constraint: { kind: 'pattern', pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$', maxLength: 63, explanation: 'letters, digits, hyphens' },
    describes: 'letters, digits, hyphens (checked by SageMaker at apply, not by `terraform plan`).',
    valid: ['variant-1', 'AllTraffic'],
    invalid: [['variant_1', 'sagemaker/invalid-pattern'], ['v-', 'sagemaker/invalid-pattern']],
  },
  {
    constraint: { kind: 'arn', service: 'kms' },
    describes: 'An ARN, e.g. `arn:aws:kms:us-east-1:123456789012:key/…`.',
    valid: ['arn:aws:kms:us-east-1:123456789012:key/abc', 'arn:aws-us-gov:iam::123456789012:role/x', ''],
    invalid: [['my-key', 'sagemaker/invalid-arn'], ['arn:aws:kms:us-east-1:12345:key/x', 'sagemaker/invalid-arn']],
  },
  {
    constraint: { kind: 's3Uri' },
    describes: 'An S3 URI such as `s3://bucket/prefix` (or `https://…`), at most 512 characters.',
    valid: ['s3://bucket', 's3://bucket/prefix/', 'https://bucket.s3.amazonaws.com/x'],
    invalid: [['bucket/path', 'sagemaker/invalid-s3-uri'], ['s3:/x', 'sagemaker/invalid-s3-uri'], ['s3://' + 'a'.repeat(508), 'sagemaker/invalid-s3-uri']],
  },
  {
    constraint: { kind: 'contentType' },
    describes: 'Content types such as `text/csv` or `application/json`, each at most 256 characters.',
    valid: ['text/csv', 'application/json', 'application/jsonlines', 'text/csv; charset=utf-8'],
    invalid: [['csv', 'sagemaker/invalid-content-type'], ['/json', 'sagemaker/invalid-content-type']],
  },
];

for (const { constraint, describes, valid, invalid } of cases) {
  describe(`${constraint.kind} constraint`, () => {
    const behaviour = behaviourOf(constraint);
    test('accepts valid values', () => {
      for (const value of valid) assert.equal(behaviour.check(constraint, value, 'x'), undefined, String(value));
    });
    test('rejects invalid values with its code and a message naming the subject', () => {
      for (const [value, code] of invalid) {
        const violation = behaviour.check(constraint, value, 'subject_name');
        assert.ok(violation, `${value} should be rejected`);
        assert.equal(violation.code, code);
        assert.match(violation.message, /subject_name/);
      }
    });
    test('describes itself for hover with its own bounds, values or shape', () => {
      assert.equal(behaviour.describe(constraint), describes);
    });
  });
}

test('enum violations suggest the closest value and list short enums', () => {
  const constraint: Constraint = { kind: 'enum', values: [{ value: 'RANDOM' }, { value: 'LEAST_OUTSTANDING_REQUESTS' }], unknownSeverity: 'error' };
  const violation = behaviourOf(constraint).check(constraint, 'RANDON', 'routing_strategy');
  assert.match(violation!.message, /Did you mean "RANDOM"/);
  assert.match(violation!.message, /Valid values: RANDOM, LEAST_OUTSTANDING_REQUESTS/);
});

test('an unknown value of a long warning-level enum says once what is wrong and once what to do', () => {
  const values = Array.from({ length: 13 }, (_, i) => ({ value: `ml.m5.${i + 1}xlarge` }));
  const constraint: Constraint = { kind: 'enum', values, unknownSeverity: 'warning' };
  const typo = behaviourOf(constraint).check(constraint, 'ml.m5.2xlarg', 'instance_type')!;
  assert.equal(typo.message, '"ml.m5.2xlarg" is not among the instance_type values this extension\'s AWS SDK knows. Did you mean "ml.m5.2xlarge"?');
  const unknown = behaviourOf(constraint).check(constraint, 'ml.zz9.huge', 'instance_type')!;
  assert.equal(unknown.message.match(/[.?;](\s|$)/g)?.length, 3, unknown.message);
  assert.doesNotMatch(unknown.message, /Did you mean/);
  assert.equal(unknown.severity, 'warning');
});

test('a long enum is summarised with its count and first four values instead of listed', () => {
  const values = Array.from({ length: 13 }, (_, i) => ({ value: `v${i}` }));
  const constraint: Constraint = { kind: 'enum', values, unknownSeverity: 'error' };
  assert.equal(behaviourOf(constraint).describe(constraint), 'One of 13 values (e.g. `v0`, `v1`, `v2`, `v3`, …); completion lists them all.');
  const twelve: Constraint = { ...constraint, values: values.slice(0, 12) };
  assert.match(behaviourOf(twelve).describe(twelve), /^Valid values: `v0`, .*`v11`\.$/);
});

test('enums whose lists grow warn instead of failing', () => {
  const constraint: Constraint = { kind: 'enum', values: [{ value: 'ml.t2.medium' }], unknownSeverity: 'warning' };
  assert.equal(behaviourOf(constraint).check(constraint, 'ml.t9.medium', 'instance_type')!.severity, 'warning');
});

test('ARN parts are checked as the provider checks them', () => {
  assert.equal(arnProblem('arn:aws:sns:us-east-1:123456789012:topic'), undefined);
  assert.equal(arnProblem('arn:aws:s3:::bucket'), undefined);
  assert.match(arnProblem('arn:azure:sns:us-east-1:123456789012:t')!, /partition/);
  assert.match(arnProblem('arn:aws:sns:useast1:123456789012:t')!, /region/);
  assert.match(arnProblem('arn:aws:sns:us-east-1:123456789012:')!, /resource/);
});
