import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

// A client that does not watch files (Neovim before 0.9, Helix, a minimal client) never sends
// `workspace/didChangeWatchedFiles`: the server follows the folders it reads from itself (server/src/diskWatch/), so a
// module file deleted, rewritten or added on disk counts without the client saying so. A client that watches gets
// no such following. Folders added to and removed from the workspace (`workspace/didChangeWorkspaceFolders`) are
// scanned, or forgotten with their diagnostics.

/** Refers to the configuration cfg.tf declares; its own name is invalid, so it always has a diagnostic. */
const MAIN = `resource "aws_sagemaker_endpoint" "e" {
  name                 = "-main-bad"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.cfg.name
}
`;

const config = (name: string) => `resource "aws_sagemaker_endpoint_configuration" "${name}" {
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
`;

const BROKEN = 'resource "aws_sagemaker_endpoint" "e" {\n  name = "-bad"\n}\n';

const codes = (d: Diagnostic[] | undefined) => (d ?? []).map((x) => x.code).sort();
const undeclared = (d: Diagnostic[]) => d.some((x) => x.code === 'sagemaker/undeclared-reference');
const declared = (d: Diagnostic[]) => d.length > 0 && !undeclared(d);

/** Generous: the server looks at followed folders every couple of seconds, and for new folders every few rounds. */
const WAIT = 30_000;

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A temporary workspace folder holding main.tf and cfg.tf. */
function module(): { ws: string; path: (name: string) => string; uri: (name: string) => string } {
  const ws = mkdtempSync(join(tmpdir(), 'sm-diskwatch-'));
  scratch.push(ws);
  writeFileSync(join(ws, 'main.tf'), MAIN);
  writeFileSync(join(ws, 'cfg.tf'), config('cfg'));
  return { ws, path: (name) => join(ws, name), uri: (name) => LspClient.uri(join(ws, name)) };
}

describe('a client that does not watch files', () => {
  test('a module file deleted, added again and rewritten on disk counts as it is now', async () => {
    const { ws, path, uri } = module();
    const client = await LspClient.start(ws);
    try {
      assert.equal(client.registrations.length, 0, 'no watcher is registered');
      assert.deepEqual(codes(await client.waitForDiagnostics(uri('main.tf'), declared)), ['sagemaker/invalid-name']);
      unlinkSync(path('cfg.tf'));
      await client.waitForDiagnostics(uri('main.tf'), undeclared, WAIT);
      // Added again: its declaration counts.
      writeFileSync(path('cfg.tf'), config('cfg'));
      await client.waitForDiagnostics(uri('main.tf'), declared, WAIT);
      // Rewritten in place with text of the same length: the new text is read.
      writeFileSync(path('cfg.tf'), config('xyz'));
      await client.waitForDiagnostics(uri('main.tf'), undeclared, WAIT);
      // A file added beside them.
      writeFileSync(path('more.tf'), config('cfg'));
      await client.waitForDiagnostics(uri('main.tf'), declared, WAIT);
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no handler failed');
    } finally {
      await client.stop();
    }
  });

  test('a duplicate address is no longer reported once the other file is deleted on disk', async () => {
    const { path, uri, ws } = module();
    writeFileSync(path('copy.tf'), MAIN);
    const client = await LspClient.start(ws);
    try {
      const duplicate = (d: Diagnostic[]) => d.some((x) => x.code === 'sagemaker/duplicate-resource');
      await client.waitForDiagnostics(uri('main.tf'), duplicate);
      unlinkSync(path('copy.tf'));
      await client.waitForDiagnostics(uri('main.tf'), (d) => d.length > 0 && !duplicate(d), WAIT);
      await client.waitForDiagnostics(uri('copy.tf'), (d) => d.length === 0, WAIT);
    } finally {
      await client.stop();
    }
  });

  test('an open document\'s module is looked at on disk when it is diagnosed', async () => {
    const { path, uri, ws } = module();
    const client = await LspClient.start(ws);
    try {
      await client.open(uri('main.tf'), MAIN);
      assert.ok(declared(await client.freshDiagnostics(uri('main.tf'))));
      unlinkSync(path('cfg.tf'));
      // The next diagnosis of the edited document sees the file gone, however soon it comes.
      await client.change(uri('main.tf'), MAIN.replace('-main-bad', '-main-bad2'));
      assert.ok(undeclared(await client.freshDiagnostics(uri('main.tf'))));
    } finally {
      await client.stop();
    }
  });

  test('a new module folder in the workspace is found and diagnosed', async () => {
    const { ws } = module();
    const client = await LspClient.start(ws);
    try {
      await client.waitForDiagnostics(LspClient.uri(join(ws, 'main.tf')), (d) => d.length > 0);
      mkdirSync(join(ws, 'envs', 'prod'), { recursive: true });
      writeFileSync(join(ws, 'envs', 'prod', 'main.tf'), BROKEN);
      const found = await client.waitForDiagnostics(LspClient.uri(join(ws, 'envs', 'prod', 'main.tf')), (d) => d.length > 0, WAIT);
      assert.ok(codes(found).includes('sagemaker/invalid-name'), JSON.stringify(found));
      // And followed from then on: its file deleted, its diagnostics are cleared.
      unlinkSync(join(ws, 'envs', 'prod', 'main.tf'));
      await client.waitForDiagnostics(LspClient.uri(join(ws, 'envs', 'prod', 'main.tf')), (d) => d.length === 0, WAIT);
    } finally {
      await client.stop();
    }
  });
});

