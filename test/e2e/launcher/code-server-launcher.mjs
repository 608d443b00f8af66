#!/usr/bin/env node
// A stand-in for the VS Code executable that @vscode/test-electron's runTests() spawns when no desktop VS Code can
// be downloaded. It takes the desktop command line (--extensionDevelopmentPath=…, --extensionTestsPath=…,
// --user-data-dir=…, --extensions-dir=…, the workspace folder, and flags such as --disable-extensions), runs the
// same test payload in VS Code's server build (the real Node extension host) with headless chromium as the window,
// streams the suite's output and exits with the suite's exit code.
//
// Environment: everything this process gets (runTests merges extensionTestsEnv into it) goes to the server and so
// to the extension host. SAGEMAKER_E2E_TIMEOUT_SECONDS (default 600) bounds the whole run;
// SAGEMAKER_E2E_VERBOSE=1 also prints the server's and the page's logs; SAGEMAKER_E2E_KEEP=1 keeps the scratch folder.
// SAGEMAKER_E2E_WORKSPACE_TRUST=on (the trust suite) turns workspace trust on, although runTests always passes
// --disable-workspace-trust: the folder then opens untrusted, and the suite asks for the gestures of ./uiRequests.mjs.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';
import { targetFiles, withTimeout } from '../../../scripts/e2e/env.mjs';
import { TRUST_SETTINGS, launchBrowser, makeSandbox, remoteUri, startServer, workbenchUrl, writeUserSettings } from '../../../scripts/e2e/vscodeServer.mjs';
import { performUiRequest, uiRequestOf } from './uiRequests.mjs';


/** The workbench's own chatter that reaches codeAutomationLog beside the suite's output; shown with VERBOSE only. */
const WORKBENCH_NOISE = [
  /^Resolving connection token/,
  /^Resolved connection token/,
  /^Creating a socket/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /^\[Service Worker\]/,
  // 1.139's: the agent host, account policy and GitHub sign-in look-ups (there is no GitHub to reach here).
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /^\[reconnection-grace-time\]/,
  /^Timed out waiting for authentication provider 'github'/,
];

function parseArgs(argv) {
  const options = { extensionDevelopmentPaths: [], folders: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--extensionDevelopmentPath':
        options.extensionDevelopmentPaths.push(resolve(value()));
        break;
      case '--extensionTestsPath':
        options.extensionTestsPath = resolve(value());
        break;
      case '--user-data-dir':
        options.userDataDir = resolve(value());
        break;
      case '--extensions-dir':
        options.extensionsDir = resolve(value());
        break;
      case '--disable-extensions':
        options.disableExtensions = true;
        break;
      case '--locale':
      case '--log':
      case '--profile':
      case '--crash-reporter-directory':
        options.ignored.push(`${flag}=${value()}`);
        break;
      default:
        // Desktop-only flags (--no-sandbox, --disable-gpu-sandbox, --disable-updates, --skip-welcome, …) mean
        // nothing to a server build in a browser.
        if (!arg.startsWith('-')) options.folders.push(resolve(arg));
        else if (arg.startsWith('--')) options.ignored.push(arg);
        else throw new Error(`unknown argument ${arg}`);
    }
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!options.extensionTestsPath) throw new Error('--extensionTestsPath=… is required (this launcher only runs extension tests)');
  if (options.extensionDevelopmentPaths.length === 0) {
    // The workbench starts the test runner only in a window with an extension under development.
    throw new Error('--extensionDevelopmentPath=… is required: VS Code runs extension tests only beside an extension under development');
  }
  const { serverMain } = targetFiles();
  if (!existsSync(serverMain)) throw new Error(`no VS Code server at ${serverMain}; run node scripts/e2e/install.mjs`);
  const timeoutSeconds = Number(process.env.SAGEMAKER_E2E_TIMEOUT_SECONDS || 600);
  const verbose = process.env.SAGEMAKER_E2E_VERBOSE === '1';
  if (verbose && options.ignored.length) console.error(`launcher: ignoring ${options.ignored.join(' ')}`);

  const sandbox = makeSandbox({ userDataDir: options.userDataDir, extensionsDir: options.extensionsDir, keep: process.env.SAGEMAKER_E2E_KEEP === '1' });
  const workspaceTrust = process.env.SAGEMAKER_E2E_WORKSPACE_TRUST === 'on';
  writeUserSettings(sandbox.userData, workspaceTrust ? TRUST_SETTINGS : {});
  let server;
  let browser;
  const cleanup = async () => {
    await browser?.context.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    sandbox.dispose();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`launcher: ${signal}; stopping VS Code`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  try {
    server = await startServer(sandbox, { testDriver: true, workspaceTrust });
    browser = await launchBrowser(sandbox);
    const { page } = browser;
    let settle;
    const exited = new Promise((ok) => (settle = ok));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // console.log(format, ...values) arrives unformatted (Mocha's reporters use %s and %d).
      const text = format(...(Array.isArray(args) ? args : [args]));
      const request = uiRequestOf(text);
      if (request) return void performUiRequest(page, request);
      if (!verbose && WORKBENCH_NOISE.some((pattern) => pattern.test(text))) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    page.on('pageerror', (error) => verbose && console.error(`page error: ${error.message}`));
    page.on('crash', () => {
      console.error('launcher: the workbench page crashed');
      settle(1);
    });
    if (verbose) page.on('console', (message) => console.error(`page ${message.type()}: ${message.text()}`));

    const payload = [
      ...options.extensionDevelopmentPaths.map((path) => ['extensionDevelopmentPath', remoteUri(server, path)]),
      ['extensionTestsPath', remoteUri(server, options.extensionTestsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
      ...(options.disableExtensions ? [['disableExtensions', 'true']] : []),
    ];
    const url = workbenchUrl(server, options.folders[0], payload);
    if (verbose) console.error(`launcher: ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const code = await withTimeout(exited, timeoutSeconds * 1000, `the extension tests did not finish within ${timeoutSeconds} s`);
    await cleanup();
    return code;
  } catch (error) {
    console.error(`launcher: ${error instanceof Error ? error.message : String(error)}`);
    if (server) console.error(`launcher: last lines of the VS Code server log:\n${server.log()}`);
    await cleanup();
    return 1;
  }
}

process.exitCode = await main().catch((error) => {
  console.error(`launcher: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
// Playwright and stray handles must not keep a finished run alive.
setTimeout(() => process.exit(process.exitCode), 2000).unref();
