import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { progressLine } from '../../../server/src/cli/progress';

// The progress line: a TTY only, long runs only, redrawn at most every 100 ms (a fake clock), erased at the end.

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) > 0 };
}

describe('progressLine', () => {
  test('draws on a TTY at most every 100 ms and erases itself at the end', () => {
    const out = stream(true);
    let now = 0;
    const progress = progressLine(out, () => now);
    progress.update(1, 300);
    now = 50;
    progress.update(2, 300);
    now = 100;
    progress.update(3, 300);
    progress.update(300, 300);
    progress.end();
    assert.deepEqual(out.writes, ['\r\x1b[KChecking module 1 of 300…', '\r\x1b[KChecking module 3 of 300…', '\r\x1b[K']);
  });

  test('writes nothing when stderr is not a TTY, or for a short run', () => {
    for (const [isTTY, total] of [[false, 300], [true, 5]] as const) {
      const out = stream(isTTY);
      const progress = progressLine(out, () => 0);
      for (let i = 1; i <= total; i++) progress.update(i, total);
      progress.end();
      assert.deepEqual(out.writes, []);
    }
  });
});
