import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runCli, runJson, scratch } from './runCli';

// Exit codes: 0 nothing at or above --fail-on, 1 something, 2 a usage or I/O error with a clear message; bad files
// are reported, never a crash.

const MISTAKES = 'test/fixtures/cli/mistakes';
const WARNING = 'test/fixtures/cli/warning-only';
const INFORMATION = 'test/fixtures/cli/information-only';
const VALID = 'test/fixtures/valid/name-prefix-create-before-destroy';

describe('--fail-on', () => {
  const cases: [string, string, number][] = [
    [MISTAKES, 'error', 1],
    [WARNING, 'error', 0],
    [WARNING, 'warning', 1],
    [WARNING, 'information', 1],
    [INFORMATION, 'warning', 0],
    [INFORMATION, 'information', 1],
    [MISTAKES, 'never', 0],
  ];
  for (const [path, failOn, status] of cases) {
    test(`${path.split('/').pop()} with --fail-on ${failOn} exits ${status}`, () => {
      assert.equal(runCli(['check', '--fail-on', failOn, path]).status, status);
      assert.equal(runCli(['check', `--fail-on=${failOn}`, path]).status, status);
    });
  }

  test('the default is error', () => {
    assert.equal(runCli(['check', WARNING]).status, 0);
    assert.equal(runCli(['check', MISTAKES]).status, 1);
  });

  test('a clean module exits 0', () => {
    const r = runJson(['--fail-on', 'warning', VALID]);
    assert.equal(r.report.summary.error + r.report.summary.warning, 0);
    assert.equal(r.status, 0);
  });
});

describe('usage errors exit 2 with a message', () => {
  const cases: [string[], RegExp][] = [
    [[], /missing command: check/],
    [['lint', '.'], /unknown command "lint"/],
    [['check', '--format', 'xml', '.'], /--format takes text, json, sarif/],
    [['check', '--fail-on', 'sometimes', '.'], /--fail-on takes error, warning, information, never/],
    [['check', '--format'], /--format takes/],
    [['check', '--fast', '.'], /unknown option --fast/],
  ];
  for (const [args, message] of cases) {
    test(`sagemaker-terraform ${args.join(' ')}`, () => {
      const r = runCli(args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Usage: sagemaker-terraform check/);
      assert.equal(r.stdout, '');
    });
  }

  test('--help and --version exit 0', () => {
    assert.match(runCli(['--help']).stdout, /Usage: sagemaker-terraform check/);
    assert.match(runCli(['check', '--help']).stdout, /--fail-on/);
    assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});

describe('bad paths and bad files', () => {
  const { dir, remove } = scratch();
  after(remove);

  test('a missing path exits 2 and says so; the other paths are still checked', () => {
    const r = runJson([WARNING, 'no/such/place']);
    assert.equal(r.status, 2);
    assert.deepEqual(r.report.errors, [{ path: 'no/such/place', message: 'no such file or folder' }]);
    assert.match(r.stderr, /no\/such\/place: no such file or folder/);
    assert.equal(r.report.summary.warning, 1);
  });

  test('a file that is not Terraform exits 2', () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const r = runCli(['check', join(dir, 'notes.txt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not a Terraform file \(\.tf or \.tf\.json\)/);
  });

  test('a binary file is checked as text (syntax errors), not a crash', () => {
    const binary = join(dir, 'binary');
    mkdirSync(binary);
    writeFileSync(join(binary, 'main.tf'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x7b, 0x7d, 0x22, 0x0a, 0x00, 0xc3, 0x28]));
    const r = runJson([binary]);
    assert.equal(r.status, 1);
    assert.ok(r.report.findings.every((f) => f.code === 'sagemaker/syntax-error'));
    assert.ok(r.report.findings.length > 0);
  });

  test('a 20 MB file is reported as too large, not read', () => {
    const large = join(dir, 'large');
    mkdirSync(large);
    const fd = openSync(join(large, 'huge.tf'), 'w');
    ftruncateSync(fd, 20 * 1024 * 1024);
    closeSync(fd);
    const r = runJson(['--fail-on', 'warning', large]);
    assert.equal(r.status, 1);
    assert.deepEqual(r.report.findings.map((f) => [f.code, f.start.line]), [['sagemaker/file-too-large', 1]]);
    assert.match(r.report.findings[0].message, /20 MiB; the limit is 16 MiB/);
  });

  test('a file that cannot be read (a link out of the checked folder) is reported with exit 2; a FIFO is passed over without waiting', () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd);
    writeFileSync(join(dir, 'secret.txt'), 'resource "aws_sagemaker_endpoint" "x" {}\n');
    symlinkSync(join(dir, 'secret.txt'), join(odd, 'link.tf'));
    execFileSync('mkfifo', [join(odd, 'pipe.tf')]);
    writeFileSync(join(odd, 'main.tf'), 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "cfg"\n}\n');
    const r = runJson([odd], dir);
    assert.equal(r.status, 2);
    assert.deepEqual(r.report.errors.map((e) => e.path), ['odd/link.tf']);
    assert.match(r.report.errors[0].message, /could not be read/);
    assert.equal(r.report.summary.files, 1, 'main.tf is still checked');
  });
});
