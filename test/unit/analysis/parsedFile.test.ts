// A version parsed incrementally leaves the nodes below the resource blocks after the edit lagging (hcl/incremental.ts):
// `topLevel` is the tree as left, `syntax` and `settle()` give every offset where it is, and what reads the tree
// through them answers as on a version parsed from scratch.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../server/src/analysis/evaluation/scope';
import { definition } from '../../../server/src/analysis/navigation/definition';
import { foldingRanges } from '../../../server/src/analysis/navigation/folding';
import { documentSymbols } from '../../../server/src/analysis/navigation/symbols';
import { ParsedFile } from '../../../server/src/analysis/parsedFile';
import { parse } from '../../../server/src/hcl';
import { largeDocument } from '../../support/largeDocument';

const uri = 'file:///m/main.tf';
const before = largeDocument(20);
const at = before.indexOf('"model-5"') + 3;
const after = before.slice(0, at) + 'longer\n' + before.slice(at);

/** A tree as JSON, without what the analysis keeps on its nodes (nodeMemo.ts). */
const json = (tree: unknown) => JSON.stringify(tree, (key, value) => (key === 'memo' ? undefined : value));

/** The version after the edit, parsed from the one before (which is parsed first). */
function edited(): ParsedFile {
  const first = new ParsedFile(uri, before, 1);
  void first.resources;
  return new ParsedFile(uri, after, 2, after.length, first);
}

test('the resource blocks after the edit lag below their own offsets until settled', () => {
  const file = edited();
  const lagging = file.topLevel.body.items.filter((item) => item.kind === 'Block' && item.lag !== 0);
  assert.ok(lagging.length > 20, `${lagging.length} blocks lag`);
  assert.notEqual(json(file.topLevel), json(parse(after)));
  assert.equal(json(file.syntax), json(parse(after)));
  assert.ok(file.topLevel.body.items.every((item) => item.kind !== 'Block' || item.lag === 0));
});

test('requests read a lagging version as one parsed from scratch', () => {
  const file = edited();
  const fresh = new ParsedFile(uri, after, 2);
  const reference = after.indexOf('aws_sagemaker_endpoint_configuration.c15.name') + 38;
  assert.deepEqual(definition(file, reference, [file]), definition(fresh, reference, [fresh]));
  assert.ok(definition(fresh, reference, [fresh])?.length);
  const other = edited();
  assert.deepEqual(documentSymbols(other, ModuleScope.of([other])), documentSymbols(fresh, ModuleScope.of([fresh])));
  assert.deepEqual(foldingRanges(edited()), foldingRanges(fresh));
});
