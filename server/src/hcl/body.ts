// Bodies, blocks and attributes, after hclsyntax's ParseBody. Unlike HCL, a body is never abandoned at the first bad
// token: each broken item becomes an ErrorItem (or a partial Attribute/Block) and parsing resumes on the next line or
// at the `}` that closes the block, so an editor keeps the structure around the cursor.

import type { Attribute, Block, Body, BodyItem, ErrorItem, Identifier, Label } from './ast';
import type { Cursor } from './cursor';
import { parseExpression } from './expressions';
import { literalValue } from './templates';
import * as tokens from './tokens';

// A plain copy: imports transpiled to CommonJS (tests, tsx) go through a getter on every access, too slow per token.
const T = { ...tokens };

const UNCLOSED_BLOCK =
  'Unclosed configuration block: There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

export function parseFile(c: Cursor): Body {
  const items: BodyItem[] = [];
  parseItems(c, -1, items);
  return { kind: 'Body', items, start: 0, end: c.text.length };
}

/**
 * The top-level items from the cursor's position until `stopAt(token)` says the item starting at that identifier
 * token is one already known (an incremental parse's resynchronisation), or the end of input. Returns the token
 * index it stopped at, or -1 at the end.
 */
export function parseTopLevelUntil(c: Cursor, items: BodyItem[], stopAt: (token: number) => boolean): number {
  return parseItems(c, -1, items, stopAt);
}

/**
 * Parses items into `items` until the `}` of the block opened by token `open` (consumed; its index is returned) or
 * the end of input (-1). `open` is -1 for the file's top-level body, where `stopAt` may end the loop before an item
 * (its token index is returned).
 */
function parseItems(c: Cursor, open: number, items: BodyItem[], stopAt?: (token: number) => boolean): number {
  const t = c.t;
  for (;;) {
    c.recovery = false;
    c.resyncBodyLevel();
    const i = c.peek();
    const k = t.kind[i];
    if (k === T.NEWLINE) {
      c.read();
      continue;
    }
    if (stopAt !== undefined && k === T.IDENT && stopAt(i)) return i;
    if (k === T.CBRACE && open >= 0) {
      c.read();
      return i;
    }
    if (k === T.EOF) {
      if (open >= 0) c.errorAt(open, UNCLOSED_BLOCK);
      return -1;
    }
    items.push(k === T.IDENT ? parseItem(c, false) : errorItem(c, i));
  }
}

function errorItem(c: Cursor, i: number): ErrorItem {
  const t = c.t;
  const message =
    t.kind[i] === T.OQUOTE
      ? 'Invalid argument name: Argument names must not be quoted.'
      : 'Argument or block definition required: An argument or block definition is required here.';
  c.errorAt(i, message);
  const savedStart = c.itemStart;
  const savedCol = c.itemCol;
  c.itemStart = i;
  c.itemCol = t.col[i];
  const start = t.start[i];
  c.recoverAfterBodyItem();
  c.itemStart = savedStart;
  c.itemCol = savedCol;
  return { kind: 'ErrorItem', message, start, end: Math.max(start, c.lastEnd) };
}

/** An attribute or block starting at the identifier that is the next token. */
function parseItem(c: Cursor, singleLine: boolean): BodyItem {
  const t = c.t;
  const id = c.read();
  const savedStart = c.itemStart;
  const savedCol = c.itemCol;
  c.itemStart = id;
  c.itemCol = t.col[id];
  const name: Identifier = { kind: 'Identifier', name: c.textOf(id), start: t.start[id], end: t.end[id] };
  const k = c.peekKind();
  let item: BodyItem;
  if (k === T.EQUAL) {
    item = parseAttribute(c, name, singleLine);
  } else if (k === T.OQUOTE || k === T.OBRACE || k === T.IDENT) {
    item = parseBlock(c, name, singleLine);
  } else {
    // A bare name: most often an argument the user is still typing.
    c.errorAt(
      id,
      'Argument or block definition required: An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
    );
    if (k === T.NEWLINE) {
      if (!singleLine) c.read();
      c.recovery = true;
    } else if (k !== T.EOF && k !== T.CBRACE) {
      c.recoverAfterBodyItem();
    }
    item = { kind: 'Attribute', name, value: c.invalidAt(name.end), start: name.start, end: name.end };
  }
  c.itemStart = savedStart;
  c.itemCol = savedCol;
  return item;
}

