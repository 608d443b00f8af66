import { Codes, isDiagnosticCode } from '../diagnosticCodes';
import { isJsonConfiguration } from '../jsonConfiguration';
import type { ParsedFile } from '../parsedFile';
import { IGNORE_MARKER } from '../suppressions/directives';
import { itemsAt } from '../suppressions/items';
import type { Fix } from './types';

// "Ignore <code> on this line" and "… in this block": the ignore comment, written where it applies (see
// suppressions/apply.ts). A comment on its own line applies to the attribute or block below it, so the line fix puts
// it above an attribute (all of a multi-line value included) and at the end of any other line.

/** Codes about suppressions themselves, which an ignore comment cannot silence. */
const NOT_IGNORABLE = new Set<string>([Codes.unusedIgnore, Codes.unknownIgnoreCode, Codes.invalidProjectSettings, Codes.fileTooLarge]);

export function ignoreFixes(file: ParsedFile, code: string, offset: number): Fix[] {
  if (!isDiagnosticCode(code) || NOT_IGNORABLE.has(code) || isJsonConfiguration(file.uri) || file.tooLarge !== undefined) return [];
  const comment = `${IGNORE_MARKER} ${code}`;
  const { attribute, block } = itemsAt(file.syntax.body, offset);
  const fixes: Fix[] = [];
  const line = attribute && startsItsLine(file, attribute.start) ? commentAbove(file, attribute.start, comment) : commentAtEnd(file, offset, comment);
  if (line) fixes.push({ title: `Ignore ${code} on this line`, edits: [line] });
  if (block && startsItsLine(file, block.start)) fixes.push({ title: `Ignore ${code} in this block`, edits: [commentAbove(file, block.start, comment)] });
  return fixes;
}

function lineStart(file: ParsedFile, offset: number): number {
  return file.offsetAt({ line: file.positionAt(offset).line, character: 0 });
}

function startsItsLine(file: ParsedFile, offset: number): boolean {
  return file.text.slice(lineStart(file, offset), offset).trim() === '';
}

/** A comment line above the line of `offset`, indented as that line. */
function commentAbove(file: ParsedFile, offset: number, comment: string) {
  const start = lineStart(file, offset);
  return { span: { start, end: start }, newText: `${file.text.slice(start, offset)}# ${comment}\n` };
}

/** A comment at the end of the line of `offset`; none where the line already has one (it would swallow ours). */
function commentAtEnd(file: ParsedFile, offset: number, comment: string) {
  const start = lineStart(file, offset);
  let end = file.text.indexOf('\n', start);
  if (end < 0) end = file.text.length;
  if (file.text[end - 1] === '\r') end--;
  const text = file.text.slice(start, end);
  if (text.includes('#') || text.includes('//') || text.includes('/*')) return undefined;
  const trimmed = text.trimEnd();
  return { span: { start: start + trimmed.length, end }, newText: ` # ${comment}` };
}
