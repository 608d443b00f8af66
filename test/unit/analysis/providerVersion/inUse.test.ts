// Which versions a module is checked against: its lock file first, else its required_providers constraints (all of
// them, whatever the local name, as long as the source is hashicorp/aws), else none (nothing judged).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInUse, predates, providerVersionInUse } from '../../../../server/src/analysis/providerVersion/inUse';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { version } from '../../../../server/src/schema/version';

const LOCK = { uri: 'file:///m/.terraform.lock.hcl', version: version('5.100.0') };
const file = (text: string, name = 'versions.tf') => new ParsedFile(`file:///m/${name}`, text, 1);
const requiring = (entry: string) => file(`terraform {\n  required_providers {\n    ${entry}\n  }\n}\n`);

test('the lock file wins over constraints', () => {
  const inUse = providerVersionInUse(LOCK, [requiring('aws = { source = "hashicorp/aws", version = "~> 6.0" }')]);
  assert.equal(inUse?.kind, 'lock');
  assert.equal(describeInUse(inUse!), 'this module uses 5.100.0 (from .terraform.lock.hcl)');
  assert.ok(predates(inUse, '6.21.0'));
  assert.ok(!predates(inUse, '5.100.0'));
  assert.ok(!predates(inUse, undefined));
  assert.ok(!predates(undefined, '6.21.0'));
});

test('a lock file without the AWS provider falls back to the constraints', () => {
  const inUse = providerVersionInUse({ uri: LOCK.uri }, [requiring('aws = { source = "hashicorp/aws", version = "~> 5.0" }')]);
  assert.equal(inUse?.kind, 'constraint');
  assert.equal(describeInUse(inUse!), 'this module allows only "~> 5.0" (from required_providers in versions.tf)');
  assert.ok(predates(inUse, '6.0.0'));
});

test('constraints: by source whatever the local name, the short string form, every file of the module', () => {
  const byName = providerVersionInUse(undefined, [requiring('amazon = { source = "registry.terraform.io/hashicorp/aws", version = "< 6.0.0" }')]);
  assert.ok(predates(byName, '6.0.0'));
  const short = providerVersionInUse(undefined, [requiring('aws = "~> 4.20"')]);
  assert.ok(predates(short, '5.0.0') && !predates(short, '4.62.0'));
  const both = providerVersionInUse(undefined, [requiring('aws = { version = ">= 5.0" }'), file('terraform {\n  required_providers {\n    aws = { version = "< 5.50.0" }\n  }\n}\n', 'other.tf')]);
  assert.equal(both?.text, '>= 5.0, < 5.50.0');
  assert.ok(predates(both, '5.56.0') && !predates(both, '5.37.0'));
});

test('nothing to judge by: no constraint, another provider, a fork under the name aws, unreadable or contradictory constraints', () => {
  for (const files of [
    [],
    [file('resource "aws_sagemaker_endpoint" "e" {}\n')],
    [requiring('random = { source = "hashicorp/random", version = "3.6.0" }')],
    [requiring('aws = { source = "example/aws", version = "1.0.0" }')],
    [requiring('aws = { source = "hashicorp/aws", version = var.aws_version }')],
    [requiring('aws = { source = "hashicorp/aws", version = "newest" }')],
    [requiring('aws = { source = "hashicorp/aws", version = ">= 6.0, < 5.0" }')],
    [requiring('aws = { source = "hashicorp/aws" }')],
  ]) {
    assert.equal(providerVersionInUse(undefined, files), undefined, files.map((f) => f.text).join('|'));
  }
});

test('an unreadable constraint next to a readable one narrows nothing', () => {
  const inUse = providerVersionInUse(undefined, [requiring('aws = { version = "~> 5.0" }'), file('terraform {\n  required_providers {\n    aws = { version = "bogus" }\n  }\n}\n', 'b.tf')]);
  assert.equal(inUse?.text, '~> 5.0');
});
