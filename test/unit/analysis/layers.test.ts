import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// Features meet only in neutral modules (snippets.ts, fixes/, constraints/): completion never imports diagnostics or
// rules, and diagnostics and rules never import completion, so neither feature's change reaches into the other.
const ANALYSIS = join(__dirname, '../../../server/src/analysis');
const IMPORT = /^(?:import|export)[^'"]*from\s+'([^']+)'/gm;

function imports(folder: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  for (const name of readdirSync(join(ANALYSIS, folder))) {
    if (!name.endsWith('.ts')) continue;
    for (const m of readFileSync(join(ANALYSIS, folder, name), 'utf8').matchAll(IMPORT)) out.push({ file: `${folder}/${name}`, target: m[1] });
  }
  return out;
}

const FORBIDDEN: Record<string, RegExp> = {
  completion: /^\.\.\/(diagnostics|rules|fixes)(\/|$)/,
  diagnostics: /^\.\.\/completion(\/|$)/,
  rules: /^\.\.\/completion(\/|$)/,
  fixes: /^\.\.\/completion(\/|$)/,
};

test('completion and diagnostics do not import each other', () => {
  const wrong: string[] = [];
  for (const [folder, pattern] of Object.entries(FORBIDDEN)) {
    const found = imports(folder);
    assert.ok(found.length > 0, `${folder}/ has imports`);
    for (const { file, target } of found) if (pattern.test(target)) wrong.push(`${file} imports ${target}`);
  }
  assert.deepEqual(wrong, []);
});
