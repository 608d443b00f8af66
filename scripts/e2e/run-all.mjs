#!/usr/bin/env node
// `npm run test:e2e`: the install step, one `npm run package`, then the three end-to-end runs, each in a process of
// its own with a time limit, and a closing "N passed, N failed" line over all of them (Mocha's counts).
//   1. dev suite   test/e2e/suite in the extension host, extension from this folder
//   2. vsix suite  the language features, extension installed from the .vsix
//   3. ui run      test/e2e/ui: keys and mouse in the workbench, with screenshots
// SAGEMAKER_E2E_SCREENSHOTS=DIR keeps the UI run's screenshots there (`npm run test:e2e:screenshots` uses
// docs/screenshots).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from './env.mjs';
import { packagedVsix } from '../../test/e2e/runTests.mjs';
import { ensureInstalled } from './install.mjs';

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'sm-e2e-all-'));
const summaryFile = join(scratch, 'summary.jsonl');
const env = { ...process.env, SAGEMAKER_E2E_SUMMARY: summaryFile };
const runs = [];
const seconds = (since) => Math.round((Date.now() - since) / 1000);

async function step(suite, command, args, timeoutMinutes) {
  const begun = Date.now();
  console.log(`\ne2e: ---- ${suite} ----`);
  const code = await run(command, args, { cwd: ROOT, env, timeoutMs: timeoutMinutes * 60_000, label: `the ${suite} run` });
  runs.push({ suite, code, seconds: seconds(begun) });
}

let setupFailed = false;
try {
  const begun = Date.now();
  await ensureInstalled();
  console.log(`e2e: install step ${seconds(begun)} s`);
} catch (error) {
  console.error(`e2e: install step failed: ${error instanceof Error ? error.message : String(error)}`);
  setupFailed = true;
}

let vsix;
if (!setupFailed) {
  const begun = Date.now();
  try {
    vsix = packagedVsix();
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`e2e: package ${seconds(begun)} s`);
}

if (!setupFailed) {
  await step('dev', process.execPath, ['test/e2e/runTests.mjs', '--suite', 'dev'], 12);
  if (vsix) {
    await step('vsix', process.execPath, ['test/e2e/runTests.mjs', '--suite', 'vsix', '--vsix', vsix], 12);
    const screenshots = process.env.SAGEMAKER_E2E_SCREENSHOTS ? ['--screenshots', process.env.SAGEMAKER_E2E_SCREENSHOTS] : [];
    await step('ui', process.execPath, ['--import', 'tsx', 'test/e2e/ui/run.mjs', '--vsix', vsix, ...screenshots], 12);
  }
}

// Each run appended {"suite","passed","failed"}; a run that could not start (or was killed) counts as one failure.
let lines = [];
try {
  lines = readFileSync(summaryFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  lines = [];
}
rmSync(scratch, { recursive: true, force: true });
const expected = ['dev', 'vsix', 'ui'];
let passed = 0;
let failed = 0;
console.log('\ne2e: ---- summary ----');
for (const suite of expected) {
  const result = lines.find((l) => l.suite === suite);
  if (result) {
    passed += result.passed;
    failed += result.failed;
    console.log(`e2e: ${suite}: ${result.passed} passed, ${result.failed} failed${result.seconds !== undefined ? ` (${result.seconds} s)` : ''}`);
  } else {
    failed += 1;
    const ran = runs.find((r) => r.suite === suite);
    console.log(`e2e: ${suite}: ${ran ? `no results (exit ${ran.code}, ${ran.seconds} s)` : 'did not run'}: counted as 1 failed`);
  }
}
console.log(`e2e: total ${seconds(started)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && runs.every((r) => r.code === 0) && !setupFailed ? 0 : 1);
