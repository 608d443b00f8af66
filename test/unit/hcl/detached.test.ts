// The strings a syntax tree keeps share no memory with the text: the incremental parse hands the nodes of unchanged
// blocks on to later versions, and a node holding a view into its version's text would keep that whole text alive.
// Measured on the heap after a full collection: a kept view keeps its text; what the parser keeps does not.

import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { test } from 'node:test';
import { detached, sliceOf } from '../../../server/src/hcl/detached';
import { parse, reparse } from '../../../server/src/hcl/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

/** How much the heap grows while `keep` holds what `make` returned for each of `n` fresh texts. */
function retained(n: number, make: (text: string) => unknown): number {
  const keep: unknown[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++) keep.push(make(`resource "aws_sagemaker_endpoint_configuration" "c${i}" {}\n`.repeat(20_000)));
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.equal(keep.length, n);
  return grown;
}

test('a plain slice keeps its text alive, a detached one does not (the V8 behaviour detached.ts relies on)', () => {
  const size = 20 * `resource "aws_sagemaker_endpoint_configuration" "c0" {}\n`.length * 20_000;
  assert.ok(retained(20, (text) => text.slice(10, 46)) > size / 2);
  assert.ok(retained(20, (text) => sliceOf(text, 10, 46)) < 2 * MB);
  assert.ok(retained(20, (text) => detached(text.slice(10, 46) + text.slice(50, 90))) < 2 * MB);
});

test('detached and sliceOf give the same characters', () => {
  const text = 'resource "aws_sagemaker_endpoint_configuration" "a_rather_long_name" {}';
  for (const [start, end] of [[0, 0], [0, 3], [10, 46], [0, text.length], [49, 67]]) {
    assert.equal(sliceOf(text, start, end), text.slice(start, end));
    assert.equal(detached(text.slice(start, end)), text.slice(start, end));
  }
});

/** A megabyte of blocks with long names, labels and strings, and one block edited per version at another place each. */
function editedVersions(edits: number): { first: string; versions: string[] } {
  const blocks: string[] = [];
  for (let i = 0; i < 4000; i++) {
    blocks.push(`resource "aws_sagemaker_endpoint_configuration" "configuration_number_${i}" {\n  name = "a-long-configuration-name-${i}"\n  production_variants {\n    variant_name = "variant-with-a-long-name"\n    model_name = aws_sagemaker_model.model_with_a_long_name.name\n  }\n}\n`);
  }
  const first = blocks.join('');
  const versions: string[] = [];
  let text = first;
  for (let k = 0; k < edits; k++) {
    const at = text.indexOf(`"a-long-configuration-name-${(k * 97) % 4000}"`) + 1;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    versions.push(text);
  }
  return { first, versions };
}

/** How much memory `make`'s result holds beyond what is alive anyway (measured by dropping it). */
function sizeOf(make: () => unknown): number {
  let value: unknown = make();
  gc();
  const held = process.memoryUsage().heapUsed;
  assert.ok(value);
  value = undefined;
  gc();
  return held - process.memoryUsage().heapUsed;
}

test('a tree handed on through edits at many places keeps no earlier version of the text alive', () => {
  let last = '';
  const handedOn = sizeOf(() => {
    // The versions go out of scope with this function: only the tree could keep them.
    const { first, versions } = editedVersions(20);
    last = versions[versions.length - 1];
    let tree = parse(first);
    let old = first;
    for (const text of versions) {
      tree = reparse(tree, old, text) ?? parse(text);
      old = text;
    }
    return tree;
  });
  const fresh = sizeOf(() => parse(last));
  // Each earlier version is over a megabyte: keeping those the edits touched would add 20 MB and more.
  assert.ok(handedOn < fresh + 8 * MB, `handed on ${(handedOn / MB).toFixed(1)} MB, fresh parse ${(fresh / MB).toFixed(1)} MB`);
});
