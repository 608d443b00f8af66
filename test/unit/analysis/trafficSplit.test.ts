import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../server/src/analysis/parsedFile';
import { describeShare, formatShare, trafficSplit } from '../../../server/src/analysis/trafficSplit';

const variant = (name: string, extra = '') =>
  `  production_variants {\n    variant_name = "${name}"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n${extra}  }\n`;

function split(body: string, before = '') {
  const file = new ParsedFile('file:///m/main.tf', `${before}resource "aws_sagemaker_endpoint_configuration" "c" {\n${body}}\n`, 1);
  const shares = trafficSplit(file.resources[0], ModuleScope.of([file]));
  return shares?.map((s) => describeShare(s, shares));
}

test('weights 0.9, 0.1 and one left out (1): the third takes half', () => {
  const body = variant('a', '    initial_variant_weight = 0.9\n') + variant('b', '    initial_variant_weight = 0.1\n') + variant('c');
  assert.deepEqual(split(body), ['45% of traffic (weight 0.9 of 2)', '5% of traffic (weight 0.1 of 2)', '50% of traffic (weight 1 of 2)']);
});

test('weights through variables and strings are read as Terraform reads them', () => {
  const before = 'variable "w" {\n  default = 3\n}\n';
  assert.deepEqual(split(variant('a', '    initial_variant_weight = var.w\n') + variant('b', '    initial_variant_weight = "1"\n'), before), [
    '75% of traffic (weight 3 of 4)',
    '25% of traffic (weight 1 of 4)',
  ]);
});

test('nothing when any part of the split is not known', () => {
  assert.equal(split(variant('a', '    initial_variant_weight = var.unknown\n') + variant('b')), undefined);
  assert.equal(split(variant('a') + '  dynamic "production_variants" {\n    for_each = var.v\n    content {}\n  }\n'), undefined);
  assert.equal(split(variant('a').replace('    model_name = "m"\n', '')), undefined, 'without model_name the weight is not sent');
  assert.equal(split(''), undefined);
});

test('every weight 0: no share for any', () => {
  assert.deepEqual(split(variant('a', '    initial_variant_weight = 0\n')), ['no traffic (every weight is 0)']);
});

test('shares are rounded to one decimal', () => {
  assert.equal(formatShare(1 / 3), '33.3%');
  assert.equal(formatShare(1), '100%');
});
