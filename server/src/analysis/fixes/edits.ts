import type { Block, BodyItem, Span } from '../../hcl/ast';
import { blankLineStart, isSpace } from '../whitespace';
import type { SourceFile } from '../evaluation/value';
import type { Fix, FixEdit } from './types';

// The edits behind every quick fix: insertion, removal, rename and replacement. Insertions and removals work on
// whole lines so the result keeps Terraform's layout: a removed item takes its line with it, an inserted one gets
// its own line, indented one level deeper than the closing brace.

const INDENT = '  ';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}

/** Removes `item` with its line(s) when nothing else shares them, else just the item's own text. */
export function removal(text: string, item: BodyItem, name: string): Fix {
  const span = ownLines(text, item) ?? { start: item.start, end: item.end };
  return { title: `Remove "${name}"`, edits: [{ span, newText: '' }] };
}

const NEWLINE = 10;
const HASH = 35;
const SLASH = 47;

/**
 * The whole lines of `item` (through the newline) when only whitespace precedes it on its first line and only
 * whitespace and a `#` or `//` comment follow it on its last; else undefined. It scans outwards from the item and
 * stops at the first other character, then searches once for the newline: linear, where the pattern it replaced was
 * tried from every `#` of the line.
 */
export function ownLines(text: string, item: Span): Span | undefined {
  const start = blankLineStart(text, item.start);
  if (start === undefined) return undefined;
  let after = item.end;
  while (after < text.length && text.charCodeAt(after) !== NEWLINE && isSpace(text.charCodeAt(after))) after++;
  const c = text.charCodeAt(after);
  const comment = c === HASH || (c === SLASH && text.charCodeAt(after + 1) === SLASH);
  if (after < text.length && c !== NEWLINE && !comment) return undefined;
  return { start, end: lineEnd(text, after) };
}

/**
 * Inserts a snippet (or, with `snippet` false, plain text) as the last child of `block`, on its own line before the
 * closing brace. `make` receives the indentation of the new line (for multi-line snippets). Undefined when the block
 * has no closing brace.
 */
export function insertion(text: string, block: Block, make: (indent: string) => string, title: string, snippet = true): Fix | undefined {
  if (block.closeBrace === undefined) return undefined;
  const braceLine = lineStart(text, block.closeBrace);
  const before = text.slice(braceLine, block.closeBrace);
  const headerIndent = /^[ \t]*/.exec(text.slice(lineStart(text, block.start), block.start))![0];
  // Snippets indent nested lines with tabs; the edit uses the file's two-space style instead.
  const body = (indent: string) => make(indent).replace(/\t/g, INDENT);
  if (before.trim() === '') {
    const indent = before + INDENT;
    return { title, edits: [{ span: { start: braceLine, end: braceLine }, newText: `${indent}${body(indent)}\n`, snippet }] };
  }
  // A one-line block (`x {}` or `x { a = 1 }`): open it up.
  const indent = headerIndent + INDENT;
  return {
    title,
    edits: [{ span: { start: block.closeBrace, end: block.closeBrace }, newText: `\n${indent}${body(indent)}\n${headerIndent}`, snippet }],
  };
}

/** Puts `newText` in place of `span`. */
/** `file`: the edit is in that file, not the finding's. */
export function replacement(span: Span, newText: string, title: string, preferred = false, file?: SourceFile): Fix {
  const edit: FixEdit = { span: { start: span.start, end: span.end }, newText };
  if (file) edit.file = file;
  const fix: Fix = { title, edits: [edit] };
  if (preferred) fix.preferred = true;
  return fix;
}

/** Renames a misspelt name to the closest known one: the fix an editor may apply on its own. */
export function rename(span: Span, to: string): Fix {
  return replacement(span, to, `Change to "${to}"`, true);
}

/** One fix made of the edits of several (parts that could not be built are left out). */
export function combined(title: string, parts: readonly (Fix | undefined)[], preferred = false): Fix {
  const fix: Fix = { title, edits: parts.flatMap((p) => p?.edits ?? []) };
  if (preferred) fix.preferred = true;
  return fix;
}
