// Token kinds and the growable, column-oriented token store the lexer fills and the parser reads.
// Typed arrays instead of one object per token: a 26,000-line file has ~150,000 tokens and is re-lexed per keystroke.

export const EOF = 0;
export const NEWLINE = 1;
export const IDENT = 2;
export const NUMBER = 3;
export const OBRACE = 4;
export const CBRACE = 5;
export const OBRACK = 6;
export const CBRACK = 7;
export const OPAREN = 8;
export const CPAREN = 9;
export const DOT = 10;
export const COMMA = 11;
export const STAR = 12;
export const SLASH = 13;
export const PERCENT = 14;
export const PLUS = 15;
export const MINUS = 16;
export const EQUAL = 17;
export const EQUAL_OP = 18;
export const NOT_EQUAL = 19;
export const LT = 20;
export const LE = 21;
export const GT = 22;
export const GE = 23;
export const AND = 24;
export const OR = 25;
export const BANG = 26;
export const QUESTION = 27;
export const COLON = 28;
export const DOUBLE_COLON = 29;
export const ELLIPSIS = 30;
export const FAT_ARROW = 31;
export const OQUOTE = 32;
export const CQUOTE = 33;
/** Zero-width: a quoted string reached the end of its line (or the file) without a closing quote. */
export const QUOTE_UNCLOSED = 34;
/** Literal text inside a quoted string; may hold backslash escapes. */
export const QUOTED_LIT = 35;
export const OHEREDOC = 36;
export const CHEREDOC = 37;
/** Literal text inside a heredoc; no backslash escapes. */
export const STRING_LIT = 38;
export const TEMPLATE_INTERP = 39;
export const TEMPLATE_CONTROL = 40;
export const TEMPLATE_SEQ_END = 41;
/** Characters the language does not use; the lexer has already recorded why. */
export const INVALID = 42;

/** First token on its source line. */
export const F_FIRST = 1;
/** Literal whose text needs decoding (escapes, `$${`, `%%{`). */
export const F_ESCAPE = 2;
/** `${~`/`%{~` opener or `~}` closer. */
export const F_STRIP = 4;
/** `<<-` heredoc opener. */
export const F_FLUSH = 8;
/** Lexed inside a template (string, heredoc or interpolation), so a body-level restart must re-lex from here. */
export const F_NESTED = 16;

let spare: TokenList | null = null;

/**
 * A token store with room for `capacity` tokens, reusing the one a previous parse released: reallocating megabytes
 * of typed arrays on every keystroke shows up as garbage-collection time.
 */
export function acquireTokenList(capacity: number): TokenList {
  const list = spare;
  if (list !== null && list.kind.length >= capacity) {
    spare = null;
    list.length = 0;
    return list;
  }
  return new TokenList(capacity);
}

/**
 * The largest store kept for reuse (14 bytes a token): enough for every edit's region and most files; the store of a
 * file much larger is not kept, so it costs its megabytes only while that file is parsed in full.
 */
const MAX_SPARE = 1 << 16;

/** Hands a store back for reuse; the caller must not touch it afterwards. */
export function releaseTokenList(list: TokenList): void {
  if (list.kind.length <= MAX_SPARE && (spare === null || list.kind.length > spare.kind.length)) spare = list;
}

export class TokenList {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** UTF-16 offset of the token from the start of its line. */
  col: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const n = Math.max(64, capacity | 0);
    this.kind = new Uint8Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.col = new Int32Array(n);
  }

  push(kind: number, start: number, end: number, flags: number, col: number): void {
    const i = this.length;
    if (i === this.kind.length) this.grow();
    this.kind[i] = kind;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.col[i] = col;
    this.length = i + 1;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const kind = new Uint8Array(n);
    kind.set(this.kind);
    this.kind = kind;
    const start = new Int32Array(n);
    start.set(this.start);
    this.start = start;
    const end = new Int32Array(n);
    end.set(this.end);
    this.end = end;
    const flags = new Uint8Array(n);
    flags.set(this.flags);
    this.flags = flags;
    const col = new Int32Array(n);
    col.set(this.col);
    this.col = col;
  }
}
