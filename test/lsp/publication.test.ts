import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LspClient, within } from './lspClient';

// What the start-up scan publishes: on a monorepo almost every file has no problem, and an empty publication for each
// would be thousands of messages for nothing. Files on disk that never had a problem get none; a file that had some
// gets an empty one once they are gone; an open document gets one for every version.

const dir = mkdtempSync(join(tmpdir(), 'sm-publish-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const BAD = 'resource "aws_sagemaker_endpoint" "e" {\n  name                 = "-bad"\n  endpoint_config_name = "c"\n}\n';

test('the scan publishes only files with problems; a fixed file gets its problems cleared; open documents always get one', async () => {
  writeFileSync(join(dir, 'clean.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n');
  writeFileSync(join(dir, 'bad.tf'), BAD);
  const client = await LspClient.start(dir, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  try {
    await client.scanned();
    const bad = LspClient.uri(join(dir, 'bad.tf'));
    const clean = LspClient.uri(join(dir, 'clean.tf'));
    assert.deepEqual(client.shown(bad).map((d) => d.code), ['sagemaker/invalid-name']);
    assert.equal(client.publishedVersions.has(clean), false, 'nothing published for a file that never had a problem');

    writeFileSync(join(dir, 'bad.tf'), BAD.replace('"-bad"', '"good"'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: bad, type: 2 }] });
    assert.deepEqual(await within(10_000, client.waitForDiagnostics(bad, (d) => d.length === 0), 'the cleared problems'), []);

    await client.open(clean, 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n');
    assert.deepEqual(await within(10_000, client.freshDiagnostics(clean), 'the open document'), []);
  } finally {
    await client.stop();
  }
});
