import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

// Files the server reads from disk (the workspace scan, files beside an open document, files the watcher reports)
// are read only when they are regular files inside the workspace: a `.tf` symlink to a secret, a FIFO or /dev/zero
// must neither show its content nor stall or bloat the server.

/** A file outside the workspace whose content would be recognisable in diagnostics and declares a configuration. */
const SECRET = `resource "aws_sagemaker_endpoint_configuration" "from_outside" {
  production_variants {
    model_name             = "m"
    instance_type          = "ml.SECRET-VALUE"
    initial_instance_count = 1
  }
}
`;

// References the configuration only the secret file declares: if the secret were read, the reference would resolve.
const MAIN = `resource "aws_sagemaker_endpoint" "e" {
  name                 = "-main-bad"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.from_outside.name
}
`;

const ADDED = `resource "aws_sagemaker_endpoint" "added" {
  name                 = "-added-bad"
  endpoint_config_name = "cfg"
}
`;

const codes = (d: Diagnostic[] | undefined) => (d ?? []).map((x) => x.code).sort();

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A temporary `ws/` (the workspace folder, holding main.tf) beside `outside/secret.tf`. */
function layout(): { ws: string; outside: string; uri: (name: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'sm-disk-'));
  scratch.push(root);
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.tf'), SECRET);
  writeFileSync(join(ws, 'main.tf'), MAIN);
  return { ws, outside, uri: (name) => LspClient.uri(join(ws, name)) };
}

/** Answers within `ms` or fails. */
async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The watcher reports `names` as created, with added.tf (a regular file with an error) last; resolves once the
 * module holding them has been diagnosed again, so every file reported was looked at. */
async function reportCreated(client: LspClient, ws: string, names: string[]): Promise<void> {
  writeFileSync(join(ws, 'added.tf'), ADDED);
  const changes = [...names, 'added.tf'].map((name) => ({ uri: LspClient.uri(join(ws, name)), type: 1 }));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  await within(10_000, client.waitForDiagnostics(LspClient.uri(join(ws, 'added.tf')), (d) => d.length > 0), 'diagnostics of added.tf');
  // A request answered after the publication: every diagnostic of that round has arrived.
  await within(10_000, client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: LspClient.uri(join(ws, 'main.tf')) } }), 'symbols');
}

/** Completion, hover and symbols of an open document are answered. */
async function answers(client: LspClient, uri: string): Promise<void> {
  await client.open(uri, MAIN);
  await within(5_000, client.completion(uri, 1, 2), 'completion');
  await within(5_000, client.hover(uri, 1, 4), 'hover');
  await within(5_000, client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), 'symbols');
}

/** Nothing the server published quotes the secret, and none of `uris` was published at all. */
function assertNothingOf(client: LspClient, uris: string[]): void {
  for (const [uri, diagnostics] of client.diagnostics) {
    for (const d of diagnostics) assert.doesNotMatch(String(d.message), /SECRET/, `the secret shows in ${uri}`);
  }
  for (const uri of uris) assert.equal(client.diagnostics.has(uri), false, `${uri} was published`);
}

/** The server process's resident memory in MB, or undefined where /proc is not there. */
function residentMegabytes(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(status, 'utf8'))?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

