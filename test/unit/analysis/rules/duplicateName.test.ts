import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { runModuleRules } from '../../../../server/src/analysis/rules';
import { duplicateName } from '../../../../server/src/analysis/rules/duplicateName';
import { table } from './harness';

const cfg = (label: string, name: string, extra = '') =>
  `resource "aws_sagemaker_endpoint_configuration" "${label}" {\n  name = ${name}${extra}\n  production_variants {\n    variant_name = "v"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n  }\n}\n`;
const ep = (label: string, name: string, extra = '') =>
  `resource "aws_sagemaker_endpoint" "${label}" {\n  name = ${name}${extra}\n  endpoint_config_name = "c"\n}\n`;

table(duplicateName, [
  { name: 'two configurations with one name', tf: cfg('a', '"orders"') + cfg('b', '"orders"'), lines: [11] },
  { name: 'across files, reported on the later file', tf: { 'a.tf': cfg('a', '"orders"'), 'b.tf': cfg('b', '"orders"') }, lines: ['b.tf:2'] },
  { name: 'three endpoints with one name', tf: ep('a', '"e"') + ep('b', '"e"') + ep('c', '"e"'), lines: [6, 10] },
  { name: 'a configuration and an endpoint may share a name', tf: cfg('a', '"orders"') + ep('a', '"orders"'), lines: [] },
  { name: 'different names', tf: cfg('a', '"orders"') + cfg('b', '"returns"'), lines: [] },
  { name: 'names that differ in case', tf: cfg('a', '"orders"') + cfg('b', '"Orders"'), lines: [] },
  { name: 'a name that is not known', tf: cfg('a', '"orders"') + cfg('b', 'var.name'), lines: [] },
  { name: 'name_prefix is not a name', tf: cfg('a', 'null', '\n  name_prefix = "o-"') + cfg('b', 'null', '\n  name_prefix = "o-"'), lines: [] },
  { name: 'a counted resource', tf: cfg('a', '"orders"') + cfg('b', '"orders"', '\n  count = 1'), lines: [] },
  { name: 'a resource with for_each', tf: cfg('a', '"orders"', '\n  for_each = toset(["x"])') + cfg('b', '"orders"'), lines: [] },
  { name: 'other providers', tf: cfg('a', '"orders"') + cfg('b', '"orders"', '\n  provider = aws.west'), lines: [] },
  { name: 'the same provider alias', tf: cfg('a', '"orders"', '\n  provider = aws.west') + cfg('b', '"orders"', '\n  provider = aws.west'), lines: [12] },
  { name: 'other Regions', tf: cfg('a', '"orders"', '\n  region = "eu-west-1"') + cfg('b', '"orders"', '\n  region = "us-east-1"'), lines: [] },
  { name: 'the same Region', tf: cfg('a', '"orders"', '\n  region = "eu-west-1"') + cfg('b', '"orders"', '\n  region = "eu-west-1"'), lines: [12] },
  { name: 'a Region that is not known', tf: cfg('a', '"orders"') + cfg('b', '"orders"', '\n  region = var.region'), lines: [] },
  { name: 'an unclosed resource may still get a count', tf: cfg('a', '"orders"') + cfg('b', '"orders"').replace(/\}\n$/, ''), lines: [] },
  { name: 'the same address twice is another code', tf: cfg('a', '"orders"') + cfg('a', '"orders"'), lines: [] },
]);

test('the message points at the first resource', () => {
  const files = [new ParsedFile('file:///m/a.tf', cfg('first', '"orders"'), 1), new ParsedFile('file:///m/b.tf', `\n${cfg('second', '"orders"')}`, 1)];
  const [finding] = runModuleRules(files, ModuleScope.of(files), [duplicateName]).get('file:///m/b.tf') ?? [];
  assert.match(finding.message, /aws_sagemaker_endpoint_configuration\.first \(a\.tf line 1\) already has the name "orders".*creating this one fails/);
});
