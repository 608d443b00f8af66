// Runs every *.test.ts under the given folders, or the given test files (default: all but the e2e suites, which need
// VS Code) with node's own test runner: spec output for people, and a TAP copy from which the closing
// "N passed, N failed" line is taken.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/syntax', 'test/syntaxes', 'test/lsp', 'test/cli', 'test/neovim', 'test/oracle'];
const files = [];
const walk = (dir) => {
  if (!statSync(dir).isDirectory()) return void files.push(relative(process.cwd(), dir));
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(relative(process.cwd(), path));
  }
};
for (const root of roots) walk(root);
files.sort();

const scratch = mkdtempSync(join(tmpdir(), 'sm-tests-'));
const tap = join(scratch, 'results.tap');
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
  { stdio: 'inherit' },
);
const summary = readFileSync(tap, 'utf8');
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
rmSync(scratch, { recursive: true, force: true });
console.log(`${count('pass')} passed, ${count('fail') + count('cancelled')} failed, ${count('skipped')} skipped`);
process.exit(result.status ?? 1);
