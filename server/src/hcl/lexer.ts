// The HCL scanner, hand-written after hclsyntax's scan_tokens.rl so that token boundaries (and therefore error
// positions) match Terraform's. It is modal: quoted strings, heredocs and `${ }`/`%{ }` sequences nest, tracked on an
// explicit stack, never by recursion. It is lazy: the parser pulls tokens with `fill`, and after abandoning a broken
// template it can `resetAt` a token to re-lex from there at top level.
//
// Deliberate difference from HCL: a quoted string ends at the end of its line (a zero-width QUOTE_UNCLOSED token).
// HCL keeps scanning the string on the next lines, which swallows the rest of the file while the user is typing.

import type { SyntaxError } from './ast';
import * as chars from './chars';
import * as tokens from './tokens';

// A plain copy: imports transpiled to CommonJS (tests, tsx) go through a getter on every access, too slow per token.
const T = { ...tokens };
const { ASCII_ID_CONTINUE, identContinueLength, identStartLength, isDigit, isUnicodeSpace } = chars;

const M_QUOTED = 1;
const M_HEREDOC = 2;
const M_INTERP = 3;

/** Lexer errors beyond this many are dropped: binary garbage would otherwise produce one per byte run. */
const MAX_LEXER_ERRORS = 1000;

const INVALID_CHARACTER = 'Invalid character: This character is not used within the language.';

/** ASCII characters that start no token at all (control characters, `@`, `$`, `\`, DEL). */
const ASCII_GENERIC_INVALID = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const control = c < 32 && c !== 9 && c !== 10 && c !== 13;
  ASCII_GENERIC_INVALID[c] = control || c === 64 || c === 36 || c === 92 || c === 127 ? 1 : 0;
}

const RESTART_CAPACITY = 1024;

export class Lexer {
  readonly toks: tokens.TokenList;
  readonly errors: SyntaxError[] = [];
  private pos: number;
  private done = false;
  private lineStart: number;
  private atLineStart = true;
  private readonly modes: number[] = [];
  /** Per frame: `{` opened inside an interpolation that a `}` must close before the interpolation ends. */
  private readonly braces: number[] = [];
  /** Per frame: heredoc closing marker ('' for other frames). */
  private readonly markers: string[] = [];
  /** Per frame: heredoc is at the start of a line, where the closing marker may appear. */
  private readonly sol: boolean[] = [];
  /** A failed search for the end of a block comment from here means every later search fails too. */
  private noCommentEndFrom = Number.MAX_SAFE_INTEGER;

  /** `from`: where to start, the start of a line outside any string or comment (an incremental parse's restart). */
  constructor(
    readonly text: string,
    from = 0,
  ) {
    const start = from > 0 ? from : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = start;
    this.lineStart = start;
    // A restart (an edit's region) lexes a few blocks; the list grows if it must.
    this.toks = T.acquireTokenList(from > 0 ? RESTART_CAPACITY : (text.length >> 3) + 16);
  }

  /** Lexes until token `i` exists or the end of input has been emitted. */
  fill(i: number): void {
    while (this.toks.length <= i && !this.done) this.step();
  }

  /** Drops token `index` and everything after it and lexes again from its start, outside any template. */
  resetAt(index: number): void {
    const t = this.toks;
    const p = t.start[index];
    this.lineStart = p - t.col[index];
    this.atLineStart = (t.flags[index] & T.F_FIRST) !== 0;
    t.length = index;
    this.pos = p;
    this.done = false;
    this.modes.length = 0;
    this.braces.length = 0;
    this.markers.length = 0;
    this.sol.length = 0;
    const errors = this.errors;
    while (errors.length !== 0 && errors[errors.length - 1].start >= p) errors.pop();
  }

  private step(): void {
    const depth = this.modes.length;
    if (depth === 0) {
      this.lexMain();
      return;
    }
    const mode = this.modes[depth - 1];
    if (mode === M_QUOTED) this.lexQuoted();
    else if (mode === M_HEREDOC) this.lexHeredoc();
    else this.lexMain();
  }

