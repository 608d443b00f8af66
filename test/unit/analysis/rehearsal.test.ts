// The rehearsal of a large document's first edits (server/src/analysis/rehearsal.ts) must leave nothing behind: the
// document's text and version as they were, the same diagnosis, and later edits diagnosed as from scratch.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REHEARSAL_RESOURCES, rehearseRound, worthRehearsing } from '../../../server/src/analysis/rehearsal';
import { Workspace, type FileSystem } from '../../../server/src/analysis/workspace';
import { largeDocument as document } from '../../support/largeDocument';

const NOTHING_ON_DISK: FileSystem = { listTfFiles: () => [], listVariableFiles: () => [], readFile: () => undefined };
const URI = 'file:///rehearsal/main.tf';
const MODULE = Workspace.moduleOf(URI);

/** Everything a client sees of the module's diagnostics, positions included. */
function published(workspace: Workspace): unknown {
  return [...workspace.diagnose(MODULE)].map(([uri, { file, findings }]) => ({
    uri,
    findings: findings.map((f) => ({ range: file.range(f.span), code: f.code, severity: f.severity, message: f.message })),
  }));
}

function opened(text: string, version = 1): Workspace {
  const workspace = new Workspace(NOTHING_ON_DISK);
  workspace.openDocument(URI, text, version);
  return workspace;
}

describe('rehearsal', () => {
  const text = document(REHEARSAL_RESOURCES.min);

  test('is for open documents with enough resources, and not too many', () => {
    assert.equal(worthRehearsing(opened(text), URI), true);
    assert.equal(worthRehearsing(opened(document(REHEARSAL_RESOURCES.min / 2 - 1)), URI), false);
    assert.equal(worthRehearsing(opened(document(REHEARSAL_RESOURCES.max / 2 + 1)), URI), false);
    const closed = opened(text);
    closed.closeDocument(URI);
    assert.equal(worthRehearsing(closed, URI), false);
  });

  test('leaves the document, its diagnosis and later edits as a fresh workspace has them', () => {
    const workspace = opened(text, 7);
    const before = published(workspace);
    assert.ok((before as { findings: unknown[] }[])[0].findings.length > 100, 'the document has findings to keep');
    for (let round = 0; round < 3; round++) assert.equal(rehearseRound(workspace, URI, MODULE), true);
    const file = workspace.get(URI)!;
    assert.equal(file.text, text);
    assert.equal(file.version, 7);
    assert.deepEqual(published(workspace), before);
    // Edits after it (in the rehearsed block, in another, one that adds a block) get what a fresh workspace gives.
    let next = text;
    for (const [needle, insert] of [['"model-250"', '1'], ['"model-3"', 'x'], ['"v1"\n', '    variant_name = "v2"\n']] as const) {
      const at = next.indexOf(needle) + needle.length - 1;
      next = next.slice(0, at) + insert + next.slice(at);
      workspace.openDocument(URI, next, file.version + 1);
      assert.deepEqual(published(workspace), published(opened(next)));
    }
  });

  test('does nothing on a document without a resource block, or one that is closed', () => {
    const empty = opened('variable "x" {}\n');
    assert.equal(rehearseRound(empty, URI, MODULE), false);
    const closed = opened(text);
    closed.closeDocument(URI);
    assert.equal(rehearseRound(closed, URI, MODULE), false);
  });
});
