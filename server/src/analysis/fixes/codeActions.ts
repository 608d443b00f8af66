import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type Finding } from '../diagnostics';
import type { ParsedFile } from '../parsedFile';
import { snippetText } from '../snippets';

/**
 * Quick fixes for the diagnostics a client sends back: each of our findings with that code and range offers its
 * fixes. Clients that accept snippet edits get tab stops; others get the snippet's plain text.
 */
export function codeActions(file: ParsedFile, findings: readonly Finding[], diagnostics: readonly Diagnostic[], snippetSupport: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const finding = findings.find((f) => f.code === diagnostic.code && sameRange(file.range(f.span), diagnostic.range));
    for (const fix of finding?.fixes ?? []) {
      const edits = fix.edits.map((edit) => {
        const range = file.range(edit.span);
        if (edit.snippet && snippetSupport) return { range, snippet: { kind: 'snippet' as const, value: edit.newText } };
        return { range, newText: edit.snippet ? snippetText(edit.newText) : edit.newText } satisfies TextEdit;
      });
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { documentChanges: [{ textDocument: { uri: file.uri, version: file.version }, edits }] },
      });
    }
  }
  return actions;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
