#!/usr/bin/env node
// The single entry of the extension-host end-to-end runs, through @vscode/test-electron's runTests():
//
//   node test/e2e/runTests.mjs --suite dev                  the extension from this folder (extensionDevelopmentPath)
//   node test/e2e/runTests.mjs --suite vsix [--vsix FILE]   the packaged extension, installed from the .vsix into a
//                                                           fresh extensions folder (built with `npm run package`
//                                                           when no FILE or SAGEMAKER_E2E_VSIX is given)
//   node test/e2e/runTests.mjs --suite trust                restricted mode: the extension from this folder, in a
//                                                           window with workspace trust on and the folder untrusted
//                                                           (code-server launcher only: runTests always passes
//                                                           --disable-workspace-trust to a desktop VS Code)
//   --target minimum|stable                                 which VS Code of env.mjs's TARGETS (default:
//                                                           SAGEMAKER_E2E_TARGET, else the minimum, 1.100.3)
//
// How that VS Code runs: SAGEMAKER_E2E_VSCODE=code-server uses test/e2e/launcher (the target's server build from the
// code-server npm package, in headless chromium); SAGEMAKER_E2E_VSCODE=desktop lets runTests download a desktop
// VS Code of the target's version (SAGEMAKER_E2E_VSCODE_VERSION overrides it; on Linux it needs a display such as
// xvfb-run). Unset: desktop when update.code.visualstudio.com resolves within 3 s, else the launcher.
//
// Time limits: SAGEMAKER_E2E_TIMEOUT_SECONDS (default 600) for one run; past it VS Code is killed with a message.
// Results: SAGEMAKER_E2E_SUMMARY=FILE appends {"suite","vscode","passed","failed","seconds"} as a JSON line
// (the summary of test:e2e); `vscode` is the version the extension host itself reported.
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSuites } from '../../scripts/e2e/build.mjs';
import { OFFLINE_ENV, ROOT, describeTarget, selectedTarget, withTimeout } from '../../scripts/e2e/env.mjs';
import { ensureInstalled } from '../../scripts/e2e/install.mjs';
import { installVsix, makeSandbox } from '../../scripts/e2e/vscodeServer.mjs';

const LAUNCHER = join(ROOT, 'test', 'e2e', 'launcher', 'code-server-launcher.mjs');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'e2e');
const DOWNLOAD_HOST = 'update.code.visualstudio.com';

const log = (message) => console.log(`e2e: ${message}`);

/** code-server launcher or a downloaded desktop VS Code. Only a DNS lookup (no HTTP) decides when unset. */
export async function chooseVSCode() {
  const forced = process.env.SAGEMAKER_E2E_VSCODE;
  if (forced === 'code-server' || forced === 'desktop') return { kind: forced, why: `SAGEMAKER_E2E_VSCODE=${forced}` };
  if (forced) throw new Error(`SAGEMAKER_E2E_VSCODE must be code-server or desktop, not ${forced}`);
  try {
    await withTimeout(lookup(DOWNLOAD_HOST), 3000, 'no answer within 3 s');
    return { kind: 'desktop', why: `${DOWNLOAD_HOST} resolves` };
  } catch (error) {
    return { kind: 'code-server', why: `${DOWNLOAD_HOST} does not resolve (${error.code ?? error.message})` };
  }
}

