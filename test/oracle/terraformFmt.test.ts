// Our formatter against the real `terraform fmt` on every .tf and .tfvars fixture: the same text where terraform
// formats the file, and no formatting where terraform refuses it (syntax errors, a redefined argument). One
// `terraform fmt -recursive` over a copy of the fixtures; skips, saying why, where terraform is not on PATH.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { formatTerraform } from '../../server/src/format';

const FIXTURES = join(__dirname, '../fixtures');
const ENV = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' };

function terraformMissing(): string | undefined {
  const run = spawnSync('terraform', ['version'], { encoding: 'utf8', timeout: 30_000, env: ENV });
  return run.status === 0 ? undefined : 'terraform is not on PATH: the terraform fmt oracle needs terraform 1.x';
}

function formattableFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(tf|tfvars)$/.test(name))
    .sort();
}

test('our formatting equals terraform fmt on every fixture', { skip: terraformMissing() }, () => {
  const copy = mkdtempSync(join(tmpdir(), 'fmt-oracle-'));
  try {
    cpSync(FIXTURES, copy, { recursive: true });
    const run = spawnSync('terraform', ['fmt', '-recursive', '-no-color', '-list=false', copy], { encoding: 'utf8', timeout: 120_000, env: ENV });
    assert.ok(run.status === 0 || run.status === 2, `terraform fmt failed to run: ${run.stderr}`);
    // terraform names each file it could not parse ("on <path> line N"); those it leaves as they were.
    const refused = new Set([...run.stderr.matchAll(/ on (\S+) line \d+/g)].map((m) => relative(copy, m[1])));
    const files = formattableFiles(FIXTURES);
    assert.ok(files.length > 200 && refused.size > 0, `${files.length} fixtures, ${refused.size} refused by terraform`);
    const mismatches: string[] = [];
    for (const file of files) {
      const ours = formatTerraform(readFileSync(join(FIXTURES, file), 'utf8'));
      if (refused.has(file)) {
        if (ours !== undefined) mismatches.push(`${file}: terraform refuses it, we format it`);
      } else if (ours === undefined) {
        mismatches.push(`${file}: terraform formats it, we refuse`);
      } else if (ours !== readFileSync(join(copy, file), 'utf8')) {
        mismatches.push(`${file}: our output differs from terraform fmt's`);
      }
    }
    assert.deepEqual(mismatches, []);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