test('a client that watches files: the server registers the watcher and follows only what the client reports', async () => {
  const { path, uri, ws } = module();
  const client = await LspClient.start(ws, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  try {
    await client.open(uri('main.tf'), MAIN);
    assert.ok(declared(await client.freshDiagnostics(uri('main.tf'))));
    assert.deepEqual(client.registrations.map((r) => r.method), ['workspace/didChangeWatchedFiles']);
    unlinkSync(path('cfg.tf'));
    // Not reported yet: the module is as the client last said.
    await client.change(uri('main.tf'), MAIN.replace('-main-bad', '-main-bad2'));
    assert.ok(declared(await client.freshDiagnostics(uri('main.tf'))), 'the server did not look at the disk itself');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('cfg.tf'), type: 3 }] });
    await client.waitForDiagnostics(uri('main.tf'), undeclared, WAIT);
  } finally {
    await client.stop();
  }
});

test('workspace folders added are scanned; removed ones are forgotten and their diagnostics cleared', async () => {
  const a = module();
  const b = module();
  writeFileSync(b.path('main.tf'), BROKEN.replace('"e"', '"in_b"'));
  const client = await LspClient.start(a.ws, { workspace: { workspaceFolders: true } });
  try {
    const capabilities = client.initializeResult?.capabilities.workspace?.workspaceFolders;
    assert.deepEqual(capabilities, { supported: true, changeNotifications: true });
    await client.waitForDiagnostics(a.uri('main.tf'), (d) => d.length > 0);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: LspClient.uri(b.ws), name: 'b' }], removed: [] },
    });
    assert.ok(codes(await client.waitForDiagnostics(b.uri('main.tf'), (d) => d.length > 0, WAIT)).includes('sagemaker/invalid-name'));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: LspClient.uri(a.ws), name: 'root' }] },
    });
    await client.waitForDiagnostics(a.uri('main.tf'), (d) => d.length === 0, WAIT);
    const endpoints = (await client.connection.sendRequest('sagemaker/declaredEndpoints')) as { uri: string }[];
    assert.deepEqual(endpoints.map((e) => e.uri), [b.uri('main.tf')], 'only the folder that stays is read');
    // A file written in the removed folder is not read.
    writeFileSync(a.path('new.tf'), BROKEN.replace('"e"', '"late"'));
    writeFileSync(b.path('other.tf'), BROKEN.replace('"e"', '"b_late"'));
    await client.waitForDiagnostics(b.uri('other.tf'), (d) => d.length > 0, WAIT);
    assert.equal(client.diagnostics.has(a.uri('new.tf')), false);
    assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no handler failed');
  } finally {
    await client.stop();
  }
});

test('a document still open in a removed workspace folder is analysed until it closes; then its diagnostics are cleared', async () => {
  const a = module();
  const b = module();
  const client = await LspClient.start(undefined, { workspace: { workspaceFolders: true } }, undefined, [
    { uri: LspClient.uri(a.ws), name: 'a' },
    { uri: LspClient.uri(b.ws), name: 'b' },
  ]);
  try {
    await client.open(a.uri('main.tf'), MAIN);
    assert.ok(declared(await client.freshDiagnostics(a.uri('main.tf'))));
    await client.waitForDiagnostics(b.uri('main.tf'), declared);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: LspClient.uri(a.ws), name: 'a' }] },
    });
    await client.change(a.uri('main.tf'), MAIN.replace('-main-bad', '-main-bad2'));
    assert.ok((await client.freshDiagnostics(a.uri('main.tf'))).length > 0, 'the open document is still analysed');
    await client.close(a.uri('main.tf'));
    await client.waitForDiagnostics(a.uri('main.tf'), (d) => d.length === 0, WAIT);
    // The folder that stays is unaffected.
    assert.ok(declared(client.diagnostics.get(b.uri('main.tf')) ?? []));
    assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no handler failed');
  } finally {
    await client.stop();
  }
});
