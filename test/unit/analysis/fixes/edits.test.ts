import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ownLines } from '../../../../server/src/analysis/fixes/edits';
import { fuzzParameters } from '../../../support/fuzz';

// `ownLines` replaced `slice().trim()` and `.replace(/(#|\/\/).*$/, '')` (quadratic on a line of `#`s: 76 s for a
// 391 KB line). The old test, written out, is the reference.
function old(text: string, item: { start: number; end: number }) {
  const start = text.lastIndexOf('\n', item.start - 1) + 1;
  const newline = text.indexOf('\n', item.end);
  const end = newline < 0 ? text.length : newline + 1;
  const alone = text.slice(start, item.start).trim() === '' && text.slice(item.end, end).replace(/(#|\/\/).*$/, '').trim() === '';
  return alone ? { start, end } : undefined;
}

/** `[` and `]` mark the item. */
function at(marked: string) {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), item: { start, end } };
}

test('an item alone on its lines takes them with it; one sharing a line does not', () => {
  const cases: [string, string | undefined][] = [
    ['a {\n  [x = 1]\n}\n', '  x = 1\n'],
    ['a {\n\t[x = 1]  \r\n}\r\n', '\tx = 1  \r\n'],
    ['[x = 1]', 'x = 1'],
    ['a {\n  [x = 1] # note', '  x = 1 # note'],
    ['a {\n  [x = 1] // note', '  x = 1 // note'],
    ['a {\n  [b {\n    y = 2\n  }]\n}\n', '  b {\n    y = 2\n  }\n'],
    ['a { [x = 1] }\n', undefined],
    ['a {\n  [x = 1] }\n', undefined],
    ['a {\n  [x = 1] / 2\n', undefined],
    ['a {\n  [x = 1] /* c */\n', undefined],
    ['a {\n  y [x = 1]\n', undefined],
    // A comment after the item on a line that goes on: the whole line goes (the old pattern only matched a comment
    // on the file's last line, so there it left the comment behind).
    ['a {\n  [x = 1] # note\n}\n', '  x = 1 # note\n'],
    ['a {\n  [x = 1] // note\r\n}\r\n', '  x = 1 // note\r\n'],
  ];
  for (const [marked, expected] of cases) {
    const { text, item } = at(marked);
    const span = ownLines(text, item);
    assert.equal(span && text.slice(span.start, span.end), expected, JSON.stringify(marked));
  }
});

test('ownLines agrees with the old regular expression wherever the item ends the last line of the file', () => {
  const before = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\ufeff', 'a', '#', '/', '{'), maxLength: 12 });
  // After the item, no line break: the old `.*$` then reaches the end of the text, as it was meant to.
  const after = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', 'a', '#', '/', '*', '}', '"'), maxLength: 12 });
  fc.assert(
    fc.property(before, after, (b, a) => {
      const text = `${b}x = 1${a}`;
      const item = { start: b.length, end: b.length + 5 };
      assert.deepEqual(ownLines(text, item), old(text, item));
    }),
    fuzzParameters(20261201, 2000),
  );
});
