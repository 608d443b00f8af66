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

test('the index of an edited text, taken from the index before the edit, is the one found from scratch', () => {
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: texts });
  fc.assert(
    fc.property(texts, fc.array(edit, { minLength: 1, maxLength: 5 }), (start, edits) => {
      let text = start;
      let index = new LineIndex(text);
      void index.lineCount;
      for (const { at, remove, insert } of edits) {
        const from = at % (text.length + 1);
        const next = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + remove));
        let prefix = 0;
        while (prefix < Math.min(text.length, next.length) && text[prefix] === next[prefix]) prefix++;
        let suffix = 0;
        while (suffix < Math.min(text.length, next.length) - prefix && text[text.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
        index = LineIndex.after(index, next, prefix, suffix);
        const fresh = new LineIndex(next);
        assert.equal(index.lineCount, fresh.lineCount, JSON.stringify(next));
        for (let offset = 0; offset <= next.length; offset++) assert.deepEqual(index.positionAt(offset), fresh.positionAt(offset), `${offset} of ${JSON.stringify(next)}`);
        text = next;
      }
    }),
    fuzzParameters(20261203, 2000, 20),
  );
});

test('an edit of a text without carriage returns moves the line starts after it and searches only the edit', () => {
  const text = 'a\nbb\nccc\n'.repeat(1000);
  const index = new LineIndex(text);
  void index.lineCount;
  const at = text.length >> 1;
  const next = text.slice(0, at) + 'x\ny' + text.slice(at);
  const after = LineIndex.after(index, next, at, text.length - at);
  assert.ok(after.built, 'taken from the index before');
  assert.equal(after.lineCount, new LineIndex(next).lineCount);
  assert.deepEqual(after.positionAt(next.length - 1), new LineIndex(next).positionAt(next.length - 1));
  assert.ok(!LineIndex.after(new LineIndex(text), next, at, text.length - at).built, 'an index never built gives nothing to take');
});
