import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankLineStart, isSpace } from '../../../server/src/analysis/whitespace';

test('isSpace is exactly the set of \\s (and of what trim removes), over every UTF-16 code unit', () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    const expected = /\s/.test(ch);
    if (isSpace(c) !== expected || (ch.trim() === '') !== expected) differ.push(c.toString(16));
  }
  assert.deepEqual(differ, []);
});

test('blankLineStart: the start of the line when only whitespace precedes the offset on it', () => {
  const cases: [string, number, number | undefined][] = [
    ['', 0, 0],
    ['  x', 2, 0],
    ['  x', 3, undefined],
    ['a\n \t\u00a0\r}', 6, 2],
    ['a\n b }', 5, undefined],
    ['a\n\n', 2, 2],
  ];
  for (const [text, offset, expected] of cases) assert.equal(blankLineStart(text, offset), expected, JSON.stringify([text, offset]));
});