  private emit(kind: number, start: number, end: number, flags: number): void {
    let f = flags;
    if (this.atLineStart) {
      f |= T.F_FIRST;
      this.atLineStart = false;
    }
    if (this.modes.length !== 0) f |= T.F_NESTED;
    this.toks.push(kind, start, end, f, start - this.lineStart);
  }

  private emitNewline(start: number, end: number): void {
    this.emit(T.NEWLINE, start, end, 0);
    this.atLineStart = true;
    this.lineStart = end;
  }

  private error(start: number, end: number, message: string): void {
    if (this.errors.length < MAX_LEXER_ERRORS) this.errors.push({ start, end, message });
  }

  private push(mode: number, marker: string): void {
    this.modes.push(mode);
    this.braces.push(0);
    this.markers.push(marker);
    this.sol.push(mode === M_HEREDOC);
  }

  private pop(): void {
    this.modes.pop();
    this.braces.pop();
    this.markers.pop();
    this.sol.pop();
  }

  private inInterp(): boolean {
    const d = this.modes.length;
    return d !== 0 && this.modes[d - 1] === M_INTERP;
  }

  private single(kind: number, start: number): void {
    this.pos = start + 1;
    this.emit(kind, start, start + 1, 0);
  }

  private double(kind: number, start: number): void {
    this.pos = start + 2;
    this.emit(kind, start, start + 2, 0);
  }

  private invalid(start: number, end: number, message: string): void {
    this.pos = end;
    this.emit(T.INVALID, start, end, 0);
    this.error(start, end, message);
  }

