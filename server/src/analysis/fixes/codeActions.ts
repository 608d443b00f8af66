import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type Finding } from '../diagnostics';
import type { ParsedFile } from '../parsedFile';
import { findingFromData, isFindingOf, lspFixes, type LspFix } from './data';
import { ignoreFixes } from './ignoreFixes';

/**
 * Quick fixes for the diagnostics a client sends back: the fixes of the finding each one's `data` points at, when the
 * client keeps data; otherwise (or when the data is of another document version) of our finding with the same code,
 * message and range. Clients that accept snippet edits get tab stops; others get the plain text.
 */
export function codeActions(file: ParsedFile, findings: readonly Finding[], diagnostics: readonly Diagnostic[], snippetSupport: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = findingFromData(diagnostic.data, file, findings, diagnostic) ?? findings.find((f) => isFindingOf(file, f, diagnostic));
    const fixes = finding?.fixes ? lspFixes(file, finding.fixes) : [];
    for (const fix of fixes) actions.push(toCodeAction(file, diagnostic, fix, snippetSupport));
  }
  return actions;
}

/** The quick fix of one fix of a diagnostic. */
export function toCodeAction(file: ParsedFile, diagnostic: Diagnostic, fix: LspFix, snippetSupport: boolean): CodeAction {
  // One text edit per file: a fix may change a value where it is written (a variable's default in another file).
  const byUri = new Map<string, (TextEdit | { range: TextEdit['range']; snippet: { kind: 'snippet'; value: string } })[]>();
  for (const { range, newText, snippet, uri = file.uri } of fix.edits) {
    const edits = byUri.get(uri) ?? [];
    if (snippet !== undefined && snippetSupport) edits.push({ range, snippet: { kind: 'snippet' as const, value: snippet } });
    else edits.push({ range, newText } satisfies TextEdit);
    byUri.set(uri, edits);
  }
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred,
    // Another file's version is not the client's to check against ours (it may not be open): null, "as on disk or open".
    edit: { documentChanges: [...byUri].map(([uri, edits]) => ({ textDocument: { uri, version: uri === file.uri ? file.version : null }, edits })) },
  };
}

/** "Ignore <code> on this line" and "… in this block" for each of our diagnostics (see ignoreFixes.ts). */
export function ignoreActions(file: ParsedFile, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
    const fixes = lspFixes(file, ignoreFixes(file, diagnostic.code, file.offsetAt(diagnostic.range.start)));
    for (const fix of fixes) actions.push(toCodeAction(file, diagnostic, fix, false));
  }
  return actions;
}
