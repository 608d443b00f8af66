import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, positionOf } from './lspClient';
import { largeDocument } from '../support/largeDocument';

// After edits in the middle of a file, the resource blocks after them are moved lazily (hcl/incremental.ts: the nodes
// below a block settle when read). Diagnoses run between the edits, and then every request that reads nodes anywhere
// in the file answers as a server that only ever saw the final text.

const uri = 'file:///edited/main.tf';
const START = largeDocument(40);

/** Edits in the middle, each one diagnosed before the next: inserted and removed characters and lines. */
function edited(): string[] {
  const texts: string[] = [];
  let text = START;
  const edit = (needle: string, delta: number, insert: string) => {
    const at = text.indexOf(needle) + delta;
    texts.push((text = text.slice(0, at) + insert + text.slice(at)));
  };
  edit('"model-20"', 3, 'x');
  edit('"model-20"', 3, 'yz');
  edit('resource "aws_sagemaker_endpoint" "e20"', 0, '\n');
  edit('resource "aws_sagemaker_endpoint" "e21"', 0, '# a note\n');
  edit('"model-22"', 1, 'w');
  const removeAt = text.indexOf('"model-10"') + 2;
  texts.push((text = text.slice(0, removeAt) + text.slice(removeAt + 3)));
  return texts;
}

/** What a client asks of the whole file, and at a block well after the edits. */
async function answers(client: LspClient, text: string) {
  const at = positionOf(text, 'aws_sagemaker_endpoint_configuration.c34.name', 40);
  const name = positionOf(text, 'model_name             = "model-35"', 2);
  const request = (method: string, params: object) => client.connection.sendRequest(method, { textDocument: { uri }, ...params });
  // Requests first: on the edited server they may come before the last edit's diagnosis, or after it.
  const symbols = await request('textDocument/documentSymbol', {});
  return {
    symbols,
    folding: await request('textDocument/foldingRange', {}),
    definition: await request('textDocument/definition', { position: at }),
    references: await request('textDocument/references', { position: at, context: { includeDeclaration: true } }),
    hover: await client.hover(uri, name.line, name.character),
    inlayHints: await request('textDocument/inlayHint', { range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } } }),
    diagnostics: await client.freshDiagnostics(uri),
  };
}

describe('requests after edits in the middle of a file', () => {
  let edits: LspClient;
  let fresh: LspClient;
  before(async () => {
    [edits, fresh] = await Promise.all([LspClient.start(), LspClient.start()]);
  });
  after(async () => {
    await Promise.all([edits.stop(), fresh.stop()]);
  });

  test('answer as a server that saw only the final text', async () => {
    await edits.open(uri, START);
    await edits.freshDiagnostics(uri);
    const texts = edited();
    for (const text of texts.slice(0, -1)) {
      await edits.change(uri, text);
      await edits.freshDiagnostics(uri);
    }
    await edits.change(uri, texts.at(-1)!);
    const final = texts.at(-1)!;
    await fresh.open(uri, final);
    const expected = await answers(fresh, final);
    assert.ok(expected.diagnostics.length > 40 && expected.hover !== null, 'the document has findings and the hover an answer');
    assert.deepEqual(await answers(edits, final), expected);
  });
});
