import type { Range } from 'vscode-languageserver-types';
import type { ParsedFile } from '../parsedFile';
import { snippetText } from '../snippets';
import type { Fix } from './types';

// A diagnostic carries its own fixes on the LSP `data` field, so a code action request gets exactly the fixes of the
// diagnostics it names, with no second search. The data comes back from the client, so it is read defensively.

/**
 * A fix as it travels on a diagnostic: LSP ranges instead of offsets, and an insertion with tab stops in both forms,
 * `snippet` for clients that take snippet edits and `newText` (its plain text) for the others, so nothing the client
 * sends back is ever parsed as a snippet.
 */
export interface FixInData {
  title: string;
  preferred?: boolean;
  /** `uri`: of another file than the diagnostic's (a variable's default). */
  edits: { range: Range; newText: string; snippet?: string; uri?: string }[];
}

/** The `data` of a diagnostic with fixes: the document version its ranges belong to, and the fixes. */
export interface DiagnosticData {
  version: number;
  fixes: FixInData[];
}

export function fixesInData(file: ParsedFile, fixes: readonly Fix[]): FixInData[] {
  return fixes.map((fix) => {
    const out: FixInData = {
      title: fix.title,
      edits: fix.edits.map((e) => {
        const where = e.file ?? file;
        const edit: FixInData['edits'][number] = e.snippet
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

/** What a finding's diagnostic carries: undefined without fixes, so diagnostics without fixes stay as small as before. */
export function diagnosticData(file: ParsedFile, fixes: readonly Fix[] | undefined): DiagnosticData | undefined {
  return fixes?.length ? { version: file.version, fixes: fixesInData(file, fixes) } : undefined;
}

// Far above what any of our fixes holds (a block snippet is a few hundred characters).
const MAX_FIXES = 20;
const MAX_EDITS = 20;
const MAX_TEXT = 100_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (v: unknown) => isObject(v) && Number.isSafeInteger(v.line) && Number.isSafeInteger(v.character) && (v.line as number) >= 0 && (v.character as number) >= 0;
const isRange = (v: unknown): v is Range => isObject(v) && isPosition(v.start) && isPosition(v.end);

/**
 * The fixes a diagnostic sent back by the client carries, when they are in our shape and belong to `version`; else
 * undefined, and the caller finds them again (clients without `data` support, diagnostics of an older version).
 */
export function fixesFromData(data: unknown, version: number): FixInData[] | undefined {
  if (!isObject(data) || data.version !== version || !Array.isArray(data.fixes) || data.fixes.length > MAX_FIXES) return undefined;
  let text = 0;
  const fixes: FixInData[] = [];
  for (const fix of data.fixes as unknown[]) {
    if (!isObject(fix) || typeof fix.title !== 'string' || !Array.isArray(fix.edits) || fix.edits.length > MAX_EDITS) return undefined;
    const edits: FixInData['edits'] = [];
    for (const edit of fix.edits as unknown[]) {
      if (!isObject(edit) || !isRange(edit.range) || typeof edit.newText !== 'string') return undefined;
      if (edit.snippet !== undefined && typeof edit.snippet !== 'string') return undefined;
      if (edit.uri !== undefined && typeof edit.uri !== 'string') return undefined;
      text += edit.newText.length + (edit.snippet?.length ?? 0) + (edit.uri?.length ?? 0);
      if (text > MAX_TEXT) return undefined;
      const copy: FixInData['edits'][number] = edit.snippet !== undefined ? { range: edit.range, newText: edit.newText, snippet: edit.snippet } : { range: edit.range, newText: edit.newText };
      if (edit.uri !== undefined) copy.uri = edit.uri;
      edits.push(copy);
    }
    fixes.push(fix.preferred === true ? { title: fix.title, preferred: true, edits } : { title: fix.title, edits });
  }
  return fixes;
}