function parseAttribute(c: Cursor, name: Identifier, singleLine: boolean): Attribute {
  const t = c.t;
  const eq = c.read();
  const e0 = c.errorCount;
  const value = parseExpression(c);
  if (c.recovery && c.errorCount > e0) {
    c.recoverAfterBodyItem();
  } else if (!singleLine) {
    const end = c.peek();
    const k = t.kind[end];
    if (k === T.NEWLINE) {
      c.read();
    } else if (k !== T.EOF) {
      if (!c.recovery) {
        c.errorAt(
          end,
          k === T.COMMA
            ? 'Unexpected comma after argument: Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.'
            : 'Missing newline after argument: An argument definition must end with a newline.',
        );
      }
      c.recoverAfterBodyItem();
    }
  }
  return { kind: 'Attribute', name, value, equals: t.start[eq], start: name.start, end: Math.max(value.end, t.end[eq]) };
}

function parseBlock(c: Cursor, type: Identifier, singleLine: boolean): Block {
  const t = c.t;
  const labels: Label[] = [];
  let open = -1;
  while (open < 0) {
    const i = c.peek();
    const k = t.kind[i];
    if (k === T.OBRACE) {
      open = c.read();
    } else if (k === T.OQUOTE) {
      labels.push(parseQuotedLabel(c));
    } else if (k === T.IDENT) {
      c.read();
      labels.push({ kind: 'Label', value: c.textOf(i), quoted: false, start: t.start[i], end: t.end[i] });
    } else {
      if (k === T.EQUAL) {
        c.errorAt(i, 'Invalid block definition: The equals sign "=" indicates an argument definition, and must not be used when defining a block.');
      } else if (k === T.NEWLINE) {
        c.errorAt(
          i,
          'Invalid block definition: A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
        );
      } else if (!c.recovery) {
        c.errorAt(i, 'Invalid block definition: Either a quoted string block label or an opening brace ("{") is expected here.');
      }
      c.recoverAfterBodyItem();
      const end = labels.length === 0 ? type.end : labels[labels.length - 1].end;
      return { kind: 'Block', type, labels, body: { kind: 'Body', items: [], start: end, end }, start: type.start, end, memo: undefined, lag: 0 };
    }
  }

  const items: BodyItem[] = [];
  let close: number;
  if (c.blockDepth >= c.maxDepth) {
    if (!c.recovery) c.errorAt(open, `Nesting too deep: nesting deeper than ${c.maxDepth} levels is not supported.`);
    close = c.recover(T.CBRACE);
  } else {
    c.blockDepth++;
    const first = c.peekKind();
    if (first === T.NEWLINE || first === T.EOF || first === T.CBRACE) close = parseItems(c, open, items);
    else close = parseSingleLineBody(c, open, items);
    c.blockDepth--;
  }
  const bodyEnd = close >= 0 ? t.end[close] : c.peekKind() === T.EOF ? c.text.length : Math.max(c.lastEnd, t.end[open]);
  const body: Body = { kind: 'Body', items, start: t.start[open], end: bodyEnd };
  const block: Block = { kind: 'Block', type, labels, openBrace: t.start[open], body, start: type.start, end: bodyEnd, memo: undefined, lag: 0 };
  if (close >= 0) block.closeBrace = t.start[close];

  if (close >= 0 && !singleLine) {
    const eol = c.peek();
    const k = t.kind[eol];
    if (k === T.NEWLINE) {
      c.read();
    } else if (k !== T.EOF) {
      if (!c.recovery) c.errorAt(eol, 'Missing newline after block definition: A block definition must end with a newline.');
      c.recoverAfterBodyItem();
    }
  }
  return block;
}

