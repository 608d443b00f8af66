// Findings kept per block (server/src/analysis/diagnostics/relative.ts): placed on a block node, they follow the node
// as the incremental parse moves it, with no copy per edit; on another node with the same text, they follow that one.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, type Block, type Span } from '../../../../server/src/hcl';
import { reparse } from '../../../../server/src/hcl/incremental';
import { KeptFindings } from '../../../../server/src/analysis/diagnostics/relative';
import type { Finding } from '../../../../server/src/analysis/diagnostics/finding';

const BLOCK = 'resource "aws_sagemaker_endpoint" "e" {\n  name = "-bad"\n}\n';
const TEXT = `variable "x" {}\n${BLOCK}`;

/** A finding on the value of `name`, with a fix replacing it; `span` as a node of the tree or as a fresh object. */
function finding(block: Block, asNode: boolean): Finding {
  const attr = block.body.items[0] as Extract<Block['body']['items'][number], { kind: 'Attribute' }>;
  const span: Span = asNode ? attr.value : { start: attr.value.start, end: attr.value.end };
  return {
    span,
    code: 'sagemaker/invalid-name',
    severity: 'error',
    message: 'bad',
    docs: 'https://example.com',
    fixes: [{ title: 'rename', edits: [{ span: { start: attr.value.start, end: attr.value.end }, newText: '"good"' }] }],
  } as Finding;
}

const textAt = (text: string, span: Span) => text.slice(span.start, span.end);

describe('kept findings', () => {
  for (const asNode of [true, false]) {
    test(`follow their block's node as edits before it move it (span ${asNode ? 'a node' : 'a fresh object'})`, () => {
      let text = TEXT;
      let tree = parse(text);
      const block = tree.body.items[1] as Block;
      const kept = KeptFindings.of([finding(block, asNode)], block)!;
      assert.equal(textAt(text, kept.findingsOf(block)[0].span), '"-bad"');
      const results: (readonly Finding[])[] = [];
      for (const insert of ['\n\n', '# a comment\n', '']) {
        const next = insert + text;
        tree = reparse(tree, text, next) ?? assert.fail('the block is reused');
        text = next;
        assert.equal(tree.body.items[1], block, 'the same node, moved in place');
        const [f] = kept.findingsOf(block);
        assert.equal(textAt(text, f.span), '"-bad"');
        assert.equal(textAt(text, f.fixes![0].edits[0].span), '"-bad"');
        assert.deepEqual({ ...f.span }, { start: text.indexOf('"-bad"'), end: text.indexOf('"-bad"') + 6 });
        results.push(kept.findingsOf(block));
      }
      assert.equal(results[1], results[2], 'placed once on the node, not copied again as it moves');
    });
  }

  test('placed on another node with the same text, at another place', () => {
    const block = parse(TEXT).body.items[1] as Block;
    const kept = KeptFindings.of([finding(block, false)], block)!;
    const elsewhere = `locals {}\n\n\n${BLOCK}`;
    const twin = parse(elsewhere).body.items[1] as Block;
    assert.equal(textAt(elsewhere, kept.findingsOf(twin)[0].span), '"-bad"');
    assert.equal(textAt(TEXT, kept.findingsOf(block)[0].span), '"-bad"');
  });

  test('are not kept when one is about a place outside the block', () => {
    const block = parse(TEXT).body.items[1] as Block;
    const outside = { ...finding(block, false), span: { start: 0, end: 3 } };
    assert.equal(KeptFindings.of([finding(block, true), outside], block), undefined);
  });
});
