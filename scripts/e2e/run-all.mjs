#!/usr/bin/env node
// `npm run test:e2e`: one `npm run package`, then for each VS Code of env.mjs's TARGETS (the engines minimum and the
// current stable; SAGEMAKER_E2E_TARGET=NAME runs one) its install step and the four end-to-end runs, each in a
// process of its own with a time limit, and a closing "N passed, N failed" line over all of them (Mocha's counts).
//   1. dev suite   test/e2e/suite in the extension host, extension from this folder
//   2. trust suite test/e2e/suite/trust.test.ts: restricted mode, workspace trust on and the folder untrusted
//   3. vsix suite  the language features, extension installed from the .vsix
//   4. ui run      test/e2e/ui: keys and mouse in the workbench, with screenshots
// SAGEMAKER_E2E_SCREENSHOTS=DIR keeps the UI runs' screenshots there, in a folder per VS Code version
// (`npm run test:e2e:screenshots` writes docs/screenshots from the stable one).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TARGETS, describeTarget, run, selectedTarget } from './env.mjs';
import { packagedVsix } from '../../test/e2e/runTests.mjs';
import { ensureInstalled } from './install.mjs';

const SUITES = ['dev', 'trust', 'vsix', 'ui'];
const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'sm-e2e-all-'));
const seconds = (since) => Math.round((Date.now() - since) / 1000);
const targets = process.env.SAGEMAKER_E2E_TARGET ? [selectedTarget()] : TARGETS;

async function step(target, env, suite, command, args, timeoutMinutes) {
  const begun = Date.now();
  console.log(`\ne2e: ---- ${suite} in ${describeTarget(target)} ----`);
  const code = await run(command, args, { cwd: ROOT, env, timeoutMs: timeoutMinutes * 60_000, label: `the ${suite} run in VS Code ${target.vscode}` });
  return { suite, code, seconds: seconds(begun) };
}

/** Install, then dev, trust, vsix and ui in one target; each run appends {"suite","vscode","passed","failed"} to a file. */
async function runTarget(target, vsix) {
  const summaryFile = join(scratch, `summary-${target.codeServer}.jsonl`);
  const env = { ...process.env, SAGEMAKER_E2E_TARGET: target.codeServer, SAGEMAKER_E2E_SUMMARY: summaryFile };
  const runs = [];
  let installed = false;
  const begun = Date.now();
  try {
    await ensureInstalled(target);
    installed = true;
  } catch (error) {
    console.error(`e2e: install step of ${describeTarget(target)} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const installSeconds = seconds(begun);
  console.log(`e2e: install step of ${describeTarget(target)} ${installSeconds} s`);
  if (installed) {
    runs.push(await step(target, env, 'dev', process.execPath, ['test/e2e/runTests.mjs', '--suite', 'dev'], 12));
    runs.push(await step(target, env, 'trust', process.execPath, ['test/e2e/runTests.mjs', '--suite', 'trust'], 6));
    if (vsix) {
      runs.push(await step(target, env, 'vsix', process.execPath, ['test/e2e/runTests.mjs', '--suite', 'vsix', '--vsix', vsix], 12));
      const dir = process.env.SAGEMAKER_E2E_SCREENSHOTS;
      const screenshots = dir ? ['--screenshots', join(dir, `vscode-${target.vscode}`)] : [];
      runs.push(await step(target, env, 'ui', process.execPath, ['--import', 'tsx', 'test/e2e/ui/run.mjs', '--vsix', vsix, ...screenshots], 12));
    }
  }
  let results = [];
  try {
    results = readFileSync(summaryFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    results = [];
  }
  return { target, installed, installSeconds, runs, results };
}

let vsix;
{
  const begun = Date.now();
  try {
    vsix = packagedVsix();
  } catch (error) {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`e2e: package ${seconds(begun)} s`);
}

const done = [];
for (const target of targets) done.push(await runTarget(target, vsix));
rmSync(scratch, { recursive: true, force: true });

// A run that could not start, reported nothing or was killed counts as one failure; so does a version the extension
// host reported other than the target's.
let passed = 0;
let failed = 0;
const perTarget = [];
console.log('\ne2e: ---- summary ----');
for (const { target, installSeconds, runs, results } of done) {
  let targetPassed = 0;
  let targetFailed = 0;
  console.log(`e2e: ${describeTarget(target)}: install step ${installSeconds} s`);
  for (const suite of SUITES) {
    const result = results.find((l) => l.suite === suite);
    const ran = runs.find((r) => r.suite === suite);
    const label = `e2e: VS Code ${target.vscode} ${suite}`;
    if (result) {
      const wrongVersion = result.vscode !== undefined && result.vscode !== target.vscode;
      const extra = wrongVersion ? 1 : 0;
      targetPassed += result.passed;
      targetFailed += result.failed + extra;
      console.log(`${label}: ${result.passed} passed, ${result.failed + extra} failed${result.seconds !== undefined ? ` (${result.seconds} s)` : ''}${wrongVersion ? `: ran in VS Code ${result.vscode}, counted as 1 failed` : ''}`);
    } else {
      targetFailed += 1;
      console.log(`${label}: ${ran ? `no results (exit ${ran.code}, ${ran.seconds} s)` : 'did not run'}: counted as 1 failed`);
    }
    if (ran && ran.code !== 0 && result && result.failed === 0) {
      targetFailed += 1;
      console.log(`${label}: exited ${ran.code} with no failed test: counted as 1 failed`);
    }
  }
  passed += targetPassed;
  failed += targetFailed;
  perTarget.push(`VS Code ${target.vscode}: ${targetPassed} passed, ${targetFailed} failed`);
}
console.log(`e2e: total ${seconds(started)} s; ${perTarget.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
