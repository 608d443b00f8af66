// Reading the AWS provider version from a `.terraform.lock.hcl` with our own HCL parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lockedAwsVersion } from '../../../../server/src/analysis/providerVersion/lockFile';
import { formatVersion } from '../../../../server/src/schema/version';

const read = (text: string) => {
  const v = lockedAwsVersion(text);
  return v && formatVersion(v);
};

test('the version of the hashicorp/aws provider block, among others', () => {
  const text = [
    '# This file is maintained automatically by "terraform init".',
    'provider "registry.terraform.io/hashicorp/random" {',
    '  version = "3.6.0"',
    '}',
    '',
    'provider "registry.terraform.io/hashicorp/aws" {',
    '  version     = "5.100.0"',
    '  constraints = ">= 5.0.0, < 6.0.0"',
    '  hashes = [',
    '    "h1:edXOJWE4ORX8Fm+dpVpICzMZJat4AX0VRCAy/xkcOc0=",',
    '  ]',
    '}',
  ].join('\n');
  assert.equal(read(text), '5.100.0');
  assert.equal(read('provider "registry.terraform.io/hashicorp/aws" {\r\n  version = "6.0.0-beta2"\r\n}\r\n'), '6.0.0-beta2');
});

test('no version: another provider only, a fork, a partial or non-literal version, broken or hostile text', () => {
  for (const text of [
    '',
    'provider "registry.terraform.io/hashicorp/random" {\n  version = "3.6.0"\n}\n',
    'provider "registry.terraform.io/someone/aws" {\n  version = "5.1.0"\n}\n',
    'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.1"\n}\n',
    'provider "registry.terraform.io/hashicorp/aws" {\n  version = "${var.v}"\n}\n',
    'provider "registry.terraform.io/hashicorp/aws" {\n  hashes = []\n}\n',
    'provider "registry.terraform.io/hashicorp/aws" {\n  version = ',
    '{{{{'.repeat(10000),
    '\u0000\uffff'.repeat(1000),
  ]) {
    assert.equal(read(text), undefined, JSON.stringify(text.slice(0, 60)));
  }
});
