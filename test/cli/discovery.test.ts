import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runJson, scratch } from './runCli';

// Which files a run checks: folders searched recursively for module folders (not .terraform, .git, node_modules);
// a file is checked with its module but only its own findings are shown.

const BAD = (name: string) => `resource "aws_sagemaker_endpoint" "${name}" {\n  name                 = "-${name}"\n  endpoint_config_name = "cfg"\n}\n`;

describe('module discovery', () => {
  const { dir, remove } = scratch();
  after(remove);
  for (const folder of ['live/a', 'live/b/deeper', '.terraform/modules/x', '.git/x', 'node_modules/m', 'empty/nothing']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'live/a/main.tf'), BAD('a'));
  writeFileSync(join(dir, 'live/a/other.tf'), BAD('other'));
  writeFileSync(join(dir, 'live/b/deeper/main.tf'), BAD('deeper'));
  for (const skipped of ['.terraform/modules/x', '.git/x', 'node_modules/m']) writeFileSync(join(dir, skipped, 'main.tf'), BAD('skipped'));
  writeFileSync(join(dir, 'empty/nothing/readme.md'), '# not terraform');

  test('a folder is searched recursively, skipping .terraform, .git and node_modules', () => {
    const { status, report } = runJson(['.'], dir);
    assert.equal(status, 1);
    assert.deepEqual([...new Set(report.findings.map((f) => f.path))], ['live/a/main.tf', 'live/a/other.tf', 'live/b/deeper/main.tf']);
    assert.equal(report.summary.modules, 2);
    assert.equal(report.summary.files, 3);
  });

  test('a file is checked alone; a folder and a file in it are checked once', () => {
    assert.deepEqual([...new Set(runJson(['live/a/other.tf'], dir).report.findings.map((f) => f.path))], ['live/a/other.tf']);
    const both = runJson(['live/a/other.tf', 'live'], dir).report;
    assert.equal(both.summary.files, 3);
    assert.equal(both.findings.length, runJson(['live'], dir).report.findings.length);
  });

  test('a folder without Terraform files is no error', () => {
    const { status, report } = runJson(['empty'], dir);
    assert.equal(status, 0);
    assert.deepEqual([report.summary.files, report.errors], [0, []]);
  });

  test('a file still sees its module: a reference to a configuration in another file resolves', () => {
    mkdirSync(join(dir, 'split'));
    writeFileSync(join(dir, 'split/config.tf'), 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name             = "m"\n    instance_type          = "ml.m5.large"\n    initial_instance_count = 1\n  }\n}\n');
    writeFileSync(join(dir, 'split/endpoint.tf'), 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n}\n');
    writeFileSync(join(dir, 'split/broken.tf'), 'resource "aws_sagemaker_endpoint" "f" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.missing.name\n}\n');
    assert.deepEqual(runJson(['split/endpoint.tf'], dir).report.findings, []);
    assert.ok(runJson(['split/broken.tf'], dir).report.findings.some((f) => f.code === 'sagemaker/undeclared-reference'));
  });
});
