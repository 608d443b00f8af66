// Parser state shared by the body, expression and template parsers: the token cursor (newlines are tokens or not
// depending on context; callers save and restore `nl` where HCL's peeker pushes and pops), error recording, nesting
// depth, and error recovery.
//
// Recovery follows hclsyntax (skip to the matching closer, or to the end of the line for a body item) with two
// editor-oriented changes: a body is never abandoned after an error, and recovery never consumes a line that can
// only be the start of the next argument or block (see `isSyncToken`), so an unclosed bracket or `${` costs one
// attribute rather than the rest of the file.

import type { InvalidExpr, SyntaxError } from './ast';
import { sliceOf } from './detached';
import { Lexer } from './lexer';
import * as tokens from './tokens';

// A plain copy: imports transpiled to CommonJS (tests, tsx) go through a getter on every access, too slow per token.
const T = { ...tokens };

/** Deeper nesting (blocks, brackets, templates, operators) is reported and skipped rather than recursed into. */
export const MAX_DEPTH = 256;

const MAX_PARSER_ERRORS = 1000;

export class Cursor {
  readonly lx: Lexer;
  readonly t: tokens.TokenList;
  /** Index of the next unread token. */
  pos = 0;
  /** Whether newlines are tokens right now (false inside brackets and template sequences). */
  nl = true;
  /** Set after an error inside the current body item; suppresses follow-on errors, as HCL does. */
  recovery = false;
  depth = 0;
  readonly maxDepth = MAX_DEPTH;
  /** Number of enclosing blocks; a stray `}` at depth 0 is junk, otherwise it closes a block. */
  blockDepth = 0;
  /** End offset of the last consumed non-newline token. */
  lastEnd = 0;
  /** Token index and column of the first token of the body item being parsed. */
  itemStart = -1;
  itemCol = 0;
  /** Counts every parser error, including ones dropped by the cap; used as "did this sub-parse fail". */
  errorCount = 0;
  readonly errors: SyntaxError[] = [];

  constructor(
    readonly text: string,
    from = 0,
  ) {
    this.lx = new Lexer(text, from);
    this.t = this.lx.toks;
  }

  /** Index of the next significant token (newlines skipped when they are not significant). */
  peek(): number {
    let i = this.pos;
    for (;;) {
      if (i >= this.t.length) {
        this.lx.fill(i);
        if (i >= this.t.length) return this.t.length - 1;
      }
      if (this.t.kind[i] === T.NEWLINE && !this.nl) {
        i++;
        continue;
      }
      return i;
    }
  }

  peekKind(): number {
    const i = this.peek(); // first: peeking may grow (and so replace) the token arrays
    return this.t.kind[i];
  }

  /** Raw token kind at index `i` (no newline skipping); EOF past the end. */
  kindAt(i: number): number {
    if (i >= this.t.length) {
      this.lx.fill(i);
      if (i >= this.t.length) return T.EOF;
    }
    return this.t.kind[i];
  }

  read(): number {
    const i = this.peek();
    const k = this.t.kind[i];
    if (k !== T.EOF) this.pos = i + 1;
    if (k !== T.NEWLINE && k !== T.EOF) this.lastEnd = this.t.end[i];
    return i;
  }

  /** The token's text, as a string of its own (see detached.ts). */
  textOf(i: number): string {
    return sliceOf(this.text, this.t.start[i], this.t.end[i]);
  }

  /** True when token `i` is an identifier spelled `word` (HCL keywords are ordinary identifiers). */
  isWord(i: number, word: string): boolean {
    const t = this.t;
    return t.kind[i] === T.IDENT && t.end[i] - t.start[i] === word.length && this.text.startsWith(word, t.start[i]);
  }

