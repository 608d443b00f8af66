import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../../server/src/hcl';
import { enclosingBlocks } from '../../../../server/src/analysis/tree/positions';

/** The types of the blocks enclosing the `|`, outermost first. */
function chainAt(source: string): string[] {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  return enclosingBlocks(parse(text).body, offset).map((b) => b.type.name);
}

test('a closed block encloses the offsets between its braces, not the braces themselves', () => {
  assert.deepEqual(chainAt('a {\n  b {\n    |\n  }\n}\n'), ['a', 'b']);
  assert.deepEqual(chainAt('a {|}'), ['a']);
  assert.deepEqual(chainAt('a {}|'), []);
  assert.deepEqual(chainAt('a |{}'), []);
  assert.deepEqual(chainAt('a {\n  b {}\n  |\n}\n'), ['a']);
});

test('an unclosed block encloses everything up to the very end of the file', () => {
  assert.deepEqual(chainAt('a {\n  b {\n    x = 1\n|'), ['a', 'b']);
  assert.deepEqual(chainAt('a {\n  |'), ['a']);
  assert.deepEqual(chainAt('a {|'), ['a']);
});