/** The newest sagemaker-terraform-*.vsix, built by `npm run package` unless given. */
export function packagedVsix(given) {
  if (given) {
    if (!existsSync(given)) throw new Error(`no such .vsix: ${given}`);
    return given;
  }
  log('npm run package');
  const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: 'inherit', timeout: 10 * 60_000 });
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status ?? result.signal})`);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const file = join(ROOT, `sagemaker-terraform-${version}.vsix`);
  if (!existsSync(file)) {
    const found = readdirSync(ROOT).filter((n) => n.endsWith('.vsix')).map((n) => join(ROOT, n));
    found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    if (!found[0]) throw new Error('npm run package wrote no .vsix');
    return found[0];
  }
  return file;
}

/** One JSON line for test:e2e's closing summary (SAGEMAKER_E2E_SUMMARY), when it asked for one. */
export function appendSummary(result) {
  if (process.env.SAGEMAKER_E2E_SUMMARY) appendFileSync(process.env.SAGEMAKER_E2E_SUMMARY, `${JSON.stringify(result)}\n`);
}

export async function runSuite({ suite, vsix }) {
  if (!['dev', 'vsix', 'trust'].includes(suite)) throw new Error(`--suite must be dev, vsix or trust, not ${suite}`);
  const started = Date.now();
  const target = selectedTarget();
  const vscode = await chooseVSCode();
  if (suite === 'trust' && vscode.kind !== 'code-server') {
    throw new Error('the trust suite needs the code-server launcher (SAGEMAKER_E2E_VSCODE=code-server): runTests always disables workspace trust in a desktop VS Code');
  }
  const version = (vscode.kind === 'desktop' && process.env.SAGEMAKER_E2E_VSCODE_VERSION) || target.vscode;
  log(`${suite} suite in ${vscode.kind === 'code-server' ? `${describeTarget(target)} (launcher)` : `a downloaded desktop VS Code ${version}`}: ${vscode.why}`);
  if (vscode.kind === 'code-server') await ensureInstalled(target);
  if (suite !== 'vsix' && !existsSync(join(ROOT, 'client', 'out', 'extension.js'))) throw new Error('client/out/extension.js is missing: run npm run bundle');
  const extensionTestsPath = await buildSuites();

  // Everything the run writes lives in one scratch folder: the workspace (a copy of the fixture, so nothing the
  // tests type can reach the clone), user data, extensions and the results file.
  const scratch = mkdtempSync(join(tmpdir(), `sm-e2e-${suite}-`));
  const workspace = join(scratch, 'workspace');
  const userData = join(scratch, 'user-data');
  const extensions = join(scratch, 'extensions');
  const results = join(scratch, 'results.json');
  cpSync(join(FIXTURES, 'module'), workspace, { recursive: true });
  mkdirSync(userData, { recursive: true });
  mkdirSync(extensions, { recursive: true });

  const timeoutSeconds = Number(process.env.SAGEMAKER_E2E_TIMEOUT_SECONDS || 600);
  const vscodeExecutablePath = vscode.kind === 'code-server' ? LAUNCHER : await downloadAndUnzipVSCode(version);

  let extensionDevelopmentPath = ROOT;
  const launchArgs = [workspace, `--user-data-dir=${userData}`, `--extensions-dir=${extensions}`];
  if (suite === 'vsix') {
    const file = packagedVsix(vsix ?? process.env.SAGEMAKER_E2E_VSIX);
    log(`installing ${file} into a fresh extensions folder`);
    if (vscode.kind === 'code-server') {
      const sandbox = makeSandbox({ extensionsDir: extensions, userDataDir: userData });
      try {
        installVsix(sandbox, file);
      } finally {
        sandbox.dispose();
      }
    } else {
      const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
      const result = spawnSync(cli, [...cliArgs, `--extensions-dir=${extensions}`, `--user-data-dir=${userData}`, '--install-extension', file], { encoding: 'utf8', stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`installing ${file} failed`);
    }
    // VS Code runs extension tests only with an extension under development: an empty one, not this folder.
    extensionDevelopmentPath = join(FIXTURES, 'vsix-host');
  } else {
    launchArgs.push('--disable-extensions');
  }

  // Empty values blank out the caller's (a desktop VS Code inherits process.env; the launcher drops them).
  const extensionTestsEnv = {
    ...OFFLINE_ENV,
    SAGEMAKER_E2E_SUITE: suite,
    SAGEMAKER_E2E_RESULTS: results,
    SAGEMAKER_E2E_DEV_ROOT: ROOT,
    SAGEMAKER_E2E_TIMEOUT_SECONDS: String(timeoutSeconds),
    SAGEMAKER_E2E_VSCODE_EXPECTED: version,
    SAGEMAKER_E2E_WORKSPACE_TRUST: suite === 'trust' ? 'on' : '',
  };

  let code = 1;
  let timer;
  try {
    const limit = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`the ${suite} suite did not finish within ${timeoutSeconds + 60} s`)), (timeoutSeconds + 60) * 1000);
    });
    code = await Promise.race([
      runTests({ vscodeExecutablePath, extensionDevelopmentPath, extensionTestsPath, launchArgs, extensionTestsEnv }).then(
        () => 0,
        (error) => (typeof error?.code === 'number' ? error.code : 1) || 1,
      ),
      limit,
    ]);
  } catch (error) {
    console.error(`e2e: ${error.message}; killing VS Code`);
    // runTests' own Ctrl+C handling: the first SIGINT asks VS Code to close, the second kills its process tree.
    process.emit('SIGINT');
    process.emit('SIGINT');
    code = 1;
  } finally {
    clearTimeout(timer);
  }

  let counts;
  try {
    counts = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    counts = { suite, passed: 0, failed: 1, failures: [`the ${suite} suite did not report results (exit ${code})`] };
  }
  if (code !== 0 && counts.failed === 0) counts = { ...counts, failed: 1, failures: [`VS Code exited with ${code}`] };
  if (process.env.SAGEMAKER_E2E_KEEP !== '1') rmSync(scratch, { recursive: true, force: true });
  else log(`kept ${scratch}`);
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`${suite} suite in VS Code ${counts.vscode ?? version}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
  for (const failure of counts.failures ?? []) console.error(`e2e:   failed: ${failure}`);
  appendSummary({ suite, vscode: counts.vscode, passed: counts.passed, failed: counts.failed, seconds });
  return code === 0 && counts.failed === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { suite: { type: 'string', default: 'dev' }, vsix: { type: 'string' }, target: { type: 'string' } } });
  // Through the environment, so the launcher (a child of runTests) serves the same target.
  if (values.target) process.env.SAGEMAKER_E2E_TARGET = values.target;
  runSuite(values).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
      appendSummary({ suite: values.suite, passed: 0, failed: 1 });
      process.exit(1);
    },
  );
}
