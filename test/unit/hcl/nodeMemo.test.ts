import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, type Block } from '../../../server/src/hcl';
import { reparse } from '../../../server/src/hcl/incremental';
import { NodeMemo } from '../../../server/src/hcl/nodeMemo';

// What the analysis keeps per block node (server/src/hcl/nodeMemo.ts) goes with the node: kept across versions that
// hand the node on, gone with a node parsed anew, and one memo's never another's.

describe('node memos', () => {
  test('each memo its own, on the node the incremental parse hands on, not on a node parsed anew', () => {
    const text = 'locals {}\nresource "a" "b" {\n  x = 1\n}\nresource "c" "d" {\n  y = 2\n}\n';
    const tree = parse(text);
    const [, first, second] = tree.body.items as Block[];
    const names = new NodeMemo<string>();
    const counts = new NodeMemo<number>();
    names.set(first, 'first');
    names.set(second, 'second');
    counts.set(second, 2);
    assert.equal(names.get(first), 'first');
    assert.equal(counts.get(first), undefined);
    assert.equal(names.get(second), 'second');
    assert.equal(counts.get(second), 2);

    // An edit inside the first resource: the second's node is handed on, the first is parsed anew.
    const edited = text.replace('x = 1', 'x = 10');
    const next = reparse(tree, text, edited) ?? assert.fail('reused');
    const [, firstAfter, secondAfter] = next.body.items as Block[];
    assert.equal(secondAfter, second);
    assert.equal(names.get(secondAfter), 'second');
    assert.notEqual(firstAfter, first);
    assert.equal(names.get(firstAfter), undefined);
  });
});
