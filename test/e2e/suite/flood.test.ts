/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, diagnosticsOf, waitForDiagnostics, workspaceUri } from './helpers';

// A file of hundreds of thousands of mistakes written into the open workspace: the extension host (shared by every
// extension) holds our diagnostics, so at most 1,000 per file plus one "N more" reach it, not one per mistake.

const ARGUMENTS = 400_000; // about 8 MB

/**
 * Creates `folder` and returns once VS Code's file watcher has reported it. A file written into a folder the watcher
 * has not picked up yet is never reported (inotify watches a new folder only after it has seen it appear; VS Code
 * then reports the folder alone), so the server would never hear of the file: writing folder and file in one go
 * left the test waiting for diagnostics that never came, on 1.100 and 1.139 alike, whenever the machine was busy.
 */
async function createWatchedFolder(folder: vscode.Uri): Promise<void> {
  const parent = vscode.Uri.joinPath(folder, '..');
  const name = folder.path.slice(parent.path.length + 1);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(parent, name), false, true, true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const seen = new Promise<void>((resolve, reject) => {
      watcher.onDidCreate((uri) => uri.path === folder.path && resolve());
      timer = setTimeout(() => reject(new Error(`the file watcher did not report ${folder.path} within 30 s`)), 30_000);
    });
    await vscode.workspace.fs.createDirectory(folder);
    await seen;
  } finally {
    clearTimeout(timer);
    watcher.dispose();
  }
}

describe('a file with a flood of problems', () => {
  const folder = workspaceUri('flood');
  const file = vscode.Uri.joinPath(folder, 'flood.tf');

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('gets 1,000 diagnostics and one that counts the rest', async function () {
    this.timeout(120_000);
    await activateExtension();
    const lines = ['resource "aws_sagemaker_endpoint_configuration" "flood" {'];
    for (let i = 0; i < ARGUMENTS; i++) lines.push(`  unknown_${i} = 1`);
    lines.push('}', '');
    const text = lines.join('\n');
    await createWatchedFolder(folder);
    const rssBefore = process.memoryUsage().rss;
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    const all = await waitForDiagnostics(file, '1,001 diagnostics', (list) => list.length > 0, 90_000);
    const rssAfter = process.memoryUsage().rss;
    console.log(`      ${(text.length / 1e6).toFixed(1)} MB, ${ARGUMENTS} unknown arguments: ${all.length} diagnostics; extension host RSS ${(rssBefore / 2 ** 20).toFixed(0)} MB before, ${(rssAfter / 2 ** 20).toFixed(0)} MB after`);
    assert.equal(all.length, 1001);
    const more = all.find((d) => codeOf(d) === 'sagemaker/too-many-problems');
    assert.ok(more, 'one diagnostic counts the problems not shown');
    // The block's own findings (a missing production_variants, …) come first; every unknown argument after the
    // first ones kept is counted.
    const hidden = Number(/([\d,]+) more problems/.exec(more.message)?.[1].replace(/,/g, ''));
    assert.ok(hidden >= ARGUMENTS - 1000 && hidden <= ARGUMENTS, more.message);
    assert.ok(all.filter((d) => codeOf(d) === 'sagemaker/unknown-argument').length >= 990);
    // The file itself: VS Code reports a deleted folder without its files, which **/*.tf watchers never see.
    await vscode.workspace.fs.delete(file);
    await waitForDiagnostics(file, 'cleared once the file is deleted', (list) => list.length === 0, 30_000);
    assert.deepEqual(diagnosticsOf(file), []);
  });
});
