/// <reference types="mocha" />
// Helpers for the suites that run inside VS Code's extension host: find and activate the extension, open and
// rewrite documents of the fixture workspace, wait for what a user would eventually see.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'sagemaker-terraform.sagemaker-terraform';
export const SOURCE = 'sagemaker-terraform';

export async function activateExtension(): Promise<{ extension: vscode.Extension<SageMakerTerraformApi>; api: SageMakerTerraformApi }> {
  const extension = vscode.extensions.getExtension<SageMakerTerraformApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this window`);
  const api = await extension.activate();
  assert.ok(api && typeof api.statusPanels === 'function', 'activate() returns the extension API');
  // The language client starts just after activate() returns; providers (lenses, completion, hover) exist only
  // once it runs, so every test waits for that signal rather than for time.
  assert.equal(await api.languageServerReady(), true, 'the language server started');
  return { extension, api };
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openDocument(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Replaces the whole text of an open document the way an edit from a user or another extension would. */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was applied');
  assert.equal(document.getText(), text);
}

/** Polls `probe` until it returns something other than undefined/false; fails with `what` after the time limit. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The position `offset` characters into the first occurrence of `marker` (default: just after it). */
export function positionOf(document: vscode.TextDocument, marker: string, offset = marker.length): vscode.Position {
  const index = document.getText().indexOf(marker);
  assert.ok(index >= 0, `${JSON.stringify(marker)} is in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

export const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
export const insertTextOf = (item: vscode.CompletionItem) =>
  item.insertText instanceof vscode.SnippetString ? item.insertText.value : (item.insertText ?? labelOf(item));

export async function completionItems(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items;
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Our diagnostics (other extensions may report on .tf files too). */
export const diagnosticsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Waits until our diagnostics for `uri` satisfy `accept`, re-checking on every diagnostics change. */
export async function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics of ${uri.path.split('/').pop()}: ${what}`, () => {
    const diagnostics = diagnosticsOf(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, timeoutMs);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Puts the cursor of the editor showing `document` at `position`. */
export async function placeCursor(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

/**
 * Accepts the suggest widget's selected item as Enter would, at the cursor of the active editor: opens the widget
 * first unless `trigger` is false (when something else, such as an accepted item's command, opens it), then accepts
 * once it shows items. Resolves with the document's text after the insertion.
 */
export async function acceptSuggestion(document: vscode.TextDocument, { trigger = true } = {}): Promise<string> {
  const before = document.getText();
  if (trigger) {
    // A list or snippet session left open by an earlier insertion (a choice placeholder shows as a list) goes first.
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
  }
  // Accepting does nothing until the widget has items, so it is repeated until the text changes.
  return waitFor('the suggest widget to insert its selected item', async () => {
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
    return document.getText() !== before ? document.getText() : undefined;
  });
}

/** The text of `line` (0-based) of `text`. */
export const lineOf = (text: string, line: number) => text.split('\n')[line] ?? '';

/** Items in the order VS Code's suggest widget lists them before anything is typed: sortText, then label. */
export function bySortText(items: vscode.CompletionItem[]): vscode.CompletionItem[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortKey = (item: vscode.CompletionItem) => (item.sortText ?? labelOf(item)).toLowerCase();
  return [...items].sort((a, b) => compare(sortKey(a), sortKey(b)) || compare(labelOf(a), labelOf(b)));
}