/** `name { arg = value }`: HCL allows exactly one argument here. Extra ones are reported but kept. */
function parseSingleLineBody(c: Cursor, open: number, items: BodyItem[]): number {
  const t = c.t;
  for (let first = true; ; first = false) {
    const i = c.peek();
    const k = t.kind[i];
    if (!first && k === T.CBRACE) {
      c.read();
      return i;
    }
    if (k !== T.IDENT) {
      if (!c.recovery) c.errorAt(i, 'Argument or block definition required: An argument or block definition is required here.');
      return c.recover(T.CBRACE);
    }
    const next = c.kindAt(i + 1);
    if (next === T.OQUOTE || next === T.OBRACE || next === T.IDENT) {
      if (!c.recovery) {
        c.error(
          t.start[i],
          t.end[i + 1],
          `Argument definition required: A single-line block definition can contain only a single argument. If you meant to define argument "${c.textOf(i)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
        );
      }
      c.recovery = true;
    }
    items.push(parseItem(c, true));
    const a = c.peek();
    const ak = t.kind[a];
    if (ak === T.CBRACE) {
      c.read();
      return a;
    }
    if (ak === T.COMMA) {
      if (!c.recovery) {
        c.errorAt(
          a,
          'Invalid single-argument block definition: Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
        );
      }
      c.recovery = true;
      c.read();
      continue;
    }
    if (ak === T.NEWLINE) {
      if (!c.recovery) {
        c.errorAt(
          a,
          "Invalid single-argument block definition: An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
        );
      }
      // Most likely the block is being turned into a multi-line one: read the rest as a normal body.
      return parseItems(c, open, items);
    }
    if (ak === T.EOF) {
      if (!c.recovery) c.errorAt(open, UNCLOSED_BLOCK);
      return -1;
    }
    if (!c.recovery) {
      c.errorAt(
        a,
        'Invalid single-argument block definition: A single-line block definition must end with a closing brace immediately after its single argument definition.',
      );
    }
    return c.recover(T.CBRACE);
  }
}

function parseQuotedLabel(c: Cursor): Label {
  const t = c.t;
  const open = c.read();
  const start = t.start[open];
  // The usual label is one undecorated literal: take it straight from the text.
  const lit = c.peek();
  if (t.kind[lit] === T.QUOTED_LIT && (t.flags[lit] & T.F_ESCAPE) === 0 && c.kindAt(lit + 1) === T.CQUOTE) {
    c.read();
    c.read();
    return { kind: 'Label', value: c.textOf(lit), quoted: true, start, end: t.end[lit + 1] };
  }
  const chunks: string[] = [];
  let end = -1;
  while (end < 0) {
    const i = c.peek();
    const k = t.kind[i];
    if (k === T.CQUOTE) {
      c.read();
      end = t.end[i];
    } else if (k === T.QUOTED_LIT) {
      c.read();
      chunks.push(literalValue(c, i));
    } else if (k === T.TEMPLATE_INTERP || k === T.TEMPLATE_CONTROL) {
      const which = k === T.TEMPLATE_INTERP ? '$' : '%';
      c.errorAt(
        i,
        `Invalid string literal: Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
      );
      chunks.push(which + '{ ... }');
      c.read();
      c.recover(T.TEMPLATE_SEQ_END);
    } else if (k === T.QUOTE_UNCLOSED) {
      c.read();
      end = t.start[i];
      const where = c.kindAt(i + 1) === T.EOF ? 'file' : 'line';
      c.error(start, end, `Unterminated string literal: Unable to find the closing quote mark before the end of the ${where}.`);
    } else {
      end = Math.max(start, c.lastEnd);
    }
  }
  return { kind: 'Label', value: chunks.join(''), quoted: true, start, end };
}
