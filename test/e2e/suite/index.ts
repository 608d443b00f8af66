// The test runner VS Code's extension host loads (extensionTestsPath): runs the bundled *.test.js beside it with
// Mocha, prints Mocha's spec report to the console (which the launcher or desktop VS Code forwards), and writes the
// counts to SAGEMAKER_E2E_RESULTS for the closing summary.
//   SAGEMAKER_E2E_SUITE=dev   every file (the extension from the dev folder)
//   SAGEMAKER_E2E_SUITE=vsix  the language features only (the extension installed from the .vsix)
//   SAGEMAKER_E2E_SUITE=trust the restricted-mode file only, in a window with workspace trust on (the others expect
//                             a trusted folder; this one expects an untrusted one)
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const VSIX_FILES = ['activation', 'completion', 'hover', 'diagnostics'];
const TRUST_FILES = ['trust'];

/** Whether the file (its name without .test.js) belongs to `suite`. */
function inSuite(suite: string, file: string): boolean {
  if (suite === 'trust') return TRUST_FILES.includes(file);
  if (TRUST_FILES.includes(file)) return false;
  return suite !== 'vsix' || VSIX_FILES.includes(file);
}

export function run(): Promise<void> {
  const suite = process.env.SAGEMAKER_E2E_SUITE ?? 'dev';
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 5_000, grep: process.env.SAGEMAKER_E2E_GREP });
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => inSuite(suite, name.slice(0, -'.test.js'.length)))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  for (const name of files) mocha.addFile(join(__dirname, name));
  console.log(`e2e ${suite} suite: ${files.join(', ')} in VS Code ${vscode.version}`);

  return new Promise((resolve, reject) => {
    const failures: string[] = [];
    const runner = mocha.run((failed) => {
      const { passes = 0, failures: failCount = 0, pending = 0 } = runner.stats ?? {};
      const results = process.env.SAGEMAKER_E2E_RESULTS;
      if (results) writeFileSync(results, JSON.stringify({ suite, vscode: vscode.version, passed: passes, failed: failCount, pending, failures }, null, 2));
      if (failed > 0) reject(new Error(`${failed} end-to-end ${failed === 1 ? 'test' : 'tests'} failed`));
      else resolve();
    });
    runner.on('fail', (test, error: Error) => failures.push(`${test.fullTitle()}: ${error.message}`));
  });
}

/** Activation first, the status panels (which change settings) last. */
function order(name: string): number {
  return name.startsWith('activation') ? 0 : name.startsWith('status') ? 2 : 1;
}
