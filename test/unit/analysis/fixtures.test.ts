import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { URI } from 'vscode-uri';
import { Codes } from '../../../server/src/analysis/diagnosticCodes';
import { Workspace } from '../../../server/src/analysis/workspace';
import { NodeFileSystem } from '../../../server/src/nodeFileSystem';
import { writeGeneratedFixtures } from '../../support/generatedFixtures';

// The corpus in test/fixtures/{valid,invalid}: every valid module must produce no error and only annotated warnings; in invalid
// modules, each line's diagnostic codes must equal its `# expect: code, code` annotation, and other lines none. The
// invalid modules too large for git (test/support/generatedFixtures.ts) are written out and checked the same way.

const FIXTURES = join(__dirname, '../../fixtures');

function modules(kind: 'valid' | 'invalid'): string[] {
  const root = join(FIXTURES, kind);
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory())
    .sort();
}

function diagnose(folder: string) {
  const workspace = new Workspace(new NodeFileSystem());
  return [...workspace.diagnose(URI.file(folder).toString()).values()];
}

/**
 * Per line (0-based), the codes of its `# expect: code, code` annotation. JSON has no comments: a `.tf.json` file's
 * expectations are in `<file>.expect`, one `line code, code` per line (lines from 1; `#` starts a comment line).
 */
function annotations(path: string): Map<number, string[]> {
  const expected = new Map<number, string[]>();
  const codes = (list: string) => list.split(',').map((c) => c.trim()).filter(Boolean).sort();
  if (path.endsWith('.tf.json')) {
    if (!existsSync(`${path}.expect`)) return expected;
    for (const line of readFileSync(`${path}.expect`, 'utf8').split(/\r?\n/)) {
      const match = /^(\d+)\s+([\w/,\s-]+)$/.exec(line.trim());
      if (match) expected.set(Number(match[1]) - 1, codes(match[2]));
      else assert.ok(line.trim() === '' || line.startsWith('#'), `${path}.expect: not "line code": ${line}`);
    }
    return expected;
  }
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, index) => {
    const match = /#\s*expect:\s*([\w/,\s-]+)$/.exec(line);
    if (match) expected.set(index, codes(match[1]));
  });
  return expected;
}

// Valid modules: no error at all; a warning only where its line is annotated with its code (a rule such as the
// replacement-safety hint is right about some valid configuration); information is not checked.
describe('valid fixture modules have no errors and only annotated warnings', () => {
  for (const folder of modules('valid')) {
    test(folder.slice(FIXTURES.length + 1), () => {
      const results = diagnose(folder);
      assert.ok(results.length > 0, 'the module has .tf or .tf.json files');
      const problems: string[] = [];
      for (const { file, findings } of results) {
        const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
        const expected = annotations(URI.parse(file.uri).fsPath);
        const warned = new Map<number, Set<string>>();
        for (const f of findings) {
          if (f.severity === 'information') continue;
          const line = file.positionAt(f.span.start).line;
          if (f.severity === 'warning') warned.set(line, (warned.get(line) ?? new Set()).add(f.code));
          if (f.severity === 'error' || !expected.get(line)?.includes(f.code)) problems.push(`${name}:${line + 1} ${f.severity} ${f.code} ${f.message}`);
        }
        for (const [line, codes] of expected) {
          for (const code of codes) if (!warned.get(line)?.has(code)) problems.push(`${name}:${line + 1} annotated ${code} but no such warning`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('invalid fixture modules produce exactly the annotated diagnostics', () => {
  const generated = writeGeneratedFixtures();
  after(() => {
    for (const folder of generated.values()) rmSync(dirname(folder), { recursive: true, force: true });
  });
  const folders: [string, string][] = [
    ...modules('invalid').map((folder): [string, string] => [folder.slice(FIXTURES.length + 1), folder]),
    ...[...generated].map(([name, folder]): [string, string] => [`generated/${name}`, folder]),
  ];
  for (const [label, folder] of folders) {
    test(label, () => {
      let annotated = 0;
      for (const { file, findings } of diagnose(folder)) {
        const name = file.uri.slice(file.uri.lastIndexOf('/') + 1);
        const text = readFileSync(URI.parse(file.uri).fsPath, 'utf8');
        const lines = text.split(/\r?\n/);
        const expected = annotations(URI.parse(file.uri).fsPath);
        annotated += expected.size;
        const actual = new Map<number, string[]>();
        for (const finding of findings) {
          const line = file.positionAt(finding.span.start).line;
          // Information is not checked (see test/fixtures/README.md) unless the line annotates its code; neither is
          // the replacement-safety hint, which most invalid fixtures (written before it) would otherwise all get.
          const advisory = finding.severity === 'information' || finding.code === Codes.replacementOrder;
          if (advisory && !expected.get(line)?.includes(finding.code)) continue;
          actual.set(line, [...(actual.get(line) ?? []), finding.code].sort());
        }
        for (const line of new Set([...expected.keys(), ...actual.keys()])) {
          const got = [...new Set(actual.get(line) ?? [])];
          const messages = findings.filter((f) => file.positionAt(f.span.start).line === line).map((f) => f.message);
          assert.deepEqual(got, expected.get(line) ?? [], `${name}:${line + 1}: ${lines[line]?.trim()}\n  messages: ${messages.join(' | ')}`);
        }
      }
      assert.ok(annotated > 0, 'an invalid fixture carries at least one annotation');
    });
  }
});
