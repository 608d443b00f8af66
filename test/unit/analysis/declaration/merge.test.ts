import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../../../../server/src/hcl/ast';
import { mergeInstances } from '../../../../server/src/analysis/declaration/merge';
import { Reader } from '../../../../server/src/analysis/declaration/reader';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';

/** The arguments of one block read as a declaration would: `{ a, b, tags }`. */
function read(body: string, key = 'k') {
  const file = new ParsedFile('file:///m/main.tf', `x {\n${body}\n}\n`, 1);
  const block = file.syntax.body.items[0] as Block;
  const r = new Reader(file, ModuleScope.EMPTY);
  return { address: `aws_x.y["${key}"]`, a: r.string(block, 'a'), b: r.number(block, 'b'), list: [r.string(block, 'a')], tags: r.stringMap(block, 'tags') };
}

test('values the instances agree on stay known; values they differ on are unknown, as written in the first', () => {
  const merged = mergeInstances(read('a = "same"\nb = 1\ntags = { T = 1 }'), [read('a = "same"\nb = "2"\ntags = { T = "1" }', 'other')]);
  assert.deepEqual(merged.a, { known: true, value: 'same' });
  assert.deepEqual(merged.b, { known: false, expression: '1' });
  // Converted first: 1 and "1" are the same tag value.
  assert.deepEqual(JSON.parse(JSON.stringify(merged.tags)), { known: true, value: { T: '1' } });
  assert.equal(merged.address, 'aws_x.y', 'no one instance');
  assert.equal(mergeInstances(read('b = 1'), [read('b = 2')]).address, 'aws_x.y["k"]', 'the same instance address stays');
});

test('a value only some instances set is unknown; lists of different lengths are unknown throughout', () => {
  const merged = mergeInstances(read('b = 1'), [read('a = "only here"\nb = 1')]);
  assert.deepEqual(merged.a, { known: false, expression: '"only here"' });
  assert.deepEqual(merged.b, { known: true, value: 1 });
  const lists = mergeInstances({ list: [read('a = "x"').a] }, [{ list: [read('a = "x"').a, read('a = "y"').a] }]);
  assert.deepEqual(lists.list, [{ known: false, expression: '"x"' }]);
});

test('one instance, or instances all alike, are returned as they are', () => {
  const one = read('a = "x"');
  assert.equal(mergeInstances(one, []), one);
  assert.deepEqual(mergeInstances(read('a = "x"'), [read('a = "x"'), read('a = "x"')]), read('a = "x"'));
});
