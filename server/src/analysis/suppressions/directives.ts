import type { Span } from '../../hcl/ast';
import { scanComments } from './comments';
import { Codes, isDiagnosticCode, normalizeCode, type DiagnosticCode } from '../diagnosticCodes';

// The suppression comments of a file: `# sagemaker-terraform:ignore <code>[,<code>…] [-- reason]` (or `//`), and
// checkov's `#checkov:skip=CKV_AWS_98[:reason]`, which is the same finding as our KMS hint.

export const IGNORE_MARKER = 'sagemaker-terraform:ignore';
const CHECKOV_MARKER = 'checkov:skip=';
/** checkov's ids of the checks we also make. */
const CHECKOV_IDS: Readonly<Record<string, DiagnosticCode>> = { CKV_AWS_98: Codes.missingKmsKey };
/** Codes read from one comment: far above any real list, and a bound on a hostile one. */
const MAX_CODES = 50;

export interface IgnoredCode {
  /** As written, with `sagemaker/` added where it was left out. */
  code: string;
  known: boolean;
  span: Span;
}

export interface Directive {
  kind: 'ignore' | 'checkov';
  /** The whole comment. */
  span: Span;
  /** Code comes before the comment on its line: it applies to that line. Else to what starts at `next`. */
  trailing: boolean;
  /** Offset of the first code after the comment (undefined at the end of the file). */
  next?: number;
  codes: IgnoredCode[];
}

const isDirective = (body: string) => body.includes(IGNORE_MARKER) || body.includes(CHECKOV_MARKER);

/** The directives of an HCL file, in document order; a file without either marker costs one search. */
export function directivesOf(text: string): Directive[] {
  if (!text.includes(IGNORE_MARKER) && !text.includes(CHECKOV_MARKER)) return [];
  const out: Directive[] = [];
  for (const comment of scanComments(text, isDirective)) {
    // The body starts after `#` or `//` (or `/*`): its offset in the text.
    const bodyStart = comment.start + (text.charCodeAt(comment.start) === 35 ? 1 : 2);
    const lead = leadingSpace(comment.body);
    const base = { span: { start: comment.start, end: comment.end }, trailing: comment.trailing, next: comment.next };
    if (comment.body.startsWith(IGNORE_MARKER, lead)) {
      const codesFrom = lead + IGNORE_MARKER.length;
      // `sagemaker-terraform:ignored` is not ours.
      if (codesFrom < comment.body.length && !isSpace(comment.body.charCodeAt(codesFrom))) continue;
      out.push({ kind: 'ignore', ...base, codes: ignoredCodes(comment.body, codesFrom, bodyStart) });
    } else if (comment.body.startsWith(CHECKOV_MARKER, lead)) {
      const idFrom = lead + CHECKOV_MARKER.length;
      let idEnd = idFrom;
      while (idEnd < comment.body.length && comment.body[idEnd] !== ':' && !isSpace(comment.body.charCodeAt(idEnd))) idEnd++;
      const code = CHECKOV_IDS[comment.body.slice(idFrom, idEnd)];
      if (code) out.push({ kind: 'checkov', ...base, codes: [{ code, known: true, span: { start: bodyStart + idFrom, end: bodyStart + idEnd } }] });
    }
  }
  return out;
}

/** The comma-separated codes from `from` up to ` -- ` (the reason) or the end. */
function ignoredCodes(body: string, from: number, bodyStart: number): IgnoredCode[] {
  let end = body.indexOf('--', from);
  if (end < 0) end = body.length;
  const codes: IgnoredCode[] = [];
  let p = from;
  while (p < end && codes.length < MAX_CODES) {
    while (p < end && (isSpace(body.charCodeAt(p)) || body[p] === ',')) p++;
    let q = p;
    while (q < end && !isSpace(body.charCodeAt(q)) && body[q] !== ',') q++;
    if (q > p) {
      const code = normalizeCode(body.slice(p, q));
      codes.push({ code, known: isDiagnosticCode(code), span: { start: bodyStart + p, end: bodyStart + q } });
    }
    p = q;
  }
  return codes;
}

function leadingSpace(body: string): number {
  let i = 0;
  while (i < body.length && isSpace(body.charCodeAt(i))) i++;
  return i;
}

const isSpace = (c: number) => c === 32 || c === 9;
