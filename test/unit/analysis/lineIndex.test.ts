import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/analysis/lineIndex';
import { fuzzParameters } from '../../support/fuzz';

// The library is the reference: editors and vscode-languageclient agree with it on what a line is.
const pieces = fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', 'é', '😀', '\n\n', '\r\r\n');
const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

test('positions and offsets agree with vscode-languageserver-textdocument', () => {
  fc.assert(
    fc.property(texts, fc.array(fc.integer({ min: -2, max: 90 }), { maxLength: 12 }), (text, probes) => {
      const reference = TextDocument.create('file:///a.tf', 'terraform', 1, text);
      const index = new LineIndex(text);
      assert.equal(index.lineCount, reference.lineCount);
      for (const offset of probes) {
        const position = index.positionAt(offset);
        assert.deepEqual(position, reference.positionAt(offset), `positionAt(${offset}) of ${JSON.stringify(text)}`);
        for (const p of [position, { line: position.line, character: position.character + 3 }, { line: position.line + 1, character: -1 }, { line: -1, character: 0 }]) {
          assert.equal(index.offsetAt(p), reference.offsetAt(p), `offsetAt(${JSON.stringify(p)}) of ${JSON.stringify(text)}`);
        }
      }
    }),
    fuzzParameters(20261122, 2000, 20),
  );
});

test('a position inside a CRLF is moved before it', () => {
  const index = new LineIndex('ab\r\ncd');
  assert.deepEqual(index.positionAt(3), { line: 0, character: 2 });
  assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
});
