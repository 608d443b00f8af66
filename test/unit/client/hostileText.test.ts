// Every regex that runs on text we did not write (AWS error messages, endpoint names and regions from settings or
// documents, log lines) stays linear: each case of test/support/hostileText.ts runs in a child process of its own on a
// few hundred KB of its worst input and is killed at a generous deadline. A backtracking regex runs for minutes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '../../..');
const DEADLINE_MS = 15_000; // node + tsx start included, on a loaded 2-core machine; the fixed code needs well under 1 s

function runCase(name: string): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/hostileText.ts'), name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, ms: Date.now() - started });
    });
  });
}

for (const name of ['gatewayRegionMessage', 'problemMessages', 'namesAndRegions', 'uiChecks', 'redactLines']) {
  test(`hostile text, ${name}: done within ${DEADLINE_MS / 1000} s`, async () => {
    const result = await runCase(name);
    assert.equal(result.code, 0, `${name}: ${result.code === null ? `killed after ${result.ms} ms` : `exit ${result.code}`}\n${result.err.slice(0, 2000)}`);
    const report = JSON.parse(result.out.trim().split('\n').pop() ?? '{}') as { ms: number; what: string };
    if (name === 'gatewayRegionMessage') assert.equal(report.what, 'problem service');
    if (name === 'namesAndRegions') assert.equal(report.what, 'invalidName invalidName invalidName invalidName unknownRegion unknownRegion unknownRegion');
    console.log(`      ${name}: ${report.ms} ms in the child (${report.what})`);
  });
}
