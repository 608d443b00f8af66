import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isReadName, snapshotChanges, snapshotFolder } from '../../../server/src/diskWatch/folderSnapshot';

const root = mkdtempSync(join(tmpdir(), 'sm-snapshot-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('the names the server reads from a folder', () => {
  for (const name of ['main.tf', 'x.tf.json', 'terraform.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars', 'b.auto.tfvars.json', '.terraform.lock.hcl', '.sagemaker-terraform.json']) {
    assert.ok(isReadName(name), name);
  }
  for (const name of ['README.md', 'prod.tfvars', 'main.tf.bak', 'x.hcl']) assert.ok(!isReadName(name), name);
});

test('a snapshot holds the files read (not folders, not other files); changes are what differs', () => {
  const dir = join(root, 'm');
  mkdirSync(dir);
  mkdirSync(join(dir, 'sub.tf'));
  writeFileSync(join(dir, 'main.tf'), 'a');
  writeFileSync(join(dir, 'cfg.tf'), 'b');
  writeFileSync(join(dir, 'notes.txt'), 'c');
  symlinkSync(join(root, 'missing'), join(dir, 'dangling.tf'));
  const before = snapshotFolder(dir, 100);
  assert.deepEqual([...before.keys()], ['cfg.tf', 'dangling.tf', 'main.tf']);
  assert.equal(before.get('dangling.tf'), '?');
  assert.deepEqual(snapshotChanges(before, snapshotFolder(dir, 100)), [], 'nothing changed');

  writeFileSync(join(dir, 'main.tf'), 'x'); // same size, new content
  unlinkSync(join(dir, 'cfg.tf'));
  writeFileSync(join(dir, 'terraform.tfvars'), 'v = 1');
  const changes = snapshotChanges(before, snapshotFolder(dir, 100));
  assert.deepEqual(
    changes.sort((a, b) => a.name.localeCompare(b.name)),
    [
      { name: 'cfg.tf', deleted: true },
      { name: 'main.tf', deleted: false },
      { name: 'terraform.tfvars', deleted: false },
    ],
  );
});

test('at most maxFiles names, the first by name; a folder that is gone is empty', () => {
  const dir = join(root, 'many');
  mkdirSync(dir);
  for (const n of [3, 1, 2]) writeFileSync(join(dir, `f${n}.tf`), '');
  assert.deepEqual([...snapshotFolder(dir, 2).keys()], ['f1.tf', 'f2.tf']);
  assert.equal(snapshotFolder(join(root, 'nope'), 10).size, 0);
});
