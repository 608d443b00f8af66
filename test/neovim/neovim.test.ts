// Runs the language server inside headless Neovim with the README's configuration (test/neovim/smoke.lua):
// diagnostics, completion and hover through Neovim's own LSP client. Installs Neovim from apt when it is missing
// and we are root. Builds nothing: server/out/server.js must exist (npm run bundle, which npm test runs first).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..');
const server = join(root, 'server', 'out', 'server.js');
const TIMEOUT_MS = 60_000;

const hasNvim = () => spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

/** Undefined when nvim is there (installed now if need be), else why the test is skipped. */
function ensureNvim(): string | undefined {
  if (hasNvim()) return undefined;
  if (process.getuid?.() !== 0) return 'nvim is not installed and installing it needs root: apt-get install -y neovim';
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y neovim'], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  assert.equal(install.status, 0, `apt-get install -y neovim failed:\n${install.stdout}\n${install.stderr}`);
  assert.ok(hasNvim(), 'nvim is still missing after apt-get install -y neovim');
  return undefined;
}

test('headless Neovim: diagnostics, completion and hover from the server', (t) => {
  assert.ok(existsSync(server), `${server} is missing: run npm run bundle`);
  const skip = ensureNvim();
  if (skip) {
    t.skip(skip);
    return;
  }
  t.diagnostic(spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]);

  const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', 'luafile test/neovim/smoke.lua'], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const context = `\n--- nvim output ---\n${output}--- end ---`;
  assert.equal(run.error, undefined, `nvim did not finish: ${run.error?.message} (timeout ${TIMEOUT_MS} ms)${context}`);
  assert.equal(run.status, 0, `nvim exited with ${run.status ?? run.signal}${context}`);
  for (const marker of ['SMOKE OK diagnostics', 'SMOKE OK completion', 'SMOKE OK hover', 'SMOKE PASS']) {
    assert.ok(output.includes(marker), `missing "${marker}" in the output${context}`);
  }
});
