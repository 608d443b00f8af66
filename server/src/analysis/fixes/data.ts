import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Finding } from '../diagnostics/finding';
import type { ParsedFile } from '../parsedFile';
import { snippetText } from '../snippets';
import type { Fix } from './types';

// A diagnostic names its finding on the LSP `data` field, so a code action request gets exactly the fixes of the
// diagnostics it names, even of two findings with the same code, message and range. The data comes back from the
// client, so it is read defensively, and only points: the fixes are always the server's own.

/**
 * A fix in LSP terms: ranges instead of offsets, and an insertion with tab stops in both forms, `snippet` for clients
 * that take snippet edits and `newText` (its plain text) for the others.
 */
export interface LspFix {
  title: string;
  preferred?: boolean;
  /** `uri`: of another file than the diagnostic's (a variable's default). */
  edits: { range: Range; newText: string; snippet?: string; uri?: string }[];
}

/**
 * The `data` of a diagnostic with fixes: the document version, and the finding's place in the list published for it.
 * Only a pointer: on a large file the fixes themselves made each publication half as large again (1.00 MB against
 * 0.65 MB on 26,000 lines), on every keystroke; and nothing a client sends back ever becomes an edit.
 */
export interface DiagnosticData {
  version: number;
  finding: number;
}

/** `fixes` of a finding in `file`, in LSP terms. */
export function lspFixes(file: ParsedFile, fixes: readonly Fix[]): LspFix[] {
  return fixes.map((fix) => {
    const out: LspFix = {
      title: fix.title,
      edits: fix.edits.map((e) => {
        const where = e.file ?? file;
        const edit: LspFix['edits'][number] = e.snippet
          ? { range: where.range(e.span), newText: snippetText(e.newText), snippet: e.newText }
          : { range: where.range(e.span), newText: e.newText };
        if (where.uri !== file.uri) edit.uri = where.uri;
        return edit;
      }),
    };
    if (fix.preferred) out.preferred = true;
    return out;
  });
}

/** What the diagnostic of `finding`, `index` in the file's list, carries: undefined without fixes (nothing to point at). */
export function diagnosticData(file: ParsedFile, finding: Finding, index: number): DiagnosticData | undefined {
  return finding.fixes?.length ? { version: file.version, finding: index } : undefined;
}

/**
 * The finding a diagnostic sent back by the client points at, when its data is in our shape, belongs to this version of
 * the document, and the finding there is still the one published (the same code, message and range: the module may
 * have been diagnosed again since); else undefined, and the caller looks the finding up by those.
 */
export function findingFromData(data: unknown, file: ParsedFile, findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (!isObject(data) || data.version !== file.version || !Number.isSafeInteger(data.finding)) return undefined;
  const finding = findings[data.finding as number];
  return finding && isFindingOf(file, finding, diagnostic) ? finding : undefined;
}

/** Whether `diagnostic` is what `finding` was published as (code, message and range). */
export function isFindingOf(file: ParsedFile, finding: Finding, diagnostic: Diagnostic): boolean {
  if (finding.code !== diagnostic.code || finding.message !== diagnostic.message) return false;
  const a = file.range(finding.span);
  const b = diagnostic.range;
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