  /** Outside templates, and inside `${ }` / `%{ }`. */
  private lexMain(): void {
    const text = this.text;
    const len = text.length;
    let pos = this.pos;
    for (;;) {
      let c = text.charCodeAt(pos);
      while (c === 32 || c === 9) c = text.charCodeAt(++pos);
      if (pos >= len) {
        this.pos = len;
        this.emit(T.EOF, len, len, 0);
        this.done = true;
        return;
      }
      const next = text.charCodeAt(pos + 1);
      switch (c) {
        case 10:
          this.pos = pos + 1;
          this.emitNewline(pos, pos + 1);
          return;
        case 13:
          if (next === 10) {
            this.pos = pos + 2;
            this.emitNewline(pos, pos + 2);
          } else {
            this.invalid(pos, pos + 1, INVALID_CHARACTER);
          }
          return;
        case 35: // #
          if (this.lineComment(pos)) return;
          pos = len;
          continue;
        case 47: // /
          if (next === 47) {
            if (this.lineComment(pos)) return;
            pos = len;
            continue;
          }
          if (next === 42) {
            const close = pos + 2 >= this.noCommentEndFrom ? -1 : text.indexOf('*/', pos + 2);
            if (close >= 0) {
              for (let k = pos + 2; k < close; k++) if (text.charCodeAt(k) === 10) this.lineStart = k + 1;
              pos = close + 2;
              continue;
            }
            // HCL scans an unterminated `/*` as a slash followed by a star.
            if (pos + 2 < this.noCommentEndFrom) this.noCommentEndFrom = pos + 2;
          }
          this.single(T.SLASH, pos);
          return;
        case 34: // "
          this.single(T.OQUOTE, pos);
          this.push(M_QUOTED, '');
          return;
        case 123: // {
          this.single(T.OBRACE, pos);
          if (this.inInterp()) this.braces[this.braces.length - 1]++;
          return;
        case 125: // }
          this.closeBrace(pos, pos + 1, 0);
          return;
        case 126: // ~
          if (next === 125) this.closeBrace(pos, pos + 2, T.F_STRIP);
          else this.invalid(pos, pos + 1, 'Unsupported operator: Bitwise operators are not supported. Did you mean boolean NOT ("!")?');
          return;
        case 91:
          this.single(T.OBRACK, pos);
          return;
        case 93:
          this.single(T.CBRACK, pos);
          return;
        case 40:
          this.single(T.OPAREN, pos);
          return;
        case 41:
          this.single(T.CPAREN, pos);
          return;
        case 44:
          this.single(T.COMMA, pos);
          return;
        case 42:
          this.single(T.STAR, pos);
          return;
        case 37:
          this.single(T.PERCENT, pos);
          return;
        case 43:
          this.single(T.PLUS, pos);
          return;
        case 45:
          this.single(T.MINUS, pos);
          return;
        case 63:
          this.single(T.QUESTION, pos);
          return;
        case 46: // .
          if (next === 46 && text.charCodeAt(pos + 2) === 46) {
            this.pos = pos + 3;
            this.emit(T.ELLIPSIS, pos, pos + 3, 0);
          } else {
            this.single(T.DOT, pos);
          }
          return;
        case 61: // =
          if (next === 61) this.double(T.EQUAL_OP, pos);
          else if (next === 62) this.double(T.FAT_ARROW, pos);
          else this.single(T.EQUAL, pos);
          return;
        case 33: // !
          if (next === 61) this.double(T.NOT_EQUAL, pos);
          else this.single(T.BANG, pos);
          return;
        case 62: // >
          if (next === 61) this.double(T.GE, pos);
          else this.single(T.GT, pos);
          return;
        case 60: // <
          if (next === 60 && this.heredocOpener(pos)) return;
          if (next === 61) this.double(T.LE, pos);
          else this.single(T.LT, pos);
          return;
        case 58: // :
          if (next === 58) this.double(T.DOUBLE_COLON, pos);
          else this.single(T.COLON, pos);
          return;
        case 38: // &
          if (next === 38) this.double(T.AND, pos);
          else this.invalid(pos, pos + 1, 'Unsupported operator: Bitwise operators are not supported. Did you mean boolean AND ("&&")?');
          return;
        case 124: // |
          if (next === 124) this.double(T.OR, pos);
          else this.invalid(pos, pos + 1, 'Unsupported operator: Bitwise operators are not supported. Did you mean boolean OR ("||")?');
          return;
        case 94: // ^
          this.invalid(pos, pos + 1, 'Unsupported operator: Bitwise operators are not supported.');
          return;
        case 59: // ;
          this.invalid(
            pos,
            pos + 1,
            'Invalid character: The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.',
          );
          return;
        case 39: // '
          this.invalid(pos, pos + 1, 'Invalid character: Single quotes are not valid. Use double quotes (") to enclose strings.');
          return;
        case 96: // `
          this.invalid(
            pos,
            pos + 1,
            'Invalid character: The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".',
          );
          return;
        default: {
          if (isDigit(c)) {
            this.number(pos);
            return;
          }
          const n = identStartLength(text, pos);
          if (n !== 0) {
            const p = this.identEnd(pos + n);
            this.pos = p;
            this.emit(T.IDENT, pos, p, 0);
            return;
          }
          this.invalidRun(pos);
          return;
        }
      }
    }
  }

