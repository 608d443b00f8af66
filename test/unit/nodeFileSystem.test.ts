import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { diskFolders, findModuleFolders, NodeFileSystem } from '../../server/src/nodeFileSystem';

describe('NodeFileSystem', () => {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'sm-nodefs-')));
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  mkdirSync(join(ws, 'module', 'nested'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(ws, 'main.tf'), 'main');
  writeFileSync(join(ws, 'module', 'nested', 'deep.tf'), 'deep');
  writeFileSync(join(outside, 'secret.tf'), 'secret');
  symlinkSync(join(outside, 'secret.tf'), join(ws, 'leak.tf'));
  symlinkSync('main.tf', join(ws, 'alias.tf'));
  symlinkSync(outside, join(ws, 'elsewhere'));
  symlinkSync(ws, join(ws, 'module', 'loop'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('diskFolders keeps file: folders only', () => {
    assert.deepEqual(diskFolders(['file:///w/a', 'memfs:/w/b', 'vscode-vfs://github/x/y', 'vscode-remote://ssh-remote+h/w/c', 'untitled:Untitled-1']), ['/w/a']);
  });

  test('listTfFiles lists files and symlinks for readFile to judge, no FIFO or folder', () => {
    mkdirSync(join(ws, 'dir.tf'));
    const fifo = spawnSync('mkfifo', [join(ws, 'fifo.tf')]);
    assert.deepEqual(new NodeFileSystem().listTfFiles(ws), ['alias.tf', 'leak.tf', 'main.tf'].map((n) => join(ws, n)));
    rmSync(join(ws, 'dir.tf'), { recursive: true });
    if (fifo.status === 0) rmSync(join(ws, 'fifo.tf'));
  });

  test('inside a workspace folder: files really there; elsewhere: files of their own folder only', () => {
    const fs = new NodeFileSystem();
    fs.setWorkspaceFolders([ws]);
    assert.equal(fs.readFile(join(ws, 'main.tf')), 'main');
    assert.equal(fs.readFile(join(ws, 'alias.tf')), 'main');
    assert.equal(fs.readFile(join(ws, 'leak.tf')), undefined);
    assert.equal(fs.readFile(join(ws, 'elsewhere', 'secret.tf')), undefined);
    assert.deepEqual(fs.rootsFor(join(ws, 'module', 'x.tf')), [ws]);
    assert.deepEqual(fs.rootsFor(join(outside, 'x.tf')), [outside]);
    assert.equal(fs.readFile(join(outside, 'secret.tf')), 'secret', 'a document opened from outside still has its folder');
    // No workspace folder at all: the same rule for every file.
    const none = new NodeFileSystem();
    assert.equal(none.readFile(join(ws, 'main.tf')), 'main');
    assert.equal(none.readFile(join(ws, 'alias.tf')), 'main');
    assert.equal(none.readFile(join(ws, 'leak.tf')), undefined);
  });

  test('a workspace folder given through a symlink is compared by its real path', () => {
    symlinkSync(ws, join(root, 'ws-link'));
    const fs = new NodeFileSystem();
    fs.setWorkspaceFolders([join(root, 'ws-link')]);
    assert.equal(fs.readFile(join(root, 'ws-link', 'main.tf')), 'main');
    assert.equal(fs.readFile(join(root, 'ws-link', 'leak.tf')), undefined);
    assert.deepEqual(fs.rootsFor(join(ws, 'main.tf')), [ws]);
  });

  test('findModuleFolders follows no folder symlink (out of the tree, or a loop back into it)', () => {
    assert.deepEqual(findModuleFolders(ws), [ws, join(ws, 'module', 'nested')]);
  });

  test('findModuleFolders stops after reading maxVisited folders', () => {
    const wide = join(root, 'wide');
    for (let i = 0; i < 30; i++) {
      mkdirSync(join(wide, `m${String(i).padStart(2, '0')}`), { recursive: true });
      writeFileSync(join(wide, `m${String(i).padStart(2, '0')}`, 'main.tf'), '');
    }
    assert.equal(findModuleFolders(wide).length, 30);
    assert.equal(findModuleFolders(wide, 1000, 10, 11).length, 10, 'the root and ten modules read');
  });
});
