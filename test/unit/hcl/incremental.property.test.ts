// The incremental parse gives what a full parse gives: the same tree (every node and offset) and the same errors, for
// chains of random edits of every syntax fixture (valid and invalid) and of documents with many blocks, edits of
// one character as a person types them, and of fragments that confuse parsers (braces, quotes, heredoc markers).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parse, reparse, settle, type Block, type ParseResult } from '../../../server/src/hcl/index';
import { fuzzParameters } from '../../support/fuzz';

const root = join(__dirname, '..', '..', 'fixtures', 'syntax');
const fixtures = ['valid', 'invalid'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.tf'))
    .sort()
    .map((f) => readFileSync(join(root, dir, f), 'utf8')),
);

/** Many small blocks, as in a large file: most edits then reuse most of the tree. */
function manyBlocks(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`resource "aws_sagemaker_endpoint_configuration" "c${i}" {`, `  name = "cfg-${i}"`, '  production_variants {', `    variant_name = "v${i}"`, '    initial_instance_count = 1', '  }', '}', '');
    if (i % 3 === 0) out.push(`variable "v${i}" {`, '  default = <<EOT', `  text ${i} \${var.x}`, 'EOT', '}', '');
    if (i % 4 === 1) out.push('# a comment', `locals { l${i} = [1, { a = "\${x}" }] }`, '');
  }
  return out.join('\n');
}

const FRAGMENTS = ['{', '}', '"', '${', '%{', '}"', '<<EOT\n', 'EOT\n', '\n', '#', '/*', '*/', '=', ' ', 'x', 'resource "a" "b" {', '\n}\n', 'a = 1\n', '\uFEFF'];
const piece = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 }));
const edit = fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.nat({ max: 12 }), insert: piece });

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const p = e.at % (text.length + 1);
  return text.slice(0, p) + e.insert + text.slice(Math.min(text.length, p + (e.remove % 4 === 0 ? e.remove : 0)));
}

/**
 * The tree with the nodes below its lagging blocks settled (incremental.ts), as a copy: the chains go on with the
 * tree as it was, so lags that add up over several edits are checked too.
 */
function settled(result: ParseResult): ParseResult {
  const copy = structuredClone(result);
  for (const item of copy.body.items) if (item.kind === 'Block') settle(item);
  return copy;
}

/** Follows a chain of edits, each parsed incrementally from the last, and compares with a full parse at every step. */
function assertChain(start: string, edits: { at: number; remove: number; insert: string }[]): { reused: number } {
  let text = start;
  let tree: ParseResult = parse(text);
  let reused = 0;
  for (const e of edits) {
    const next = applyEdit(text, e);
    const incremental = reparse(tree, text, next); // spends `tree`
    const full = parse(next);
    if (incremental) {
      reused++;
      assert.deepEqual(settled(incremental), full, `after inserting ${JSON.stringify(e.insert)} at ${e.at % (text.length + 1)}`);
    }
    text = next;
    tree = incremental ?? full;
  }
  return { reused };
}

