import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../lsp/lspClient';
import { FIXTURES, REPO, runJson } from './runCli';

// The command and the language server are one analysis: on the same fixtures, the server's published diagnostics
// (over stdio, as an editor receives them) and the command's findings have the same codes, ranges and severities.

const FOLDERS = ['valid', 'invalid', 'cli'].map((name) => join(FIXTURES, name));
const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information' };

/** Every .tf and .tf.json file under `dir` (the fixtures hold no .terraform, .git or node_modules). */
function terraformFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (e.name.endsWith('.tf') || e.name.endsWith('.tf.json')))
    .map((e) => join(e.parentPath, e.name));
}

describe('the command finds what the language server finds', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(FOLDERS[0], {}, undefined, FOLDERS.map((path, i) => ({ uri: LspClient.uri(path), name: `f${i}` })));
  });
  after(() => client.stop());

  test('same files, codes, ranges and severities on the valid, invalid and command fixtures', async () => {
    const files = FOLDERS.flatMap(terraformFiles);
    assert.ok(files.length > 150);
    const fromServer: string[] = [];
    await client.scanned();
    for (const path of files) {
      const diagnostics = client.shown(LspClient.uri(path));
      const shown = path.slice(REPO.length + 1);
      for (const d of diagnostics) {
        fromServer.push(`${shown}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity!]} ${d.code} ${d.message}`);
      }
    }
    const { report } = runJson(FOLDERS.map((f) => f.slice(REPO.length + 1)));
    assert.equal(report.summary.files, files.length);
    const fromCli = report.findings.map((f) => `${f.path}:${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column} ${f.severity} ${f.code} ${f.message}`);
    assert.ok(fromCli.length > 300);
    assert.deepEqual(fromCli.sort(), fromServer.sort());
  });
});
