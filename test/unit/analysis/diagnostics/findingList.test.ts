import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Codes } from '../../../../server/src/analysis/diagnosticCodes';
import type { Finding } from '../../../../server/src/analysis/diagnostics/finding';
import { FindingList } from '../../../../server/src/analysis/diagnostics/findingList';
import { fuzzParameters } from '../../../support/fuzz';

const finding = (start: number, severity: Finding['severity'] = 'error', message = `at ${start}`): Finding => ({
  span: { start, end: start + 1 },
  code: Codes.unknownArgument,
  severity,
  message,
  docs: 'https://example.invalid',
});

const listOf = (limit: number, findings: Finding[]) => {
  const list = new FindingList(limit);
  for (const f of findings) list.add(f);
  return list.findings();
};

test('under the limit every finding is kept, in order of arrival, with no note', () => {
  const all = [finding(5), finding(1), finding(3)];
  assert.deepEqual(listOf(3, all), all);
});

test('over the limit: the first by position are kept in order of arrival, then one note on the first left out', () => {
  const result = listOf(3, [finding(5), finding(1), finding(9, 'warning'), finding(3), finding(7, 'information'), finding(2)]);
  assert.deepEqual(result.slice(0, 3).map((f) => f.span.start), [1, 3, 2]);
  const note = result[3];
  assert.equal(result.length, 4);
  assert.equal(note.code, Codes.tooManyProblems);
  assert.equal(note.message, '3 more problems in this file are not shown (only the first 3 are listed); the first of them is here.');
  assert.deepEqual(note.span, { start: 5, end: 6 });
  assert.equal(note.severity, 'error'); // the 5, evicted by the 2
  assert.equal(listOf(1, [finding(1), finding(2, 'information')])[1].message, '1 more problem in this file is not shown (only the first 1 are listed); the first of them is here.');
  assert.equal(listOf(1, [finding(1), finding(2, 'information')])[1].severity, 'information');
});

test('at equal positions the earlier arrival wins', () => {
  assert.deepEqual(listOf(2, [finding(4, 'error', 'a'), finding(4, 'error', 'b'), finding(4, 'error', 'c')]).map((f) => f.message).slice(0, 2), ['a', 'b']);
});

test('addLazy builds only findings that are kept, and counts the others', () => {
  const list = new FindingList(2);
  const built: number[] = [];
  for (const start of [1, 2, 3, 4, 0]) list.addLazy({ start, end: start }, 'warning', () => (built.push(start), finding(start, 'warning')));
  assert.deepEqual(built, [1, 2, 0]);
  const result = list.findings();
  assert.deepEqual(result.map((f) => f.span.start), [1, 0, 2]);
  assert.match(result[2].message, /^3 more problems/);
});

test('addAll carries the kept findings and the count of another list', () => {
  const own = new FindingList(2);
  for (const s of [1, 5, 6]) own.add(finding(s));
  const all = new FindingList(2);
  all.addAll(own);
  all.add(finding(0, 'warning'));
  const result = all.findings();
  assert.deepEqual(result.map((f) => f.span.start), [1, 0, 5]);
  assert.match(result[2].message, /^2 more problems/);
});

test('property: the result is the reference selection (sort by position, keep the first, restore arrival order)', () => {
  const severity = fc.constantFrom<Finding['severity']>('error', 'warning', 'information');
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.nat({ max: 20 }), severity), { maxLength: 30 }), (limit, specs) => {
      const findings = specs.map(([start, sev], i) => finding(start, sev, `#${i}`));
      const result = listOf(limit, findings);
      const ranked = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.span.start - b.f.span.start || a.i - b.i);
      const kept = ranked.slice(0, limit).sort((a, b) => a.i - b.i).map((e) => e.f);
      const rest = ranked.slice(limit).map((e) => e.f);
      assert.deepEqual(result.slice(0, kept.length), kept);
      if (rest.length === 0) return assert.equal(result.length, kept.length);
      const note = result[kept.length];
      assert.equal(result.length, kept.length + 1);
      assert.match(note.message, new RegExp(`^${rest.length} more problem`));
      assert.equal(note.span.start, Math.min(...rest.map((f) => f.span.start)));
      const rank = { information: 0, warning: 1, error: 2 };
      assert.equal(rank[note.severity], Math.max(...rest.map((f) => rank[f.severity])));
    }),
    fuzzParameters(20261203, 500),
  );
});
