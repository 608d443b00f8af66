import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LspClient } from './lspClient';

// Workspace folders of other schemes than file: (VS Code's virtual workspaces) are not this machine's folders, even
// where a local folder has the same path: only `file:` folders are scanned, and open documents of any scheme are
// analysed on their own.

const BROKEN = 'resource "aws_sagemaker_endpoint" "e" {\n  name = "-bad"\n}\n';

const root = mkdtempSync(join(tmpdir(), 'sm-folders-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('memfs: and vscode-vfs: folders are not scanned as local paths; a file: folder beside them is', async () => {
  // Local folders with the paths the virtual folders name.
  const memfs = join(root, 'memfs');
  const vfs = join(root, 'github', 'x', 'y');
  const disk = join(root, 'disk');
  for (const dir of [memfs, vfs, disk]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.tf'), BROKEN);
  }
  const folders = [
    { uri: `memfs:${memfs}`, name: 'memfs' },
    { uri: `vscode-vfs://github${vfs}`, name: 'vfs' },
    { uri: LspClient.uri(disk), name: 'disk' },
  ];
  const client = await LspClient.start(undefined, {}, undefined, folders);
  try {
    const diskMain = await client.waitForDiagnostics(LspClient.uri(join(disk, 'main.tf')), (d) => d.length > 0);
    assert.ok(diskMain.some((d) => d.code === 'sagemaker/invalid-name'), 'the file: folder is scanned');
    // An open document of a virtual folder is analysed, alone: its local namesake beside it is not read.
    const open = `memfs:${memfs}/other.tf`;
    await client.open(open, BROKEN.replace('"e"', '"other"'));
    assert.ok((await client.freshDiagnostics(open, (d) => d.length > 0)).some((d) => d.code === 'sagemaker/invalid-name'));
    const symbols = await client.connection.sendRequest('sagemaker/declaredEndpoints');
    assert.deepEqual((symbols as { uri: string }[]).map((s) => s.uri).sort(), [LspClient.uri(join(disk, 'main.tf')), open].sort());
    for (const local of [join(memfs, 'main.tf'), join(vfs, 'main.tf')]) {
      assert.equal(client.diagnostics.has(LspClient.uri(local)), false, `${local} was scanned`);
    }
  } finally {
    await client.stop();
  }
});
