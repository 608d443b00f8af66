// hclwrite's whitespace rules (the `format` pass behind `terraform fmt`), on our tokens: each line's indentation from
// its net bracket count, one space or none between tokens, and the `=` and trailing comments of consecutive lines
// aligned. Only whitespace changes; the caller joins `spaces` and `text`.

import * as tokenKinds from '../hcl/tokens';
import { COMMENT, type FormatToken } from './formatTokens';

// A plain copy: under CommonJS (tests, tsx) a namespace import is a getter per access, too slow per token.
const T = { ...tokenKinds };

const NIL: FormatToken = { kind: -1, text: '', start: 0, spaces: 0 };

interface Line {
  lead: FormatToken[];
  assign?: FormatToken[];
  comment?: FormatToken[];
}

export function layout(tokens: FormatToken[]): void {
  const lines = splitLines(tokens);
  indent(lines);
  for (const line of lines) {
    spaceCell(line.lead);
    if (line.assign) {
      line.assign[0].spaces = 1;
      spaceCell(line.assign);
    }
  }
  align(lines, (l) => l.assign, (l) => columns(l.lead));
  align(lines, (l) => l.comment, (l) => columns(l.lead) + (l.assign ? columns(l.assign) : 0));
}

function endsLine(token: FormatToken): boolean {
  return token.kind === T.NEWLINE || (token.kind === COMMENT && token.text.endsWith('\n'));
}

function bracketChange(token: FormatToken): number {
  switch (token.kind) {
    case T.OBRACE:
    case T.OBRACK:
    case T.OPAREN:
    case T.TEMPLATE_CONTROL:
    case T.TEMPLATE_INTERP:
      return 1;
    case T.CBRACE:
    case T.CBRACK:
    case T.CPAREN:
    case T.TEMPLATE_SEQ_END:
      return -1;
    default:
      return 0;
  }
}

/** Net brackets opened by `tokens[from..]`, not counting inside a heredoc (its text is kept as written). */
function netBrackets(tokens: FormatToken[], from = 0): number {
  let net = 0;
  for (let i = from; i < tokens.length; i++) {
    net += bracketChange(tokens[i]);
    if (tokens[i].kind === T.OHEREDOC) break;
  }
  return net;
}

function splitLines(tokens: FormatToken[]): Line[] {
  const lines: Line[] = [];
  let lead: FormatToken[] = [];
  for (const token of tokens) {
    if (token.kind === T.EOF) break;
    lead.push(token);
    if (endsLine(token)) {
      lines.push({ lead });
      lead = [];
    }
  }
  lines.push({ lead });
  for (const line of lines) {
    const cells = line.lead;
    if (cells.length > 1 && cells[cells.length - 1].kind === COMMENT) line.comment = cells.splice(cells.length - 1);
    const equals = cells.findIndex((t, i) => i > 0 && t.kind === T.EQUAL);
    // Only a value that closes on its own line is a cell to align; `tags = {` starts a multi-line value.
    if (equals > 0 && netBrackets(cells, equals) === 0) line.assign = cells.splice(equals);
  }
  return lines;
}

/** Two spaces per open bracket level; a line that closes more than it opens is indented as the level it returns to. */
function indent(lines: Line[]): void {
  const stack: number[] = [];
  for (const line of lines) {
    if (line.lead.length === 0) continue;
    const first = line.lead[0];
    if (first.kind === T.NEWLINE) {
      first.spaces = 0;
      continue;
    }
    const net = netBrackets(line.lead) + (line.assign ? netBrackets(line.assign) : 0);
    if (net > 0) {
      first.spaces = 2 * stack.length;
      stack.push(net);
      continue;
    }
    let closed = -net;
    while (closed > 0 && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (closed >= top) {
        closed -= top;
        stack.pop();
      } else {
        stack[stack.length - 1] = top - closed;
        closed = 0;
      }
    }
    first.spaces = 2 * stack.length;
  }
}

function spaceCell(cell: FormatToken[]): void {
  for (let i = 0; i < cell.length - 1; i++) {
    cell[i + 1].spaces = spaceAfter(cell[i], i > 0 ? cell[i - 1] : NIL, cell[i + 1]) ? 1 : 0;
  }
}

function isQuotedText(kind: number): boolean {
  return kind === T.QUOTED_LIT || kind === T.STRING_LIT;
}

const NEGATION_CONTEXT = new Set([
  NIL.kind, T.OPAREN, T.OBRACE, T.OBRACK, T.EQUAL, T.COLON, T.COMMA, T.QUESTION,
  T.PLUS, T.STAR, T.SLASH, T.PERCENT, T.MINUS,
  T.EQUAL_OP, T.NOT_EQUAL, T.GT, T.GE, T.LT, T.LE,
  T.AND, T.OR, T.BANG,
]);

/** hclwrite's `spaceAfterToken`, case for case. */
function spaceAfter(subject: FormatToken, before: FormatToken, after: FormatToken): boolean {
  const s = subject.kind;
  const a = after.kind;
  if (a === T.NEWLINE || a === NIL.kind) return false;
  if (s === T.IDENT && a === T.OPAREN) return false;
  if ((s === T.IDENT && a === T.DOUBLE_COLON) || (s === T.DOUBLE_COLON && a === T.IDENT)) return false;
  if (s === T.DOT || a === T.DOT) return false;
  if (a === T.COMMA || a === T.ELLIPSIS) return false;
  if (s === T.COMMA) return true;
  if (isQuotedText(s) || s === T.OQUOTE || s === T.OHEREDOC || isQuotedText(a) || a === T.CQUOTE || a === T.CHEREDOC) return false;
  if (s === T.IDENT && subject.text === 'in' && before.kind === T.IDENT) return true;
  if (a === T.OBRACK && (s === T.IDENT || s === T.NUMBER || bracketChange(subject) < 0)) return false;
  if (s === T.BANG) return false;
  if (s === T.MINUS) return !NEGATION_CONTEXT.has(before.kind);
  if (s === T.OBRACE || a === T.CBRACE) return !(s === T.OBRACE && a === T.CBRACE);
  if ((s === T.TEMPLATE_INTERP || s === T.TEMPLATE_CONTROL) && a === T.OBRACE) return true;
  if (s === T.CBRACE && a === T.TEMPLATE_SEQ_END) return true;
  if (s === T.TEMPLATE_SEQ_END && (a === T.TEMPLATE_INTERP || a === T.TEMPLATE_CONTROL)) return false;
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}

/** Width of a cell as written, its leading spaces included (characters, as hclwrite counts runes). */
function columns(cell: FormatToken[]): number {
  let n = 0;
  for (const token of cell) n += token.spaces + [...token.text].length;
  return n;
}

/** Each run of consecutive lines that have the cell starts it one space after the run's widest preceding text. */
function align(lines: Line[], cell: (l: Line) => FormatToken[] | undefined, width: (l: Line) => number): void {
  let i = 0;
  while (i < lines.length) {
    if (!cell(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    let widest = 0;
    while (j < lines.length && cell(lines[j])) widest = Math.max(widest, width(lines[j++]));
    for (let k = i; k < j; k++) cell(lines[k])![0].spaces = widest - width(lines[k]) + 1;
    i = j;
  }
}
