import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { inlayHints } from '../../../../server/src/analysis/navigation/inlayHints';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { MODULE } from '../../../support/weightedModule';

const hintsOf = (text: string, start = 0, end = text.length) => {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return inlayHints(file, ModuleScope.of([file]), start, end).map((h) => [h.position.line, h.label]);
};

test('each variant\'s share after its opening brace, the default weight named where it applies', () => {
  assert.deepEqual(hintsOf(MODULE), [
    [9, '45% of traffic'],
    [17, '5% of traffic'],
    [25, '50% of traffic (default weight 1)'],
  ]);
});

test('no hints outside the range, nor when a weight is not known before plan', () => {
  assert.deepEqual(hintsOf(MODULE, 0, 10), []);
  assert.deepEqual(hintsOf(MODULE.replace('= 0.1', '= var.w')), []);
});

test('every weight 0: each variant says it gets no traffic', () => {
  const zero = MODULE.replace('= 0.9', '= 0').replace('= 0.1', '= 0').replace('initial_instance_count = 1\n  }\n\n  lifecycle', 'initial_instance_count = 1\n    initial_variant_weight = 0\n  }\n\n  lifecycle');
  assert.deepEqual(hintsOf(zero).map((h) => h[1]), ['no traffic', 'no traffic', 'no traffic']);
});
