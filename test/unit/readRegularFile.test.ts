import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isInside, readRegularFile } from '../../server/src/readRegularFile';

describe('readRegularFile', () => {
  // root/ws is the allowed folder, root/outside is not.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sm-read-')));
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(ws, 'main.tf'), 'inside');
  writeFileSync(join(outside, 'secret.tf'), 'secret');
  after(() => rmSync(root, { recursive: true, force: true }));
  const read = (path: string, limit = 1000, roots = [ws]) => readRegularFile(path, roots, limit);
  const text = (path: string) => {
    const result = read(path);
    return result.ok ? result.bytes.toString() : result.reason;
  };

  test('a regular file inside the folder, directly or through a symlink inside it', () => {
    assert.equal(text(join(ws, 'main.tf')), 'inside');
    symlinkSync('main.tf', join(ws, 'relative-link.tf'));
    assert.equal(text(join(ws, 'relative-link.tf')), 'inside');
  });

  test('a symlink out of the folder, or a file of a linked folder that lies outside, is refused', () => {
    symlinkSync(join(outside, 'secret.tf'), join(ws, 'leak.tf'));
    assert.equal(text(join(ws, 'leak.tf')), 'outside');
    symlinkSync(outside, join(ws, 'linked-folder'));
    assert.equal(text(join(ws, 'linked-folder', 'secret.tf')), 'outside');
    symlinkSync(join(root, 'ws-sibling', 'x.tf'), join(ws, 'dangling.tf'));
    assert.equal(text(join(ws, 'dangling.tf')), 'unreadable');
    assert.equal(text(join(ws, 'missing.tf')), 'unreadable');
  });

  test('a directory, a FIFO or a device is not read, even through a symlink, and nothing blocks', (t) => {
    mkdirSync(join(ws, 'folder.tf'));
    assert.equal(text(join(ws, 'folder.tf')), 'not-regular');
    if (existsSync('/dev/zero')) {
      symlinkSync('/dev/zero', join(ws, 'zero.tf'));
      assert.equal(text(join(ws, 'zero.tf')), 'outside');
      assert.equal(read(join(ws, 'zero.tf'), 1000, ['/dev']).ok, false, 'a device, even inside the folder');
    }
    const made = spawnSync('mkfifo', [join(ws, 'fifo.tf')]);
    if (made.error || made.status !== 0) return t.skip('mkfifo is not available here');
    // A blocking open or read of a FIFO without a writer never returns; this test would hang instead of failing.
    assert.equal(text(join(ws, 'fifo.tf')), 'not-regular');
    symlinkSync('fifo.tf', join(ws, 'fifo-link.tf'));
    assert.equal(text(join(ws, 'fifo-link.tf')), 'not-regular');
  });

  test('at most `limit` bytes, even from a file whose size says less than it holds', () => {
    writeFileSync(join(ws, 'ten.tf'), '0123456789');
    assert.equal(read(join(ws, 'ten.tf'), 10).ok, true);
    assert.deepEqual(read(join(ws, 'ten.tf'), 9), { ok: false, reason: 'too-large', size: 10 });
    // Files under /proc are regular with a size of 0, and hold far more.
    if (existsSync('/proc/self/status')) {
      assert.deepEqual(readRegularFile('/proc/self/status', ['/proc'], 10), { ok: false, reason: 'too-large', size: 11 });
      const whole = readRegularFile('/proc/self/status', ['/proc'], 1_000_000);
      assert.ok(whole.ok && whole.bytes.toString().includes('VmRSS'));
    }
    const big = Buffer.alloc(200_000, 'a');
    writeFileSync(join(ws, 'big.tf'), big);
    const result = read(join(ws, 'big.tf'), 200_000);
    assert.ok(result.ok && result.bytes.equals(big), 'a file larger than the first chunk is read whole');
  });

  test('isInside compares whole path segments', () => {
    assert.equal(isInside('/a/b', '/a'), true);
    assert.equal(isInside('/a', '/a'), true);
    assert.equal(isInside('/a/..b', '/a'), true);
    assert.equal(isInside('/ab', '/a'), false);
    assert.equal(isInside('/a/../b', '/a'), false);
    assert.equal(isInside('/', '/a'), false);
  });
});