  error(start: number, end: number, message: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_PARSER_ERRORS) this.errors.push({ start, end, message });
  }

  errorAt(i: number, message: string): void {
    this.error(this.t.start[i], this.t.end[i], message);
  }

  /**
   * Where a missing expression "is": the start of the offending token, or the end of the current line when the
   * offending token is on a later one, so an editor's cursor after `name = ` lies inside the attribute.
   */
  gapOffset(next: number): number {
    const t = this.t;
    for (let i = this.pos; i < next; i++) if (t.kind[i] === T.NEWLINE) return t.start[i];
    return t.start[next];
  }

  invalidAt(offset: number): InvalidExpr {
    return { kind: 'Invalid', start: offset, end: offset };
  }

  /**
   * A token that can only begin the next body item, so no recovery or expression may consume it: the first token on
   * its line that is `}` or an identifier followed by `{` or a quoted label, or (when `assignIsSync`, i.e. outside an
   * object constructor) by `=`. None of these can continue a valid expression.
   */
  isSyncToken(i: number, assignIsSync: boolean): boolean {
    const t = this.t;
    if ((t.flags[i] & T.F_FIRST) === 0) return false;
    const k = t.kind[i];
    if (k === T.CBRACE) return true;
    if (k !== T.IDENT) return false;
    const n = this.kindAt(i + 1);
    return n === T.OBRACE || n === T.OQUOTE || (assignIsSync && n === T.EQUAL);
  }

  /**
   * `}` at the start of a line, left of the current item: during recovery it is taken to close an enclosing block,
   * not the construct at hand (indentation is the only hint left once brackets are unbalanced).
   */
  private isOuterCloseBrace(i: number): boolean {
    const t = this.t;
    return (t.flags[i] & T.F_FIRST) !== 0 && t.col[i] < this.itemCol && this.blockDepth > 0;
  }

  /**
   * Skips to the token of kind `end` that closes the current construct and consumes it, returning its index; or
   * stops (returning -1) at end of input, at a closer that belongs to an enclosing construct, or at a token that can
   * only start the next body item.
   */
  recover(end: number): number {
    this.recovery = true;
    const t = this.t;
    const open: number[] = [];
    for (;;) {
      const i = this.pos;
      const k = this.kindAt(i);
      if (k === T.EOF) return -1;
      if (open.length === 0) {
        if (k === end && !(k === T.CBRACE && this.isOuterCloseBrace(i)) && !(k === T.TEMPLATE_SEQ_END && this.closesEnclosingBlock(i))) {
          this.read();
          return i;
        }
        if (isCloser(k)) return -1;
        // Inside `{ }` an `ident =` line is an object attribute; elsewhere it is the next body item.
        if (i > this.itemStart && this.isSyncToken(i, end !== T.CBRACE)) return -1;
      } else if (this.stopsNested(i, open[open.length - 1])) {
        return -1;
      }
      trackBrackets(open, k);
      this.pos = i + 1;
      if (k !== T.NEWLINE) this.lastEnd = t.end[i];
    }
  }

  /**
   * After a broken body item: skips to the end of its line (outside any brackets it opened), consuming the newline.
   * Stops before a `}` that may close the enclosing block, and before a line that starts a new item.
   */
  recoverAfterBodyItem(): void {
    this.recovery = true;
    const t = this.t;
    const open: number[] = [];
    for (;;) {
      const i = this.pos;
      const k = this.kindAt(i);
      if (k === T.EOF) return;
      if (open.length === 0) {
        if (k === T.NEWLINE) {
          this.pos = i + 1;
          return;
        }
        if (k === T.CBRACE && this.blockDepth > 0) return;
        // The item's line has ended (its newline was skipped inside brackets); this line is the next item's.
        if ((t.flags[i] & T.F_FIRST) !== 0 && i > this.itemStart) return;
      } else if (this.stopsNested(i, open[open.length - 1])) {
        return;
      }
      trackBrackets(open, k);
      this.pos = i + 1;
      if (k !== T.NEWLINE) this.lastEnd = t.end[i];
    }
  }

  /** While skipping inside brackets opened by broken code: does token `i` start the next body item instead? */
  private stopsNested(i: number, top: number): boolean {
    if (i <= this.itemStart || (this.t.flags[i] & T.F_FIRST) === 0) return false;
    if (this.t.kind[i] === T.CBRACE) return top !== T.OBRACE || this.isOuterCloseBrace(i);
    return this.isSyncToken(i, top !== T.OBRACE);
  }

  /**
   * A `}` alone at the start of a line, right after which a quoted string breaks off: it closes the block around a
   * `name = "${…` that the user has not finished, not the interpolation (HCL lets interpolations span lines, so the
   * lexer took it for the interpolation's end).
   */
  closesEnclosingBlock(i: number): boolean {
    const t = this.t;
    if (this.blockDepth === 0 || (t.flags[i] & T.F_FIRST) === 0 || t.kind[i] !== T.TEMPLATE_SEQ_END) return false;
    let n = i + 1;
    let k = this.kindAt(n);
    if (k === T.QUOTED_LIT && this.text.slice(t.start[n], t.end[n]).trim() === '') k = this.kindAt(++n);
    return k === T.QUOTE_UNCLOSED;
  }

  /** Before parsing a body item: a token lexed inside an abandoned template must be lexed again at top level. */
  resyncBodyLevel(): void {
    const i = this.pos;
    if (this.kindAt(i) !== T.EOF && (this.t.flags[i] & T.F_NESTED) !== 0) this.lx.resetAt(i);
  }
}

function isCloser(k: number): boolean {
  return (
    k === T.CBRACE ||
    k === T.CBRACK ||
    k === T.CPAREN ||
    k === T.TEMPLATE_SEQ_END ||
    k === T.CQUOTE ||
    k === T.QUOTE_UNCLOSED ||
    k === T.CHEREDOC
  );
}

function trackBrackets(open: number[], k: number): void {
  switch (k) {
    case T.OBRACE:
    case T.OBRACK:
    case T.OPAREN:
    case T.OQUOTE:
    case T.OHEREDOC:
    case T.TEMPLATE_INTERP:
    case T.TEMPLATE_CONTROL:
      open.push(k);
      return;
    case T.CBRACE:
      popTo(open, T.OBRACE);
      return;
    case T.CBRACK:
      popTo(open, T.OBRACK);
      return;
    case T.CPAREN:
      popTo(open, T.OPAREN);
      return;
    case T.CQUOTE:
    case T.QUOTE_UNCLOSED:
      popTo(open, T.OQUOTE);
      return;
    case T.CHEREDOC:
      popTo(open, T.OHEREDOC);
      return;
    case T.TEMPLATE_SEQ_END:
      for (let j = open.length - 1; j >= 0; j--) {
        if (open[j] === T.TEMPLATE_INTERP || open[j] === T.TEMPLATE_CONTROL) {
          open.length = j;
          return;
        }
      }
      return;
  }
}

function popTo(open: number[], opener: number): void {
  for (let j = open.length - 1; j >= 0; j--) {
    if (open[j] === opener) {
      open.length = j;
      return;
    }
  }
}
