import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closest, distance } from '../../../server/src/analysis/suggest';

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
