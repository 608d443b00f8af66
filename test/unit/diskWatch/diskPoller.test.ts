import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DiskPoller } from '../../../server/src/diskWatch/diskPoller';

const root = mkdtempSync(join(tmpdir(), 'sm-poller-'));
after(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: string[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), file);
  return dir;
}

test('a folder is followed from what is in it when first seen; later changes are reported once', () => {
  const a = folder('a', ['main.tf']);
  const poller = new DiskPoller();
  assert.deepEqual(poller.check(a), [], 'first look: nothing to report');
  writeFileSync(join(a, 'new.tf'), 'x');
  assert.deepEqual(poller.check(a), [{ path: join(a, 'new.tf'), deleted: false }]);
  assert.deepEqual(poller.check(a), []);
  rmSync(a, { recursive: true });
  assert.deepEqual(poller.check(a), [
    { path: join(a, 'main.tf'), deleted: true },
    { path: join(a, 'new.tf'), deleted: true },
  ], 'a folder deleted: its files are');
});

test('sync follows exactly the folders given, up to maxFolders', () => {
  const [b, c, d] = ['b', 'c', 'd'].map((name) => folder(name, ['main.tf']));
  const poller = new DiskPoller({ maxFolders: 2 });
  assert.deepEqual(poller.sync([b, c, d]), []);
  assert.equal(poller.size, 2);
  assert.equal(poller.skipped, 1);
  assert.ok(!poller.isTracked(d));
  writeFileSync(join(c, 'x.tf'), '');
  writeFileSync(join(d, 'x.tf'), '');
  // b is dropped, so d is followed now (from what it holds now).
  assert.deepEqual(poller.sync([c, d]), [{ path: join(c, 'x.tf'), deleted: false }]);
  assert.ok(!poller.isTracked(b));
  assert.equal(poller.skipped, 0);
});

test('the timer runs rounds until stopped and does not keep the process alive', async () => {
  const poller = new DiskPoller({ intervalMs: 1 });
  let rounds = 0;
  await new Promise<void>((resolve) => {
    poller.start(() => {
      if (++rounds === 3) {
        poller.stop();
        resolve();
      }
    });
    // Keeps the test process alive while the unref'd timer runs.
    const keep = setInterval(() => rounds >= 3 && clearInterval(keep), 5);
  });
  assert.equal(rounds, 3);
});
