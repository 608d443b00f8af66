import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../../server/src/analysis/diagnosticCodes';
import { codeTable, README, withCodeTables } from '../../../scripts/codeTables';

// The README's code tables are the registry's: `npm run readme:codes` rewrites them after a change to it.

test('the README code tables match the registry (npm run readme:codes)', () => {
  const readme = readFileSync(README, 'utf8');
  assert.equal(withCodeTables(readme), readme);
});

test('every code is listed exactly once, with its default severity', () => {
  const rows = [codeTable('schema'), codeTable('rule'), codeTable('settings')].join('\n').split('\n').filter((l) => l.startsWith('| `'));
  assert.deepEqual(rows.map((r) => /^\| `([^`]+)`/.exec(r)![1]), DIAGNOSTIC_CODES.map((c) => c.code));
  for (const info of DIAGNOSTIC_CODES) {
    const row = rows.find((r) => r.startsWith(`| \`${info.code}\` |`))!;
    assert.ok(row.split(' | ')[1].startsWith(info.severity), row);
  }
});

test('a README without the markers is refused rather than silently left stale', () => {
  assert.throws(() => withCodeTables('# no tables\n'), /codes:schema:start/);
});
