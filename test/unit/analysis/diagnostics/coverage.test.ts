import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Codes } from '../../../../server/src/analysis/diagnosticCodes';

// Every diagnostic code is exercised by at least one annotated fixture, so no rule goes untested.
test('every diagnostic code appears in an invalid fixture annotation', () => {
  const seen = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tf')) for (const m of readFileSync(path, 'utf8').matchAll(/#\s*expect:\s*([\w/,\s-]+)$/gm)) m[1].split(',').forEach((c) => seen.add(c.trim()));
    }
  };
  walk(join(__dirname, '../../../fixtures/invalid'));
  assert.deepEqual(Object.values(Codes).filter((c) => !seen.has(c)), []);
});
