import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { closest, distance } from '../../../server/src/analysis/suggest';
import { fuzzParameters } from '../../support/fuzz';

test('edit distance', () => {
  assert.equal(distance('instance_typ', 'instance_type'), 1);
  assert.equal(distance('abc', 'abc'), 0);
  assert.equal(distance('kitten', 'sitting'), 3);
});

test('closest suggests typos and nothing for unrelated words', () => {
  const names = ['instance_type', 'initial_instance_count', 'model_name', 'variant_name'];
  assert.equal(closest('instance_typ', names), 'instance_type');
  assert.equal(closest('Model_Name', names), 'model_name');
  assert.equal(closest('zzzzzz', names), undefined);
});

test('closest gives what it gave before candidates were filtered by length (ASCII candidates, any word)', () => {
  const before = (word: string, candidates: string[]) => {
    let best: string | undefined;
    let bestDistance = Infinity;
    const limit = Math.max(2, Math.floor(word.length / 3));
    for (const candidate of candidates) {
      const d = distance(word.toLowerCase(), candidate.toLowerCase(), limit);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return bestDistance <= limit ? best : undefined;
  };
  const ascii = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '_', '.', '1'), maxLength: 12 });
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'A', '_', '.', '1', '\u0130', '\u00df', 'é'), maxLength: 16 });
  fc.assert(fc.property(word, fc.array(ascii, { maxLength: 8 }), (w, names) => assert.equal(closest(w, names), before(w, names))), fuzzParameters(20261204, 3000));
});
