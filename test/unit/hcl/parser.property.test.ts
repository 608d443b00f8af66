// Property tests: whatever the input, `parse` returns (never throws) a tree whose spans are inside the text and
// nested inside their parents. Inputs are valid fixtures broken at random, and free-form token soup and binary.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parse } from '../../../server/src/hcl/index';
import { fuzzParameters } from '../../support/fuzz';
import { assertWellFormed } from './helpers';

const validDir = join(__dirname, '..', '..', 'fixtures', 'syntax', 'valid');
const fixtures = readdirSync(validDir)
  .filter((f) => f.endsWith('.tf'))
  .sort()
  .map((f) => readFileSync(join(validDir, f), 'utf8'));

/** Fragments that are most likely to confuse a parser: brackets, template and heredoc markers, line breaks. */
const SYNTAX = [
  '{', '}', '[', ']', '(', ')', '"', '${', '%{', '~}', '}"', '<<EOT\n', '<<-EOT\n', 'EOT\n', '\n', '\r\n', '\r', '#', '//',
  '/*', '*/', '=', '==', '=>', ':', '::', '?', '.', '...', ',', '*', '[*]', '.*', '\\', '$$', '%%', 'for ', ' in ', 'if ',
  'endif', '\t', ' ', 'resource "a" "b" {', 'a = ', '\uFEFF', '\uFFFD', '\u00A0', '😀', 'é',
];

const text = fc.oneof(
  fc.constantFrom(...SYNTAX),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.uint8Array({ maxLength: 12 }).map((bytes) => String.fromCharCode(...bytes)),
);

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number };

const at = fc.nat({ max: 100_000 });
const length = fc.integer({ min: 1, max: 60 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at, text }),
  fc.record({ op: fc.constant('delete' as const), at, length }),
  fc.record({ op: fc.constant('replace' as const), at, length, text }),
  fc.record({ op: fc.constant('duplicate' as const), at, length }),
  fc.record({ op: fc.constant('truncate' as const), at }),
);

function apply(source: string, mutations: Mutation[]): string {
  let s = source;
  for (const m of mutations) {
    const p = m.at % (s.length + 1);
    switch (m.op) {
      case 'insert':
        s = s.slice(0, p) + m.text + s.slice(p);
        break;
      case 'delete':
        s = s.slice(0, p) + s.slice(p + m.length);
        break;
      case 'replace':
        s = s.slice(0, p) + m.text + s.slice(p + m.length);
        break;
      case 'duplicate':
        s = s.slice(0, p + m.length) + s.slice(p);
        break;
      case 'truncate':
        s = s.slice(0, p);
        break;
    }
  }
  return s;
}

/** parse must not throw, so a throw is a failure of this call rather than an exception through fast-check. */
function check(input: string): void {
  let result;
  try {
    result = parse(input);
  } catch (e) {
    assert.fail(`parse threw: ${String(e)}`);
  }
  assertWellFormed(input, result);
}

describe('parser properties', () => {
  test('mutated fixtures: never throws, spans inside the text and inside their parents', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 8 }), (fixture, mutations) => {
        check(apply(fixture, mutations));
      }),
      fuzzParameters(42, 300),
    );
  });

  test('token soup', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 80 }), (pieces) => {
        check(pieces.join(''));
      }),
      fuzzParameters(42, 300),
    );
  });

  test('arbitrary strings, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary-ascii', maxLength: 300 }), (a, b) => {
        check(a);
        check(b);
      }),
      fuzzParameters(42, 300),
    );
  });

  test('parsing is repeatable (token buffers are reused between parses)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { maxLength: 4 }), (fixture, mutations) => {
        const input = apply(fixture, mutations);
        const first = parse(input);
        parse(fixture + fixture); // a different, larger parse in between
        assert.deepEqual(parse(input), first);
      }),
      fuzzParameters(42, 100),
    );
  });
});
