import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { FIXTURES, runCli, runJson, scratch } from './runCli';

// --fix on a copy of a module: the preferred fixes are written, reported, and gone on the next run.

describe('--fix', () => {
  const copies: (() => void)[] = [];
  after(() => copies.forEach((remove) => remove()));
  const copy = () => {
    const s = scratch(join(FIXTURES, 'cli/mistakes'));
    copies.push(s.remove);
    return s.dir;
  };

  test('applies each preferred fix in place, reports it, and a second run no longer finds it', () => {
    const dir = copy();
    const before = runJson(['.'], dir).report;
    const fixable = before.findings.filter((f) => f.fixes.some((x) => x.preferred));
    assert.ok(fixable.length >= 3, 'the fixture has preferred fixes');

    const fixed = runJson(['--fix', '.'], dir).report;
    assert.deepEqual(
      fixed.fixed.map((f) => [f.code, f.start.line]).sort(),
      fixable.map((f) => [f.code, f.start.line]).sort(),
    );
    const text = readFileSync(join(dir, 'main.tf'), 'utf8');
    assert.match(text, /instance_type\s+= "ml\.m5\.large"/);
    assert.match(text, /initial_instance_count = 1/);
    assert.match(text, /capture_mode = "Input"\n/);

    // What --fix reports as left is what a fresh run finds, and no preferred fix is left in it.
    const again = runJson(['.'], dir).report;
    assert.deepEqual(again.findings, fixed.findings);
    assert.deepEqual(again.findings.filter((f) => f.fixes.some((x) => x.preferred)), []);
    assert.ok(again.findings.some((f) => f.code === 'sagemaker/invalid-name'), 'findings without a preferred fix stay');
    assert.deepEqual(runJson(['--fix', '.'], dir).report.fixed, []);
  });

  test('the text report says what changed', () => {
    const r = runCli(['check', '--fix', '--fail-on', 'never', '.'], copy());
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^main\.tf:7:29 {2}fixed {2}sagemaker\/invalid-enum-value {2}Change to "ml\.m5\.large"$/m);
    assert.match(r.stdout, /^\d+ fixes applied; /m);
  });

  test('a file with invalid UTF-8 is not rewritten', () => {
    const dir = copy();
    const bytes = Buffer.concat([readFileSync(join(dir, 'main.tf')), Buffer.from('# \xff\n', 'latin1')]);
    writeFileSync(join(dir, 'main.tf'), bytes);
    const r = runJson(['--fix', '.'], dir);
    assert.equal(r.status, 2);
    assert.deepEqual(r.report.fixed, []);
    assert.match(r.report.errors[0].message, /not fixed: it could not be read again as UTF-8/);
    assert.deepEqual(readFileSync(join(dir, 'main.tf')), bytes);
  });
});
