import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesGlob } from '../../../../server/src/analysis/settings/glob';

test('* and ? stay within a name, ** spans folders, and a folder covers what is under it', () => {
  assert.ok(matchesGlob('*.tf', 'main.tf'));
  assert.ok(!matchesGlob('*.tf', 'sub/main.tf'));
  assert.ok(matchesGlob('**/*.tf', 'a/b/main.tf'));
  assert.ok(matchesGlob('**/*.tf', 'main.tf'));
  assert.ok(matchesGlob('legacy/**', 'legacy/old/main.tf'));
  assert.ok(matchesGlob('legacy', 'legacy/old/main.tf'));
  assert.ok(matchesGlob('./legacy/', 'legacy/main.tf'));
  assert.ok(matchesGlob('mod?/main.tf', 'mod1/main.tf'));
  assert.ok(!matchesGlob('mod?/main.tf', 'mod12/main.tf'));
  assert.ok(!matchesGlob('legacy/**', 'modern/main.tf'));
  assert.ok(!matchesGlob('', 'main.tf'));
});

test('patterns built to backtrack still answer (the table is bounded by the lengths)', () => {
  const name = 'a'.repeat(200);
  assert.equal(matchesGlob(`${'*a'.repeat(100)}b`, name), false);
  assert.equal(matchesGlob(`${'**/'.repeat(100)}x`, `${'d/'.repeat(100)}y`), false);
});
