import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { REHEARSAL_ROUNDS } from '../../server/src/analysis/rehearsal';
import { largeDocument } from '../support/largeDocument';
import { LspClient } from './lspClient';

// After the first diagnosis of a large open document the server rehearses its first edits, unseen
// (server/src/analysis/rehearsal.ts). Over stdio: nothing of it is published or answered, and an edit after it is
// diagnosed as a fresh server diagnoses the same text.

const REHEARSED = 'Rehearsed the first edits of a large document:';
const scratch = mkdtempSync(join(tmpdir(), 'sm-rehearsal-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('the rehearsal of a large document’s first edits', () => {
  test('publishes nothing, changes no answer, and leaves edits diagnosed as by a fresh server', async () => {
    const uri = LspClient.uri(join(scratch, 'main.tf'));
    const text = largeDocument(300); // 600 resources
    const client = await LspClient.start(scratch);
    try {
      await client.open(uri, text);
      const first = await client.freshDiagnostics(uri);
      assert.ok(first.length > 100, `the document has problems to show (${first.length})`);
      // The hover of the middle block's instance type, asked while the rehearsal runs and after it.
      const line = text.split('\n').findIndex((l, i) => i > 1500 && l.includes('instance_type'));
      const during = await client.hover(uri, line, 6);
      assert.match(await client.logged(REHEARSED), new RegExp(`: ${REHEARSAL_ROUNDS} rounds in \\d+ ms\\.$`), 'no collection without --expose-gc');
      assert.equal(client.publications.get(uri), 1, 'the rehearsal published nothing');
      assert.deepEqual(await client.hover(uri, line, 6), during);
      assert.deepEqual(client.shown(uri), first);

      const edited = text.replace('"model-150"', '"model-150x"').replace('c160.name', 'c16.name\n  name = "-bad"');
      await client.change(uri, edited);
      const after = await client.freshDiagnostics(uri);
      const fresh = await LspClient.start(scratch);
      try {
        const other = LspClient.uri(join(scratch, 'main.tf'));
        await fresh.open(other, edited);
        assert.deepEqual(after, await fresh.freshDiagnostics(other));
      } finally {
        await fresh.stop();
      }
      assert.equal(client.logs.filter((l) => l.message.startsWith(REHEARSED)).length, 1, 'once per process');
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no handler failed');
    } finally {
      await client.stop();
    }
  });

  test('runs its last round after a collection where Node exposes the collector, as the VS Code client starts the server', async () => {
    const uri = LspClient.uri(join(scratch, 'collected.tf'));
    const client = await LspClient.start(scratch, {}, undefined, undefined, ['--expose-gc']);
    try {
      await client.open(uri, largeDocument(300));
      await client.freshDiagnostics(uri);
      assert.match(await client.logged(REHEARSED), /ms, the last after a collection\.$/);
      assert.deepEqual(client.logs.filter((l) => l.type === 1), [], 'no handler failed');
    } finally {
      await client.stop();
    }
  });
});
