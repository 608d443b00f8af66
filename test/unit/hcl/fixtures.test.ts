// The syntax fixtures on their own (hcl2json's verdict is checked in test/syntax): valid ones parse cleanly, and each
// invalid one reports the error its `# expect:` line names (every invalid fixture has one).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from '../../../server/src/hcl/index';
import { assertWellFormed, summaries } from './helpers';

const root = join(__dirname, '..', '..', 'fixtures', 'syntax');
const files = (dir: string): string[] => readdirSync(join(root, dir)).filter((f) => f.endsWith('.tf')).sort();

describe('valid syntax fixtures', () => {
  for (const name of files('valid')) {
    test(name, () => {
      const text = readFileSync(join(root, 'valid', name), 'utf8');
      const result = parse(text);
      assert.deepEqual(result.errors, []);
      assertWellFormed(text, result);
    });
  }
});

describe('invalid syntax fixtures', () => {
  for (const name of files('invalid')) {
    test(name, () => {
      const text = readFileSync(join(root, 'invalid', name), 'utf8');
      const result = parse(text);
      assertWellFormed(text, result);
      const expected = /^# expect: (.*)$/m.exec(text)?.[1]?.trim();
      assert.ok(expected, 'an invalid fixture names the error it must produce in a `# expect:` line');
      assert.ok(summaries(result).includes(expected), `expected "${expected}" among ${JSON.stringify(summaries(result))}`);
    });
  }
});
