import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { URI } from 'vscode-uri';
import { allowsSeverity, codeInfo, Codes, DIAGNOSTIC_CODES } from '../../../server/src/analysis/diagnosticCodes';
import { FindingList } from '../../../server/src/analysis/diagnostics/findingList';
import { Workspace } from '../../../server/src/analysis/workspace';
import { NodeFileSystem } from '../../../server/src/nodeFileSystem';

// The registry is the one table of codes: each entry has what the server, the README and a SARIF rule need (id,
// short description, help URI, default level), and every finding has its code's default severity or one of the
// exceptions the entry documents.

test('every code is unique and has a title, a default severity, a docs link and an explanation', () => {
  const seen = new Set<string>();
  for (const info of DIAGNOSTIC_CODES) {
    assert.match(info.code, /^sagemaker\/[a-z]+(-[a-z0-9]+)*$/);
    assert.ok(!seen.has(info.code), `${info.code} twice`);
    seen.add(info.code);
    assert.ok(info.title.length > 3 && info.title.length <= 80, `${info.code}: title`);
    assert.ok(['error', 'warning', 'information'].includes(info.severity), `${info.code}: severity`);
    assert.ok(!(info.severity in (info.exceptions ?? {})), `${info.code}: an exception repeats the default`);
    assert.match(info.docs, /^https:\/\/[^\s]+$/, `${info.code}: docs`);
    assert.ok(info.explanation.length > 10, `${info.code}: explanation`);
  }
  assert.deepEqual(Object.values(Codes), DIAGNOSTIC_CODES.map((c) => c.code));
});

function folders(root: string): string[] {
  return readdirSync(root).map((n) => join(root, n)).filter((p) => statSync(p).isDirectory());
}

test('every finding on the fixtures has its code default severity or a documented exception', () => {
  const fixtures = join(__dirname, '../../fixtures');
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (const folder of [...folders(join(fixtures, 'valid')), ...folders(join(fixtures, 'invalid'))]) {
    for (const { findings } of new Workspace(new NodeFileSystem()).diagnose(URI.file(folder).toString()).values()) {
      for (const f of findings) {
        const info = codeInfo(f.code);
        seen.add(`${f.code} ${f.severity}`);
        if (!allowsSeverity(info, f.severity)) wrong.push(`${folder}: ${f.code} is ${f.severity}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(seen.has(`${Codes.invalidEnum} warning`), 'the instance-type exception is exercised');
  assert.ok(seen.has(`${Codes.invalidEnum} error`));
});

test('too-many-problems takes the severity of the most severe finding left out, as its entry documents', () => {
  for (const severity of ['information', 'warning', 'error'] as const) {
    const list = new FindingList(1);
    for (let i = 0; i < 3; i++) list.add({ span: { start: i, end: i + 1 }, code: Codes.missingKmsKey, severity, message: 'm', docs: 'https://x.invalid' });
    const more = list.findings().at(-1)!;
    assert.equal(more.code, Codes.tooManyProblems);
    assert.equal(more.severity, severity);
    const info = codeInfo(Codes.tooManyProblems);
    assert.ok(allowsSeverity(info, severity), severity);
  }
});
