// The `terraform-vars` grammar (syntaxes/terraform-vars.tmLanguage.json) includes the Terraform grammar whole: the
// scope assertions in test/syntaxes/*.tmtest.tfvars, run by vscode-tmgrammar-test with both grammars loaded, and the
// contribution in package.json that binds `.tfvars` files to it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const CASES = readdirSync(__dirname).filter((n) => n.endsWith('.tmtest.tfvars')).sort().map((n) => join(__dirname, n));

test('vscode-tmgrammar-test: every scope assertion in test/syntaxes/*.tmtest.tfvars holds', () => {
  assert.ok(CASES.length > 0);
  for (const file of CASES) assert.match(readFileSync(file, 'utf8'), /^# SYNTAX TEST "source\.terraform-vars"/, relative(ROOT, file));
  const scratch = mkdtempSync(join(tmpdir(), 'tmgrammar-vars-'));
  try {
    const config = join(scratch, 'package.json');
    writeFileSync(config, '{}\n');
    const grammars = ['syntaxes/terraform-vars.tmLanguage.json', 'syntaxes/terraform.tmLanguage.json'].flatMap((g) => ['-g', g]);
    const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
    const run = spawnSync(process.execPath, [cli, '--compact', ...grammars, '--config', config, ...CASES.map((f) => relative(ROOT, f))], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    assert.ok(!run.error, `vscode-tmgrammar-test did not finish: ${run.error?.message}\n${output}`);
    assert.equal(run.status, 0, `vscode-tmgrammar-test failed (exit ${run.status}):\n${output}`);
    for (const file of CASES) assert.ok(output.includes(relative(ROOT, file)), output);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
