// npm run bench:ab -- [--base <rev>] [--mode edit|full] [-n <runs>]: the analysis of this working tree against that
// of another revision (default HEAD), in ONE process, the two builds taking turns (bench/abWorkload.ts). On a shared,
// noisy machine, runs in separate processes minutes apart differ by more than most changes do; taking turns in one
// process, both builds see the same machine. It also runs the base against itself: a ratio that far from 1 is noise.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { doc } from './document.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : fallback; };
const base = arg('--base', 'HEAD');
const mode = arg('--mode', 'edit');
const runs = Number(arg('-n', mode === 'edit' ? 80 : 24));
if (!['edit', 'full'].includes(mode) || !(runs >= 4)) {
  console.error('usage: npm run bench:ab -- [--base <rev>] [--mode edit|full] [-n <runs, at least 4>]');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'sm-ab-'));
const tree = join(tmp, 'base');
const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
try {
  git('worktree', 'add', '--detach', tree, base);
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  cpSync(join(ROOT, 'server/src/schema/generated'), join(tree, 'server/src/schema/generated'), { recursive: true });
  // The same workload for both, whatever the base had.
  cpSync(join(ROOT, 'bench/abWorkload.ts'), join(tree, 'bench/abWorkload.ts'));
  const esbuild = require('esbuild');
  const bundle = (root, out) => esbuild.buildSync({ entryPoints: [join(root, 'bench/abWorkload.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, mainFields: ['module', 'main'], outfile: join(tmp, out), logLevel: 'warning' });
  bundle(tree, 'base.cjs');
  bundle(ROOT, 'ours.cjs');
  cpSync(join(tmp, 'base.cjs'), join(tmp, 'base-again.cjs')); // a second copy: its own compiled code

  const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const p90 = (a) => [...a].sort((x, y) => x - y)[Math.floor(0.9 * (a.length - 1))];
  /** The two workloads taking turns (which goes first alternates); the first quarter of the runs warms up. */
  const pair = (fileA, fileB) => {
    const text = (salt) => doc(26000, salt);
    const a = require(join(tmp, fileA)).setup('a', text);
    const b = require(join(tmp, fileB)).setup('b', text);
    const ta = [], tb = [];
    for (let k = 0; k < runs; k++) {
      if (k % 2) { tb.push(b[mode](k)); ta.push(a[mode](k)); } else { ta.push(a[mode](k)); tb.push(b[mode](k)); }
    }
    const skip = runs >> 2;
    return [ta.slice(skip), tb.slice(skip)];
  };
  const row = (label, t) => `| ${label} | ${median(t).toFixed(2)} | ${p90(t).toFixed(2)} |`;
  const [same1, same2] = pair('base.cjs', 'base-again.cjs');
  const [b, ours] = pair('base.cjs', 'ours.cjs');
  console.log(`\n${mode === 'edit' ? 'One-character edit' : 'Full diagnosis of an unseen document'}, 26,000 lines, in-process (ms, ${runs - (runs >> 2)} runs each after ${runs >> 2} to warm up)\n`);
  console.log('| build | median | p90 |\n|---|---|---|');
  const short = git('rev-parse', '--short', base);
  console.log(row(`base (${short === base ? base : `${base}, ${short}`})`, b));
  console.log(row('this working tree', ours));
  console.log(`\nthis tree ÷ base: ${(median(ours) / median(b)).toFixed(3)} (the base against itself: ${(median(same2) / median(same1)).toFixed(3)})`);
} finally {
  try { git('worktree', 'remove', '--force', tree); } catch { /* already gone */ }
  rmSync(tmp, { recursive: true, force: true });
}
