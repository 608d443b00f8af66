import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Codes } from '../../../../server/src/analysis/diagnosticCodes';
import { GENERATED_INVALID } from '../../../support/generatedFixtures';

// Every diagnostic code is exercised by at least one annotated fixture, so no rule goes untested.
const EXPECT = /#\s*expect:\s*([\w/,\s-]+)$/gm;

test('every diagnostic code appears in an invalid fixture annotation', () => {
  const seen = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tf')) for (const m of readFileSync(path, 'utf8').matchAll(EXPECT)) m[1].split(',').forEach((c) => seen.add(c.trim()));
    }
  };
  walk(join(__dirname, '../../../fixtures/invalid'));
  // Modules too large for git, checked by test/unit/analysis/fixtures.test.ts like the others.
  for (const files of Object.values(GENERATED_INVALID)) {
    for (const make of Object.values(files)) for (const m of make().matchAll(EXPECT)) m[1].split(',').forEach((c) => seen.add(c.trim()));
  }
  // Reported on .sagemaker-terraform.json, not on a .tf file: test/lsp/suppressions.test.ts covers it.
  seen.add(Codes.invalidProjectSettings);
  assert.deepEqual(Object.values(Codes).filter((c) => !seen.has(c)), []);
});
