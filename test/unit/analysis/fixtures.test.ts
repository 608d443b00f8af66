import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { URI } from 'vscode-uri';
import { Workspace } from '../../../server/src/analysis/workspace';
import { nodeFileSystem } from '../../../server/src/nodeFileSystem';

// The corpus in test/fixtures/{valid,invalid}: every valid module must produce no error or warning; in invalid
// modules, each line's diagnostic codes must equal its `# expect: code, code` annotation, and other lines none.

const FIXTURES = join(__dirname, '../../fixtures');

function modules(kind: 'valid' | 'invalid'): string[] {
  const root = join(FIXTURES, kind);
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory())
    .sort();
}

function diagnose(folder: string) {
  const workspace = new Workspace(nodeFileSystem);
  return [...workspace.diagnose(URI.file(folder).toString()).values()];
}

describe('valid fixture modules have no errors or warnings', () => {
  for (const folder of modules('valid')) {
    test(folder.slice(FIXTURES.length + 1), () => {
      const results = diagnose(folder);
      assert.ok(results.length > 0, 'the module has .tf files');
      const problems = results.flatMap(({ file, findings }) =>
        findings
          .filter((f) => f.severity !== 'information')
          .map((f) => `${file.uri.slice(file.uri.lastIndexOf('/') + 1)}:${file.document.positionAt(f.span.start).line + 1} ${f.code} ${f.message}`),
      );
      assert.deepEqual(problems, []);
    });
  }
});

describe('invalid fixture modules produce exactly the annotated diagnostics', () => {
  for (const folder of modules('invalid')) {
    test(folder.slice(FIXTURES.length + 1), () => {
      let annotated = 0;
      for (const { file, findings } of diagnose(folder)) {
        const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
        const text = readFileSync(URI.parse(file.uri).fsPath, 'utf8');
        const lines = text.split(/\r?\n/);
        const expected = new Map<number, string[]>();
        lines.forEach((line, index) => {
          const match = /#\s*expect:\s*([\w/,\s-]+)$/.exec(line);
          if (match) expected.set(index, match[1].split(',').map((c) => c.trim()).filter(Boolean).sort());
        });
        annotated += expected.size;
        const actual = new Map<number, string[]>();
        for (const finding of findings) {
          const line = file.document.positionAt(finding.span.start).line;
          actual.set(line, [...(actual.get(line) ?? []), finding.code].sort());
        }
        for (const line of new Set([...expected.keys(), ...actual.keys()])) {
          const got = [...new Set(actual.get(line) ?? [])];
          const messages = findings.filter((f) => file.document.positionAt(f.span.start).line === line).map((f) => f.message);
          assert.deepEqual(got, expected.get(line) ?? [], `${name}:${line + 1}: ${lines[line]?.trim()}\n  messages: ${messages.join(' | ')}`);
        }
      }
      assert.ok(annotated > 0, 'an invalid fixture carries at least one annotation');
    });
  }
});