describe('incremental parse', () => {
  test('equals a full parse over chains of random edits of every syntax fixture', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 8 }), (source, edits) => {
        assertChain(source, edits);
      }),
      fuzzParameters(16016, 300),
    );
  });

  test('equals a full parse over random edits of a document of many blocks, and reuses the tree for most', () => {
    const doc = manyBlocks(60);
    let reused = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        reused += assertChain(doc, edits).reused;
        total += edits.length;
      }),
      fuzzParameters(16017, 150),
    );
    assert.ok(reused > total / 2, `reused ${reused} of ${total}`);
  });

  test('typing a block character by character, anywhere in the file, matches at every keystroke', () => {
    const doc = manyBlocks(12);
    const typed = 'resource "aws_sagemaker_endpoint" "e" {\n  name = "x-${var.a}"\n  tags = { a = <<EOT\nhi\nEOT\n }\n}\n';
    for (const at of [0, doc.indexOf('variable'), doc.indexOf('  production_variants'), doc.length >> 1, doc.length]) {
      let text = doc;
      let tree = parse(text);
      for (let i = 0; i < typed.length; i++) {
        const next = text.slice(0, at + i) + typed[i] + text.slice(at + i);
        const incremental = reparse(tree, text, next) ?? parse(next);
        assert.deepEqual(settled(incremental), parse(next), `typing ${JSON.stringify(typed.slice(0, i + 1))} at ${at}`);
        text = next;
        tree = incremental;
      }
    }
  });

  test('an edit in the middle reparses only near it: the items before are the same objects', () => {
    const doc = manyBlocks(30);
    const tree = parse(doc);
    const at = doc.indexOf('"cfg-15"') + 3;
    const next = doc.slice(0, at) + 'x' + doc.slice(at);
    const before = tree.body.items.map((item) => ({ item, start: item.start }));
    const incremental = reparse(tree, doc, next)!;
    assert.ok(incremental, 'reparsed');
    const index = incremental.body.items.findIndex((item) => item.start > at);
    assert.ok(index > 3);
    assert.equal(incremental.body.items[0], before[0]!.item, 'an item well before the edit is reused as it is');
    assert.equal(incremental.body.items[index + 1], before[index + 1]!.item, 'an item after it is the old one…');
    assert.equal(incremental.body.items[index + 1]!.start, before[index + 1]!.start + 1, '…moved by the edit');
    assert.notEqual(incremental.body.items[index - 1], before[index - 1]!.item, 'the edited item is parsed again');
  });

  test('a resource block after the edit is moved lazily: its own offsets at once, the nodes below it when settled', () => {
    const doc = manyBlocks(30);
    const at = doc.indexOf('"cfg-15"') + 3;
    const once = doc.slice(0, at) + 'x' + doc.slice(at);
    const twice = once.slice(0, at) + 'yz' + once.slice(at);
    const block = parse(doc).body.items.find((item): item is Block => item.kind === 'Block' && item.labels[1]?.value === 'c20')!;
    const nameStart = block.labels[1].start;
    const tree = reparse(reparse({ body: { kind: 'Body', items: parse(doc).body.items.map((i) => (i.start === block.start ? block : i)), start: 0, end: doc.length }, errors: [] }, doc, once)!, once, twice)!;
    assert.ok(tree.body.items.includes(block), 'the old node is reused');
    assert.equal(block.start, parse(twice).body.items.find((i) => i.kind === 'Block' && i.labels[1]?.value === 'c20')!.start, 'its own offsets moved by both edits');
    assert.equal(block.lag, 3);
    assert.equal(block.labels[1].start, nameStart, 'the nodes below it not yet');
    settle(block);
    assert.equal(block.lag, 0);
    assert.equal(block.labels[1].start, nameStart + 3, 'settled: moved by both edits');
    assert.deepEqual(settled(tree), parse(twice));
  });
});

test('items after the edit deeper than the copy recursion (a long chain of operators) are moved all the same', () => {
  const deep = `locals {\n  sum = ${Array.from({ length: 3000 }, () => '1').join(' + ')}\n  list = ${'['.repeat(200)}${']'.repeat(200)}\n}\n`;
  const doc = `${manyBlocks(3)}\n${deep}`;
  const at = doc.indexOf('"cfg-1"') + 2;
  const next = doc.slice(0, at) + 'xyz' + doc.slice(at);
  const incremental = reparse(parse(doc), doc, next);
  assert.ok(incremental, 'reparsed');
  // In place, and compared as JSON: a copy, or assert's deep comparison, of a chain this deep can overflow the stack.
  for (const item of incremental.body.items) if (item.kind === 'Block') settle(item);
  assert.equal(JSON.stringify(incremental), JSON.stringify(parse(next)));
});

// Found by the long fuzz run: HCL lexes a `/*` that nothing closes as a slash and a star, so an edit that makes a
// `*/` later turns text before the restart into a comment.
test('a comment end made by an edit closes an unclosed comment start above it, as in a full parse', () => {
  const doc = manyBlocks(6);
  const cases: { start: string; edits: { at: number; remove: number; insert: string }[] }[] = [
    { start: doc, edits: [{ at: 0, remove: 0, insert: '/*' }, { at: 157, remove: 0, insert: '*/' }, { at: 0, remove: 0, insert: '' }] },
    { start: doc, edits: [{ at: 0, remove: 0, insert: '/*' }, { at: doc.length - 40, remove: 0, insert: '*' }, { at: doc.length - 39, remove: 0, insert: '/' }] },
    {
      start: '\uFEFFresource "aws_sagemaker_endpoint" "bom" {\n  name                 = "bom"\n  endpoint_config_name = "cfg"\n}\n',
      edits: [{ at: 0, remove: 0, insert: '}"' }, { at: 0, remove: 0, insert: '/*' }, { at: 169982, remove: 0, insert: '*/' }, { at: 0, remove: 0, insert: '{' }],
    },
  ];
  for (const { start, edits } of cases) assertChain(start, edits);
});

// Found by the long fuzz run: an item's parse may report an error at the next item's first token (a missing
// separator), which a restart at that next item would drop.
test("an error the item before reported at the restart item's first token is kept", () => {
  const start = 'locals {\n  in_list = [<<EOT\nfirst\nEOT\n  , "second"]\n  in_call = trimspace(<<-EOT\n    value\n  EOT\n  )\n  two = [<<A\none\nA\n  , <<B\ntwo\nB\n  ]\n}\n';
  assertChain(start, [{ at: 0, remove: 8, insert: '}' }, { at: 761147, remove: 0, insert: '{' }, { at: 141305, remove: 0, insert: ' ' }]);
});