describe('files on disk', () => {
  test('a .tf symlink to a file outside the workspace is never read, by the scan or from the watcher', async () => {
    const { ws, outside, uri } = layout();
    symlinkSync(join(outside, 'secret.tf'), join(ws, 'leak.tf'));
    // Folder symlinks out of the workspace and back into it are not scanned.
    symlinkSync(outside, join(ws, 'elsewhere'));
    symlinkSync(ws, join(ws, 'loop'));
    const client = await LspClient.start(ws);
    try {
      const main = await client.waitForDiagnostics(uri('main.tf'), (d) => d.length > 0);
      assert.deepEqual(codes(main), ['sagemaker/invalid-name', 'sagemaker/undeclared-reference'], 'the secret\'s declaration does not count');
      await reportCreated(client, ws, ['leak.tf', 'elsewhere/secret.tf']);
      assert.deepEqual(codes(client.diagnostics.get(uri('main.tf'))), ['sagemaker/invalid-name', 'sagemaker/undeclared-reference']);
      assertNothingOf(client, [uri('leak.tf'), uri('elsewhere/secret.tf'), uri('loop/main.tf'), LspClient.uri(join(outside, 'secret.tf'))]);
      await answers(client, uri('main.tf'));
    } finally {
      await client.stop();
    }
  });

  test('a regular file reached through a symlink inside the workspace is read', async () => {
    const { ws, uri } = layout();
    mkdirSync(join(ws, 'lib'));
    writeFileSync(join(ws, 'lib', 'config.hcl'), SECRET.replace('SECRET-VALUE', 'linked-value'));
    symlinkSync(join('lib', 'config.hcl'), join(ws, 'linked.tf'));
    const client = await LspClient.start(ws);
    try {
      const linked = await within(10_000, client.waitForDiagnostics(uri('linked.tf'), (d) => d.length > 0), 'diagnostics of linked.tf');
      assert.ok(linked.some((d) => String(d.message).includes('"ml.linked-value"')), JSON.stringify(linked));
      assert.deepEqual(codes(await client.waitForDiagnostics(uri('main.tf'), (d) => d.length > 0)), ['sagemaker/invalid-name'], 'its declaration counts');
    } finally {
      await client.stop();
    }
  });

  test('a FIFO named fifo.tf does not wedge the server', async (t) => {
    const { ws, uri } = layout();
    const made = spawnSync('mkfifo', [join(ws, 'fifo.tf')]);
    if (made.error || made.status !== 0) return t.skip(`mkfifo is not available here (${made.error?.message ?? made.stderr})`);
    const client = await LspClient.start(ws);
    try {
      await client.waitForDiagnostics(uri('main.tf'), (d) => d.length > 0);
      await reportCreated(client, ws, ['fifo.tf']);
      assertNothingOf(client, [uri('fifo.tf')]);
      await answers(client, uri('main.tf'));
    } finally {
      await client.stop();
    }
  });

  test('a symlink zero.tf to /dev/zero is not read: the server stays small and answers', async (t) => {
    if (!existsSync('/dev/zero')) return t.skip('no /dev/zero here');
    const { ws, uri } = layout();
    symlinkSync('/dev/zero', join(ws, 'zero.tf'));
    const client = await LspClient.start(ws);
    try {
      await client.waitForDiagnostics(uri('main.tf'), (d) => d.length > 0);
      await reportCreated(client, ws, ['zero.tf']);
      assertNothingOf(client, [uri('zero.tf')]);
      await answers(client, uri('main.tf'));
      const rss = residentMegabytes(client.process.pid!);
      if (rss !== undefined) assert.ok(rss < 300, `the server holds ${rss.toFixed(0)} MB`);
    } finally {
      await client.stop();
    }
  });

  test('without a workspace folder, only regular files of an open document\'s own folder are read', async () => {
    const { ws, outside, uri } = layout();
    writeFileSync(join(ws, 'sibling.tf'), 'resource "aws_sagemaker_endpoint" "s" {\n  name                 = "-sibling-bad"\n  endpoint_config_name = "c"\n}\n');
    symlinkSync(join(outside, 'secret.tf'), join(ws, 'leak.tf'));
    const client = await LspClient.start();
    try {
      await client.open(uri('main.tf'), MAIN.replace('"-main-bad"', '"main"'));
      const main = await within(10_000, client.freshDiagnostics(uri('main.tf')), 'diagnostics of main.tf');
      assert.deepEqual(codes(main), ['sagemaker/undeclared-reference']);
      const sibling = await within(10_000, client.waitForDiagnostics(uri('sibling.tf')), 'the sibling is read');
      assert.deepEqual(codes(sibling), ['sagemaker/invalid-name']);
      await reportCreated(client, ws, ['leak.tf']);
      assertNothingOf(client, [uri('leak.tf')]);
    } finally {
      await client.stop();
    }
  });
});
