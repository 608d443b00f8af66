// The token sequence `terraform fmt` works on (hclwrite's): our lexer's tokens plus the comments it skips, each with
// its text. A `#` or `//` comment takes its line's newline into its own text, as in hclsyntax.

import { Lexer } from '../hcl/lexer';
import * as tokenKinds from '../hcl/tokens';

// A plain copy: under CommonJS (tests, tsx) a namespace import is a getter per access, too slow per token.
const T = { ...tokenKinds };

/** Not a lexer kind: a comment (line comments end with their newline, block comments do not). */
export const COMMENT = 100;

export interface FormatToken {
  kind: number;
  text: string;
  /** Offset in the source (for tokens the formatter adds: the offset of the token they stand beside). */
  start: number;
  /** Spaces before the token in the output; the layout pass sets it. */
  spaces: number;
}

/** Every token of `text` in order, ending with EOF (a byte-order mark is not a token). */
export function formatTokens(text: string): FormatToken[] {
  const lexer = new Lexer(text);
  lexer.fill(Number.MAX_SAFE_INTEGER);
  const t = lexer.toks;
  const tokens: FormatToken[] = [];
  let previousEnd = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < t.length; i++) {
    const start = t.start[i];
    // A heredoc opener's newline is part of it in hclsyntax (our lexer leaves it out of the token).
    const end = t.kind[i] === T.OHEREDOC ? text.indexOf('\n', t.end[i]) + 1 : t.end[i];
    const lineComment = comments(text, previousEnd, start, tokens);
    if (lineComment !== undefined && (t.kind[i] === T.NEWLINE || t.kind[i] === T.EOF)) {
      // The line comment owns this newline.
      tokens[tokens.length - 1].text = text.slice(lineComment, end);
      if (t.kind[i] === T.NEWLINE) {
        previousEnd = end;
        continue;
      }
    }
    tokens.push({ kind: t.kind[i], text: text.slice(start, end), start, spaces: 0 });
    previousEnd = end;
  }
  T.releaseTokenList(t);
  return tokens;
}

/**
 * Pushes the comments in the whitespace between two tokens; returns the start of a trailing line comment (which runs
 * to the gap's end), else undefined. The lexer has already found the comments' ends, so this only re-reads them.
 */
function comments(text: string, from: number, to: number, out: FormatToken[]): number | undefined {
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 9) {
      p++;
    } else if (c === 47 && text.charCodeAt(p + 1) === 42) {
      const close = text.indexOf('*/', p + 2);
      const end = close < 0 || close + 2 > to ? to : close + 2;
      out.push({ kind: COMMENT, text: text.slice(p, end), start: p, spaces: 0 });
      p = end;
    } else {
      out.push({ kind: COMMENT, text: '', start: p, spaces: 0 });
      return p;
    }
  }
  return undefined;
}
