import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type Finding } from '../diagnostics';
import type { ParsedFile } from '../parsedFile';
import { fixesFromData, fixesInData, type FixInData } from './data';

/**
 * Quick fixes for the diagnostics a client sends back. Each diagnostic carries its own fixes on `data` when the
 * client keeps it; otherwise (or when the data is of another document version) they are those of our finding with
 * the same code, range and message. Clients that accept snippet edits get tab stops; others get the plain text.
 */
export function codeActions(file: ParsedFile, findings: readonly Finding[], diagnostics: readonly Diagnostic[], snippetSupport: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const fixes = fixesFromData(diagnostic.data, file.version) ?? lookup(file, findings, diagnostic);
    for (const fix of fixes) {
      const edits = fix.edits.map(({ range, newText, snippet }) => {
        if (snippet !== undefined && snippetSupport) return { range, snippet: { kind: 'snippet' as const, value: snippet } };
        return { range, newText } satisfies TextEdit;
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

/** The fixes of the finding behind `diagnostic`: the message tells apart findings with the same code and range. */
function lookup(file: ParsedFile, findings: readonly Finding[], diagnostic: Diagnostic): FixInData[] {
  const finding = findings.find((f) => f.code === diagnostic.code && f.message === diagnostic.message && sameRange(file.range(f.span), diagnostic.range));
  return finding?.fixes ? fixesInData(file, finding.fixes) : [];
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
