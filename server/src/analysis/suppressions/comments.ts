import { COMMENT, formatTokens } from '../../format/formatTokens';
import * as T from '../../hcl/tokens';

// The comments of an HCL file. The parser drops them; the formatter's token sequence (the lexer's tokens plus the
// comments between them) has them, so string and heredoc text is never mistaken for one. Linear in the text.

export interface Comment {
  /** Offset of the `#`, `//` or `/*`. */
  start: number;
  /** Exclusive, without the line break. */
  end: number;
  /** The text after the comment marker (without `*\/` for block comments). */
  body: string;
  /** Code comes before it on its line (an end-of-line comment). */
  trailing: boolean;
  /** Offset of the first code token after the comment (undefined: none). */
  next?: number;
}

/** The comments whose text passes `wanted`, at most `limit` of them, in document order. */
export function scanComments(text: string, wanted: (body: string) => boolean = () => true, limit = 1000): Comment[] {
  const out: Comment[] = [];
  let codeOnLine = false;
  // Comments before this index have their `next` set.
  let pending = 0;
  for (const token of formatTokens(text)) {
    if (token.kind === COMMENT) {
      const line = token.text.endsWith('\n');
      // A line comment's text holds its line break (`\n` or `\r\n`).
      const text = line ? token.text.slice(0, token.text.endsWith('\r\n') ? -2 : -1) : token.text;
      if (out.length < limit) {
        const body = text.startsWith('#') ? text.slice(1) : text.slice(2, text.startsWith('/*') ? -2 : undefined);
        if (wanted(body)) out.push({ start: token.start, end: token.start + text.length, body, trailing: codeOnLine });
      }
      // A block comment spanning lines ends on a line with no code before it.
      if (line || token.text.includes('\n')) codeOnLine = false;
      continue;
    }
    if (token.kind === T.NEWLINE) {
      codeOnLine = false;
      continue;
    }
    if (token.kind === T.EOF) break;
    codeOnLine = true;
    for (; pending < out.length; pending++) out[pending].next = token.start;
  }
  return out;
}
