import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateSortTexts } from '../../../../server/src/analysis/completion/order';

const ordered = (values: { value: string; deprecated?: string }[]) => {
  const texts = candidateSortTexts(values.map((v) => ({ quoted: true, ...v })));
  return values.map((v, i) => ({ v: v.value, t: texts[i] })).sort((a, b) => a.t.localeCompare(b.t)).map((x) => x.v);
};

test('instance types: family first, then size by capacity, unknown sizes after the known ones', () => {
  const values = ['ml.p4d.24xlarge', 'ml.c5.metal', 'ml.c5.18xlarge', 'ml.c5.2xlarge', 'ml.c5.xlarge', 'ml.c5.large', 'ml.t2.medium'];
  assert.deepEqual(ordered(values.map((value) => ({ value }))), [
    'ml.c5.large', 'ml.c5.xlarge', 'ml.c5.2xlarge', 'ml.c5.18xlarge', 'ml.c5.metal', 'ml.p4d.24xlarge', 'ml.t2.medium',
  ]);
});

test('deprecated values go last; other values keep the order of their list', () => {
  assert.deepEqual(ordered([{ value: 'old', deprecated: 'gone' }, { value: 'B' }, { value: 'A' }]), ['B', 'A', 'old']);
});
