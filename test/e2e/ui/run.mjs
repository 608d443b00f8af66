#!/usr/bin/env node
// The UI-level run: Mocha over ./*.ui.mjs in this Node process (playwright drives chromium; VS Code's server and
// the fake SageMaker run beside it). Started with `node --import tsx` so the tests can use test/support/*.ts.
//
//   node --import tsx test/e2e/ui/run.mjs [--vsix FILE] [--screenshots DIR] [--target minimum|stable]
//
// FILE defaults to SAGEMAKER_E2E_VSIX, else `npm run package` builds one. Screenshots go to DIR (default: a folder
// in the temp directory, printed); `npm run test:e2e:screenshots` writes them to docs/screenshots from the current
// stable VS Code. The target (env.mjs's TARGETS) defaults to SAGEMAKER_E2E_TARGET, else the minimum.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeTarget, selectedTarget, withTimeout } from '../../../scripts/e2e/env.mjs';
import { ensureInstalled } from '../../../scripts/e2e/install.mjs';
import { appendSummary, packagedVsix } from '../runTests.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { vsix: { type: 'string' }, screenshots: { type: 'string' }, target: { type: 'string' } } });
// The server helpers read the target from the environment when they start VS Code.
if (values.target) process.env.SAGEMAKER_E2E_TARGET = values.target;
const started = Date.now();
let target;
const summary = (passed, failed) => {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`e2e: ui run${target ? ` in ${describeTarget(target)}` : ''}: ${passed} passed, ${failed} failed (${seconds} s)`);
  appendSummary({ suite: 'ui', vscode: target?.vscode, passed, failed, seconds });
};

let code = 1;
try {
  target = selectedTarget();
  // The install step checks that the build is this version, so the summary can name it.
  await ensureInstalled(target);
  const vsix = packagedVsix(values.vsix ?? process.env.SAGEMAKER_E2E_VSIX);
  const screenshots = resolve(values.screenshots ?? join(tmpdir(), 'sagemaker-terraform-e2e-screenshots'));
  globalThis.SAGEMAKER_E2E_UI = { vsix, screenshots };
  console.log(`e2e: ui run in ${describeTarget(target)} with ${vsix}; screenshots in ${screenshots}`);

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000, slow: 10_000, bail: true });
  for (const name of readdirSync(here).filter((n) => n.endsWith('.ui.mjs')).sort()) mocha.addFile(join(here, name));
  await mocha.loadFilesAsync();
  const timeoutSeconds = Number(process.env.SAGEMAKER_E2E_TIMEOUT_SECONDS || 600);
  const stats = await withTimeout(
    new Promise((ok) => {
      const runner = mocha.run(() => ok(runner.stats));
    }),
    timeoutSeconds * 1000,
    `the UI run did not finish within ${timeoutSeconds} s`,
  );
  // With bail, the steps after a failure do not run: they count as failed too.
  const total = mocha.suite.total();
  const failed = stats.failures + Math.max(0, total - stats.passes - stats.failures - stats.pending);
  summary(stats.passes, failed);
  code = failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  await globalThis.SAGEMAKER_E2E_UI?.cleanup?.().catch(() => undefined);
  summary(0, 1);
}
// Chromium, the server and the fake are closed by the suite's after hook; nothing may keep a finished run alive.
process.exit(code);