  /** End of the identifier whose remaining characters start at `p` (ASCII answered inline: it is nearly all names). */
  private identEnd(p: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c < 128) {
        if (ASCII_ID_CONTINUE[c] === 0) return p;
        p++;
      } else {
        const m = identContinueLength(text, p);
        if (m === 0) return p;
        p += m;
      }
    }
  }

  /** Emits the newline that ends a `#` or `//` comment; false when the comment runs to the end of input. */
  private lineComment(pos: number): boolean {
    const text = this.text;
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return false;
    const start = text.charCodeAt(nl - 1) === 13 && nl - 1 > pos ? nl - 1 : nl;
    this.pos = nl + 1;
    this.emitNewline(start, nl + 1);
    return true;
  }

  private closeBrace(start: number, end: number, flags: number): void {
    this.pos = end;
    if (!this.inInterp()) {
      // Outside templates HCL still scans `~}` as a sequence end; the parser then reports it as misplaced.
      this.emit(flags === 0 ? T.CBRACE : T.TEMPLATE_SEQ_END, start, end, flags);
      return;
    }
    const top = this.braces.length - 1;
    if (this.braces[top] === 0) {
      this.emit(T.TEMPLATE_SEQ_END, start, end, flags);
      this.pop();
    } else {
      this.braces[top]--;
      this.emit(flags === 0 ? T.CBRACE : T.TEMPLATE_SEQ_END, start, end, flags);
    }
  }

  /** HCL's NumberLit: a digit, then digits, dots and exponents, never ending in a dot. */
  private number(pos: number): void {
    const text = this.text;
    let p = pos + 1;
    let end = p;
    for (;;) {
      const c = text.charCodeAt(p);
      if (isDigit(c)) {
        end = ++p;
      } else if (c === 46) {
        p++;
      } else if (c === 101 || c === 69) {
        let q = p + 1;
        const s = text.charCodeAt(q);
        if (s === 43 || s === 45) q++;
        if (!isDigit(text.charCodeAt(q))) break;
        end = p = q + 1;
      } else {
        break;
      }
    }
    this.pos = end;
    this.emit(T.NUMBER, pos, end, 0);
  }

  /** `<<EOT` or `<<-EOT` immediately followed by a newline opens a heredoc; anything else is two `<`. */
  private heredocOpener(pos: number): boolean {
    const text = this.text;
    let p = pos + 2;
    const flush = text.charCodeAt(p) === 45;
    if (flush) p++;
    const markerStart = p;
    const n = identStartLength(text, p);
    if (n === 0) return false;
    p = this.identEnd(p + n);
    const markerEnd = p;
    if (text.charCodeAt(p) === 13) p++;
    if (text.charCodeAt(p) !== 10) return false;
    this.emit(T.OHEREDOC, pos, markerEnd, flush ? T.F_FLUSH : 0);
    this.push(M_HEREDOC, text.slice(markerStart, markerEnd));
    this.pos = p + 1;
    this.atLineStart = true;
    this.lineStart = p + 1;
    return true;
  }

  private invalidRun(pos: number): void {
    const text = this.text;
    const len = text.length;
    let p = pos;
    do {
      const c = text.charCodeAt(p);
      p += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    } while (p < len && this.isGenericInvalid(p));
    this.invalid(pos, p, INVALID_CHARACTER);
  }

  private isGenericInvalid(p: number): boolean {
    const c = this.text.charCodeAt(p);
    if (c < 128) return ASCII_GENERIC_INVALID[c] === 1;
    return identStartLength(this.text, p) === 0;
  }

  /** Inside `"…"`: literal runs split at `$` and `%` like HCL's, so `~` strip markers trim the same text. */
  private lexQuoted(): void {
    const text = this.text;
    const len = text.length;
    const pos = this.pos;
    if (pos >= len) {
      this.emit(T.QUOTE_UNCLOSED, len, len, 0);
      this.pop();
      return;
    }
    const c = text.charCodeAt(pos);
    if (c === 34) {
      this.single(T.CQUOTE, pos);
      this.pop();
      return;
    }
    if (c === 10 || c === 13) {
      this.emit(T.QUOTE_UNCLOSED, pos, pos, 0);
      this.pop();
      return;
    }
    if (c === 36 || c === 37) {
      this.templateMarker(pos, c, T.QUOTED_LIT);
      return;
    }
    let p = pos;
    let flags = 0;
    while (p < len) {
      const ch = text.charCodeAt(p);
      if (ch === 34 || ch === 36 || ch === 37 || ch === 10 || ch === 13) break;
      if (ch === 92) {
        flags = T.F_ESCAPE;
        const n = text.charCodeAt(p + 1);
        if (p + 1 >= len || n === 10 || n === 13) {
          this.error(p, p + 1, 'Invalid escape sequence: Backslash must be followed by an escape sequence selector character.');
          p++;
        } else {
          p += 2;
        }
        continue;
      }
      p++;
    }
    this.pos = p;
    this.emit(T.QUOTED_LIT, pos, p, flags);
  }

  /** `${`, `%{` (optionally with `~`), the escapes `$${` / `%%{`, or a lone `$` / `%` literal. */
  private templateMarker(pos: number, c: number, litKind: number): void {
    const text = this.text;
    const next = text.charCodeAt(pos + 1);
    if (next === 123) {
      const strip = text.charCodeAt(pos + 2) === 126;
      const end = pos + (strip ? 3 : 2);
      this.pos = end;
      this.emit(c === 36 ? T.TEMPLATE_INTERP : T.TEMPLATE_CONTROL, pos, end, strip ? T.F_STRIP : 0);
      const d = this.sol.length;
      if (d !== 0) this.sol[d - 1] = false;
      this.push(M_INTERP, '');
      return;
    }
    let end = pos + 1;
    let flags = 0;
    if (next === c && text.charCodeAt(pos + 2) === 123) {
      end = pos + 3;
      flags = T.F_ESCAPE;
    }
    if (litKind === T.STRING_LIT) {
      this.heredocLiteral(pos, end, flags);
      return;
    }
    this.pos = end;
    this.emit(litKind, pos, end, flags);
  }

  private lexHeredoc(): void {
    const text = this.text;
    const len = text.length;
    const pos = this.pos;
    if (pos >= len) {
      this.emit(T.EOF, len, len, 0);
      this.done = true;
      return;
    }
    const top = this.modes.length - 1;
    if (this.sol[top] && this.closingMarker(pos, top)) return;
    const c = text.charCodeAt(pos);
    if (c === 36 || c === 37) {
      this.templateMarker(pos, c, T.STRING_LIT);
      return;
    }
    let p = pos;
    while (p < len) {
      const ch = text.charCodeAt(p);
      if (ch === 36 || ch === 37) break;
      // A carriage return that does not start a CRLF stops HCL's heredoc scanner dead.
      if (ch === 13 && text.charCodeAt(p + 1) !== 10) this.error(p, p + 1, INVALID_CHARACTER);
      p++;
      if (ch === 10) break;
    }
    this.heredocLiteral(pos, p, 0);
  }

  /** Emits heredoc literal text, taking a directly following newline into the same token as HCL does. */
  private heredocLiteral(start: number, end: number, flags: number): void {
    const text = this.text;
    let p = end;
    if (text.charCodeAt(p - 1) !== 10) {
      if (text.charCodeAt(p) === 10) p++;
      else if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10) p += 2;
    }
    this.pos = p;
    this.emit(T.STRING_LIT, start, p, flags);
    const eol = text.charCodeAt(p - 1) === 10;
    this.sol[this.sol.length - 1] = eol;
    if (eol) {
      this.atLineStart = true;
      this.lineStart = p;
    }
  }

  /** A line holding only the marker (and whitespace), ended by a newline, closes the heredoc. */
  private closingMarker(pos: number, top: number): boolean {
    const text = this.text;
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return false;
    let a = pos;
    let b = nl;
    while (a < b && isUnicodeSpace(text.charCodeAt(a))) a++;
    while (b > a && isUnicodeSpace(text.charCodeAt(b - 1))) b--;
    const marker = this.markers[top];
    if (b - a !== marker.length || !text.startsWith(marker, a)) return false;
    const end = text.charCodeAt(nl - 1) === 13 && nl - 1 >= b ? nl - 1 : nl;
    this.pos = end;
    this.emit(T.CHEREDOC, pos, end, 0);
    this.pop();
    return true;
  }
}
