import { readFileSync, writeFileSync } from 'node:fs';
import { URI } from 'vscode-uri';
import { snippetText } from '../analysis/snippets';
import { displayPath, type CheckRun } from './check';
import type { AppliedFix } from './report';

// `--fix`: each finding's preferred quick fix (the one an editor may apply on its own), written in place. A fix is
// applied whole or not at all: one that overlaps a fix already taken waits for the next run. A file is written only
// when its bytes still decode to exactly the text that was checked, so a file changed meanwhile, or one with invalid
// UTF-8 (read with U+FFFD), is never overwritten with a corrupted copy.

interface Edit {
  start: number;
  end: number;
  newText: string;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BOM = '\uFEFF';

const overlaps = (a: Edit, b: Edit) => (a.start < b.end && b.start < a.end) || a.start === b.start;

export function applyPreferredFixes(run: CheckRun, cwd: string): { fixed: AppliedFix[]; problems: { path: string; message: string }[] } {
  const edits = new Map<string, { text: string; edits: Edit[] }>();
  const fixed: { fix: AppliedFix; uris: string[] }[] = [];
  for (const { file, path, findings } of run.files) {
    for (const finding of findings) {
      const fix = finding.fixes?.find((f) => f.preferred);
      if (!fix) continue;
      const planned = fix.edits.map((e) => {
        const where = e.file ?? file;
        return { uri: where.uri, text: where.text, edit: { start: e.span.start, end: e.span.end, newText: e.snippet ? snippetText(e.newText) : e.newText } };
      });
      if (planned.some(({ uri, edit }) => edits.get(uri)?.edits.some((taken) => overlaps(taken, edit)))) continue;
      for (const { uri, text, edit } of planned) {
        const entry = edits.get(uri) ?? { text, edits: [] };
        entry.edits.push(edit);
        edits.set(uri, entry);
      }
      const start = file.range(finding.span).start;
      fixed.push({
        fix: { path: displayPath(path, cwd), start: { line: start.line + 1, column: start.character + 1 }, code: finding.code, title: fix.title },
        uris: planned.map((p) => p.uri),
      });
    }
  }
  const problems: { path: string; message: string }[] = [];
  const unwritten = new Set<string>();
  for (const [uri, { text, edits: list }] of edits) {
    const path = URI.parse(uri).fsPath;
    const written = write(path, text, list);
    if (written !== true) {
      problems.push({ path: displayPath(path, cwd), message: written });
      unwritten.add(uri);
    }
  }
  return { fixed: fixed.filter((f) => !f.uris.some((u) => unwritten.has(u))).map((f) => f.fix), problems };
}

function write(path: string, text: string, edits: Edit[]): true | string {
  let current: string;
  try {
    current = strict.decode(readFileSync(path));
  } catch {
    return 'not fixed: it could not be read again as UTF-8';
  }
  const bom = current.startsWith(BOM) ? BOM : '';
  if (current.slice(bom.length) !== text) return 'not fixed: it changed while it was checked';
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  try {
    writeFileSync(path, bom + out);
  } catch (error) {
    return `not fixed: it could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  return true;
}
