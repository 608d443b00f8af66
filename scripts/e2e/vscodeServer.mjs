// Starts VS Code's own server entry (from the code-server package of the selected target, on that target's Node)
// on 127.0.0.1 with directories of its own, and opens its workbench in headless Debian chromium through
// playwright-core. Used by the launcher (extension tests) and by the UI run (a person's actions).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, OFFLINE_ENV, cleanEnv, freePort, killGroup, sleep, targetFiles } from './env.mjs';

const WATCHDOG = join(dirname(fileURLToPath(import.meta.url)), 'watchdog.mjs');

/** User settings every e2e window starts with: quiet, no welcome page, no update or marketplace traffic. */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'chat.commandCenter.enabled': false,
  // 1.139's chat and agent host otherwise start at every window (and look for a GitHub sign-in).
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
};

/** User settings over BASE_SETTINGS for a window with workspace trust on: no startup prompt, the banner instead. */
export const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

/**
 * A scratch folder for one VS Code server: HOME, TMPDIR, user data, server data, extensions and a chromium profile.
 * Explicit userDataDir / extensionsDir (from the caller's flags) are used as given.
 */
export function makeSandbox({ userDataDir, extensionsDir, keep = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'sm-e2e-vscode-'));
  const dirs = {
    root,
    home: join(root, 'home'),
    tmp: join(root, 'tmp'),
    userData: userDataDir ?? join(root, 'user-data'),
    serverData: join(root, 'server-data'),
    extensions: extensionsDir ?? join(root, 'extensions'),
    profile: join(root, 'chromium-profile'),
    serverLog: join(root, 'server.log'),
  };
  for (const dir of [dirs.home, dirs.tmp, dirs.userData, dirs.serverData, dirs.extensions, dirs.profile]) mkdirSync(dir, { recursive: true });
  dirs.dispose = () => {
    if (!keep) rmSync(root, { recursive: true, force: true });
  };
  return dirs;
}

/** Merges `settings` over BASE_SETTINGS and whatever the user-data folder already has. */
export function writeUserSettings(userDataDir, settings = {}) {
  const file = join(userDataDir, 'User', 'settings.json');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  let existing = {};
  if (existsSync(file)) {
    try {
      existing = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      existing = {};
    }
  }
  writeFileSync(file, `${JSON.stringify({ ...BASE_SETTINGS, ...existing, ...settings }, null, 2)}\n`);
}

/** The environment of the server and so of the extension host it forks: `extra` (extensionTestsEnv) reaches it. */
export function serverEnv(sandbox, extra = {}) {
  return cleanEnv({
    ...process.env,
    ...extra,
    ...OFFLINE_ENV,
    HOME: sandbox.home,
    TMPDIR: sandbox.tmp,
    XDG_CONFIG_HOME: join(sandbox.home, '.config'),
    XDG_DATA_HOME: join(sandbox.home, '.local', 'share'),
    XDG_CACHE_HOME: join(sandbox.home, '.cache'),
    XDG_RUNTIME_DIR: sandbox.tmp,
    AWS_CONFIG_FILE: join(sandbox.home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(sandbox.home, '.aws', 'credentials'),
    VSCODE_AGENT_FOLDER: undefined,
    ELECTRON_RUN_AS_NODE: undefined,
  });
}

const serverArgs = (sandbox) => [
  '--accept-server-license-terms',
  '--telemetry-level',
  'off',
  '--user-data-dir',
  sandbox.userData,
  '--server-data-dir',
  sandbox.serverData,
  '--extensions-dir',
  sandbox.extensions,
];

/** `server-main.js --install-extension file.vsix` into the sandbox's extensions folder (about a second). */
export function installVsix(sandbox, vsix) {
  const { node, serverMain } = targetFiles();
  const result = spawnSync(node, [serverMain, ...serverArgs(sandbox), '--install-extension', vsix, '--force'], {
    env: serverEnv(sandbox),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status ?? result.signal}): ${output}`);
  }
  return output;
}

/**
 * Starts the server and waits for `GET /version`. Its output goes to sandbox.serverLog (and to stderr with
 * SAGEMAKER_E2E_VERBOSE=1). `testDriver` turns on VS Code's smoke-test driver, which a test payload (extension
 * tests) needs; the UI run goes without it, as a person's window does: from 1.139 on the driver also keeps
 * notifications from showing as toasts. Workspace trust is off unless `workspaceTrust` (the trust suite's restricted
 * mode): then a folder opens untrusted until someone trusts it in the window.
 */
export async function startServer(sandbox, { env = {}, readyTimeoutMs = 60_000, testDriver = false, workspaceTrust = false } = {}) {
  const port = await freePort();
  const log = createWriteStream(sandbox.serverLog);
  const { node, serverMain } = targetFiles();
  // Through the watchdog (leader of its own process group): killGroup(child) stops the server and everything it
  // forked, and the group dies by itself if this process does.
  const child = spawn(
    process.execPath,
    [
      WATCHDOG,
      String(process.pid),
      node,
      serverMain,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      ...(testDriver ? ['--enable-smoke-test-driver'] : []),
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      ...serverArgs(sandbox),
    ],
    { env: serverEnv(sandbox, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const verbose = process.env.SAGEMAKER_E2E_VERBOSE === '1';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      log.write(chunk);
      if (verbose) process.stderr.write(chunk);
    });
  }
  let exited = false;
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => {
    exited = true;
    process.removeListener('exit', killOnExit);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`the VS Code server exited before it was ready:\n${tail(sandbox.serverLog)}`);
    try {
      const response = await fetch(`${url}/version`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`the VS Code server did not answer ${url}/version within ${readyTimeoutMs / 1000} s:\n${tail(sandbox.serverLog)}`);
    }
    await sleep(250);
  }
  return {
    port,
    url,
    authority: `127.0.0.1:${port}`,
    child,
    log: () => tail(sandbox.serverLog, 60),
    async stop() {
      killGroup(child, 'SIGTERM');
      for (let i = 0; i < 20 && !exited; i++) await sleep(100);
      killGroup(child, 'SIGKILL');
      log.end();
    },
  };
}

export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The workbench URL for a folder, with an optional test payload (extension development and tests paths). */
export function workbenchUrl(server, folder, payload) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query.toString().replace(/\+/g, '%20')}`;
}

/** A path on the server's machine as the browser workbench names it. */
export const remoteUri = (server, path) => `vscode-remote://${server.authority}${path}`;

/** Headless chromium (Debian's) in a fresh profile, without background traffic. */
export async function launchBrowser(sandbox, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await chromium.launchPersistentContext(sandbox.profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    env: cleanEnv({ ...process.env, ...OFFLINE_ENV, HOME: sandbox.home, TMPDIR: sandbox.tmp }),
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
