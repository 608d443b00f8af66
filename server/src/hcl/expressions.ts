// HCL expressions, following hclsyntax's parser (same precedence, same error summaries and positions) so that the
// first error in a file is the one Terraform reports. Binary operators use precedence climbing, which builds HCL's
// left-associative trees with less recursion; all other nesting is bounded by MAX_DEPTH.

import type {
  BinaryExpr,
  Expression,
  ForExpr,
  FunctionCallExpr,
  ObjectItem,
  TraversalStep,
} from './ast';
import type { Cursor } from './cursor';
import { parseTemplate } from './templates';
import * as tokens from './tokens';

// A plain copy: imports transpiled to CommonJS (tests, tsx) go through a getter on every access, too slow per token.
const T = { ...tokens };

const PRECEDENCE = new Uint8Array(64);
const OPERATOR: Array<BinaryExpr['operator'] | undefined> = [];
function op(kind: number, prec: number, text: BinaryExpr['operator']): void {
  PRECEDENCE[kind] = prec;
  OPERATOR[kind] = text;
}
op(T.OR, 1, '||');
op(T.AND, 2, '&&');
op(T.EQUAL_OP, 3, '==');
op(T.NOT_EQUAL, 3, '!=');
op(T.LT, 4, '<');
op(T.LE, 4, '<=');
op(T.GT, 4, '>');
op(T.GE, 4, '>=');
op(T.PLUS, 5, '+');
op(T.MINUS, 5, '-');
op(T.STAR, 6, '*');
op(T.SLASH, 6, '/');
op(T.PERCENT, 6, '%');

const CLOSER_OF = new Uint8Array(64);
CLOSER_OF[T.OBRACE] = T.CBRACE;
CLOSER_OF[T.OBRACK] = T.CBRACK;
CLOSER_OF[T.OPAREN] = T.CPAREN;
CLOSER_OF[T.OQUOTE] = T.CQUOTE;
CLOSER_OF[T.OHEREDOC] = T.CHEREDOC;
CLOSER_OF[T.TEMPLATE_INTERP] = T.TEMPLATE_SEQ_END;
CLOSER_OF[T.TEMPLATE_CONTROL] = T.TEMPLATE_SEQ_END;

export function parseExpression(c: Cursor): Expression {
  if (c.depth >= c.maxDepth) return tooDeep(c);
  c.depth++;
  const e = parseTernary(c);
  c.depth--;
  return e;
}

/** Reports over-deep nesting once and skips the nested construct without recursing into it. */
function tooDeep(c: Cursor): Expression {
  const i = c.peek();
  const start = c.t.start[i];
  if (!c.recovery) c.errorAt(i, `Nesting too deep: nesting deeper than ${c.maxDepth} levels is not supported.`);
  c.recovery = true;
  const closer = CLOSER_OF[c.t.kind[i]];
  if (closer !== 0) {
    c.read();
    c.recover(closer);
  }
  return { kind: 'Invalid', start, end: Math.max(start, c.lastEnd) };
}

function parseTernary(c: Cursor): Expression {
  const e0 = c.errorCount;
  const condition = parseBinary(c, 1);
  if (c.recovery && c.errorCount > e0) return condition;
  if (c.peekKind() !== T.QUESTION) return condition;
  c.read();
  const e1 = c.errorCount;
  const trueResult = parseExpression(c);
  let falseResult: Expression;
  if (c.recovery && c.errorCount > e1) {
    falseResult = c.invalidAt(Math.max(c.lastEnd, trueResult.end));
  } else {
    const colon = c.peek();
    if (c.t.kind[colon] !== T.COLON) {
      c.errorAt(
        colon,
        'Missing false expression in conditional: The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
      );
      c.recovery = true;
      falseResult = c.invalidAt(Math.max(c.gapOffset(colon), trueResult.end));
    } else {
      c.read();
      falseResult = parseExpression(c);
    }
  }
  return {
    kind: 'Conditional',
    condition,
    trueResult,
    falseResult,
    start: condition.start,
    end: Math.max(c.lastEnd, trueResult.end, falseResult.end),
  };
}

function parseBinary(c: Cursor, minPrec: number): Expression {
  const e0 = c.errorCount;
  let left = parseWithTraversals(c);
  if (c.recovery && c.errorCount > e0) return left;
  for (;;) {
    const k = c.peekKind();
    const prec = PRECEDENCE[k];
    if (prec === 0 || prec < minPrec) return left;
    c.read();
    const e1 = c.errorCount;
    const right = parseBinary(c, prec + 1);
    left = {
      kind: 'Binary',
      operator: OPERATOR[k] as BinaryExpr['operator'],
      left,
      right,
      start: left.start,
      end: Math.max(c.lastEnd, right.end),
    };
    if (c.recovery && c.errorCount > e1) return left;
  }
}

function parseWithTraversals(c: Cursor): Expression {
  return parseTraversals(c, parseTerm(c));
}

function parseTerm(c: Cursor): Expression {
  const i = c.peek();
  const t = c.t;
  switch (t.kind[i]) {
    case T.OPAREN:
      return parseParen(c);
    case T.NUMBER: {
      c.read();
      return numberLiteral(c, i);
    }
    case T.IDENT: {
      if (c.isSyncToken(i, !c.nl)) break;
      c.read();
      const next = c.peekKind();
      if (next === T.OPAREN || next === T.DOUBLE_COLON) return parseCall(c, i);
      const start = t.start[i];
      const end = t.end[i];
      if (c.isWord(i, 'true')) return { kind: 'Literal', value: true, raw: 'true', start, end };
      if (c.isWord(i, 'false')) return { kind: 'Literal', value: false, raw: 'false', start, end };
      if (c.isWord(i, 'null')) return { kind: 'Literal', value: null, raw: 'null', start, end };
      return { kind: 'Variable', name: c.textOf(i), start, end };
    }
    case T.OQUOTE:
    case T.OHEREDOC:
      return parseTemplate(c);
    case T.MINUS:
    case T.BANG: {
      if (c.depth >= c.maxDepth) return tooDeep(c);
      c.read();
      c.depth++;
      const operand = parseWithTraversals(c);
      c.depth--;
      return {
        kind: 'Unary',
        operator: t.kind[i] === T.MINUS ? '-' : '!',
        operand,
        start: t.start[i],
        end: Math.max(c.lastEnd, operand.end),
      };
    }
    case T.OBRACK:
      return parseTuple(c);
    case T.OBRACE:
      return parseObject(c);
  }
  return missingExpression(c, i);
}

function missingExpression(c: Cursor, i: number): Expression {
  if (!c.recovery) {
    switch (c.t.kind[i]) {
      case T.EOF:
        c.errorAt(i, 'Missing expression: Expected the start of an expression, but found the end of the file.');
        break;
      case T.NEWLINE:
        c.errorAt(i, 'Missing expression: Expected the start of an expression, but found the end of the line.');
        break;
      case T.IDENT:
        c.errorAt(
          i,
          'Missing expression: Expected the start of an expression, but found the start of a new argument or block definition. Check for a missing closing bracket.',
        );
        break;
      default:
        c.errorAt(i, 'Invalid expression: Expected the start of an expression, but found an invalid expression token.');
    }
  }
  c.recovery = true;
  return c.invalidAt(c.gapOffset(i));
}

function numberLiteral(c: Cursor, i: number): Expression {
  const raw = c.textOf(i);
  const value = Number(raw);
  const start = c.t.start[i];
  const end = c.t.end[i];
  if (value !== value) {
    c.errorAt(i, 'Invalid number literal: Failed to recognize the value of this number literal.');
    return { kind: 'Invalid', start, end };
  }
  return { kind: 'Literal', value, raw, start, end };
}

function parseParen(c: Cursor): Expression {
  const open = c.read();
  const saved = c.nl;
  c.nl = false;
  const e0 = c.errorCount;
  const expression = parseExpression(c);
  if (c.errorCount > e0) {
    c.recover(T.CPAREN);
  } else {
    const close = c.peek();
    if (c.t.kind[close] === T.CPAREN) {
      c.read();
    } else {
      c.errorAt(close, 'Unbalanced parentheses: Expected a closing parenthesis to terminate the expression.');
      c.recover(T.CPAREN);
    }
  }
  c.nl = saved;
  return { kind: 'Paren', expression, start: c.t.start[open], end: Math.max(c.lastEnd, expression.end) };
}

function parseCall(c: Cursor, nameTok: number): Expression {
  const t = c.t;
  const start = t.start[nameTok];
  let name = c.textOf(nameTok);
  let nameEnd = t.end[nameTok];
  while (c.peekKind() === T.DOUBLE_COLON) {
    c.read();
    const part = c.peek();
    if (t.kind[part] !== T.IDENT) {
      c.errorAt(part, 'Missing function name: Function scope resolution symbol :: must be followed by a function name in this scope.');
      c.recovery = true;
      return { kind: 'Invalid', start, end: c.lastEnd };
    }
    c.read();
    name += '::' + c.textOf(part);
    nameEnd = t.end[part];
  }
  const open = c.peek();
  if (t.kind[open] !== T.OPAREN) {
    c.errorAt(open, 'Missing open parenthesis: Function selector must be followed by an open parenthesis to begin the function call.');
    c.recovery = true;
    return { kind: 'Invalid', start, end: c.lastEnd };
  }
  c.read();
  const saved = c.nl;
  c.nl = false;
  const args: Expression[] = [];
  let expandFinal = false;
  for (;;) {
    if (c.peekKind() === T.CPAREN) {
      c.read();
      break;
    }
    const e0 = c.errorCount;
    const arg = parseExpression(c);
    args.push(arg);
    if (c.recovery && c.errorCount > e0) {
      c.recover(T.CPAREN);
      break;
    }
    const sep = c.peek();
    const k = t.kind[sep];
    if (k === T.CPAREN) {
      c.read();
      break;
    }
    if (k === T.ELLIPSIS) {
      c.read();
      expandFinal = true;
      if (c.peekKind() === T.CPAREN) {
        c.read();
      } else {
        if (!c.recovery) {
          c.errorAt(sep, 'Missing closing parenthesis: An expanded function argument (with ...) must be immediately followed by closing parentheses.');
        }
        c.recover(T.CPAREN);
      }
      break;
    }
    if (k !== T.COMMA) {
      if (k === T.EOF) {
        c.error(
          start,
          t.end[open],
          'Unterminated function call: There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
        );
      } else {
        c.errorAt(sep, 'Missing argument separator: A comma is required to separate each function argument from the next.');
      }
      c.recover(T.CPAREN);
      break;
    }
    c.read();
  }
  c.nl = saved;
  const last = args.length === 0 ? 0 : args[args.length - 1].end;
  const call: FunctionCallExpr = {
    kind: 'FunctionCall',
    name: { kind: 'Identifier', name, start, end: nameEnd },
    args,
    expandFinal,
    start,
    end: Math.max(c.lastEnd, last),
  };
  return call;
}

function parseTuple(c: Cursor): Expression {
  const t = c.t;
  const open = c.read();
  const saved = c.nl;
  c.nl = false;
  if (c.isWord(c.peek(), 'for')) {
    const f = parseFor(c, open, false);
    c.nl = saved;
    return f;
  }
  const items: Expression[] = [];
  for (;;) {
    if (c.peekKind() === T.CBRACK) {
      c.read();
      break;
    }
    const e0 = c.errorCount;
    const item = parseExpression(c);
    items.push(item);
    if (c.recovery && c.errorCount > e0) {
      c.recover(T.CBRACK);
      break;
    }
    const sep = c.peek();
    const k = t.kind[sep];
    if (k === T.CBRACK) {
      c.read();
      break;
    }
    if (k !== T.COMMA) {
      if (!c.recovery) {
        if (k === T.EOF) {
          c.errorAt(
            open,
            'Unterminated tuple constructor expression: There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
          );
        } else {
          c.errorAt(sep, 'Missing item separator: Expected a comma to mark the beginning of the next item.');
        }
      }
      c.recover(T.CBRACK);
      break;
    }
    c.read();
  }
  c.nl = saved;
  const last = items.length === 0 ? 0 : items[items.length - 1].end;
  return { kind: 'Tuple', items, start: t.start[open], end: Math.max(c.lastEnd, last) };
}

function parseObject(c: Cursor): Expression {
  const t = c.t;
  const open = c.read();
  const saved = c.nl;
  c.nl = false;
  if (c.isWord(c.peek(), 'for')) {
    const f = parseFor(c, open, true);
    c.nl = saved;
    return f;
  }
  // Object constructors are newline-sensitive: a newline separates attributes like a comma does.
  c.nl = true;
  const items: ObjectItem[] = [];
  for (;;) {
    const next = c.peek();
    const nk = t.kind[next];
    if (nk === T.NEWLINE) {
      c.read();
      continue;
    }
    if (nk === T.CBRACE) {
      c.read();
      break;
    }
    if (c.isSyncToken(next, false)) {
      // `name {` or `name "label"` cannot be an object attribute: the object was never closed.
      if (!c.recovery) {
        c.errorAt(
          next,
          'Unterminated object constructor expression: There is no closing brace for this object before this block definition. Check for a missing "}".',
        );
      }
      c.recovery = true;
      break;
    }
    const e0 = c.errorCount;
    const key = parseExpression(c);
    if (c.recovery && c.errorCount > e0) {
      c.recover(T.CBRACE);
      break;
    }
    const sep = c.peek();
    const k = t.kind[sep];
    if (k !== T.EQUAL && k !== T.COLON) {
      if (!c.recovery) objectSeparatorError(c, open, sep, k);
      if (k === T.NEWLINE || k === T.COMMA) {
        // Keep the key (the user is probably still typing it) and carry on with the next line.
        const value = c.invalidAt(Math.max(c.gapOffset(sep), key.end));
        items.push({ key, value, start: key.start, end: value.end });
        c.recovery = true;
        c.read();
        continue;
      }
      c.recover(T.CBRACE);
      break;
    }
    c.read();
    const e1 = c.errorCount;
    const value = parseExpression(c);
    items.push({ key, value, start: key.start, end: Math.max(c.lastEnd, value.end) });
    if (c.recovery && c.errorCount > e1) {
      c.recover(T.CBRACE);
      break;
    }
    const after = c.peek();
    const ak = t.kind[after];
    if (ak === T.CBRACE) {
      c.read();
      break;
    }
    if (ak !== T.COMMA && ak !== T.NEWLINE) {
      if (!c.recovery) {
        if (ak === T.EOF) {
          c.errorAt(open, UNTERMINATED_OBJECT);
        } else {
          c.errorAt(after, 'Missing attribute separator: Expected a newline or comma to mark the beginning of the next attribute.');
        }
      }
      c.recover(T.CBRACE);
      break;
    }
    c.read();
  }
  c.nl = saved;
  const last = items.length === 0 ? 0 : items[items.length - 1].end;
  return { kind: 'Object', items, start: t.start[open], end: Math.max(c.lastEnd, last) };
}

const UNTERMINATED_OBJECT =
  'Unterminated object constructor expression: There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

function objectSeparatorError(c: Cursor, open: number, sep: number, k: number): void {
  switch (k) {
    case T.NEWLINE:
    case T.COMMA:
      c.errorAt(sep, 'Missing attribute value: Expected an attribute value, introduced by an equals sign ("=").');
      return;
    case T.IDENT:
      c.errorAt(
        sep,
        'Missing key/value separator: Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
      );
      return;
    case T.EOF:
      c.errorAt(open, UNTERMINATED_OBJECT);
      return;
    default:
      c.errorAt(sep, 'Missing key/value separator: Expected an equals sign ("=") to mark the beginning of the attribute value.');
  }
}

/** `[for …]` or `{for …}`; newlines are already insignificant. */
function parseFor(c: Cursor, open: number, object: boolean): Expression {
  const t = c.t;
  const start = t.start[open];
  const close = object ? T.CBRACE : T.CBRACK;
  c.read(); // `for`
  const fail = (at: number, detail: string): void => {
    if (!c.recovery) c.errorAt(at, `Invalid 'for' expression: ${detail}`);
    c.recover(close);
  };
  const invalidSpan = (): Expression => ({ kind: 'Invalid', start, end: Math.max(start, c.lastEnd) });

  let keyVar: string | undefined;
  let valueVar: string;
  let n = c.peek();
  if (t.kind[n] !== T.IDENT) {
    fail(n, "For expression requires variable name after 'for'.");
    return invalidSpan();
  }
  c.read();
  valueVar = c.textOf(n);
  if (c.peekKind() === T.COMMA) {
    c.read();
    keyVar = valueVar;
    n = c.peek();
    if (t.kind[n] !== T.IDENT) {
      fail(n, 'For expression requires value variable name after comma.');
      return invalidSpan();
    }
    c.read();
    valueVar = c.textOf(n);
  }

  // From here on a partial `for` is still returned, so an editor knows the names it declares.
  let collection: Expression | undefined;
  let keyExpr: Expression | undefined;
  let valueExpr: Expression | undefined;
  let condition: Expression | undefined;
  let grouping = false;
  const build = (): ForExpr => {
    let end = Math.max(start, c.lastEnd);
    const at = (): Expression => c.invalidAt(end);
    for (const e of [collection, keyExpr, valueExpr, condition]) if (e !== undefined && e.end > end) end = e.end;
    const node: ForExpr = {
      kind: 'For',
      valueVar,
      collection: collection ?? at(),
      valueExpr: valueExpr ?? at(),
      grouping,
      object,
      start,
      end,
    };
    if (keyVar !== undefined) node.keyVar = keyVar;
    if (keyExpr !== undefined) node.keyExpr = keyExpr;
    if (condition !== undefined) node.condition = condition;
    return node;
  };

  n = c.peek();
  if (!c.isWord(n, 'in')) {
    fail(n, "For expression requires the 'in' keyword after its name declarations.");
    return build();
  }
  c.read();
  const e0 = c.errorCount;
  collection = parseExpression(c);
  if (c.recovery && c.errorCount > e0) {
    c.recover(close);
    return build();
  }
  n = c.peek();
  if (t.kind[n] !== T.COLON) {
    fail(n, 'For expression requires a colon after the collection expression.');
    return build();
  }
  c.read();
  const e1 = c.errorCount;
  valueExpr = parseExpression(c);
  if (c.peekKind() === T.FAT_ARROW) {
    c.read();
    keyExpr = valueExpr;
    valueExpr = parseExpression(c);
  }
  if (c.recovery && c.errorCount > e1) {
    c.recover(close);
    return build();
  }
  let ellipsis = -1;
  if (c.peekKind() === T.ELLIPSIS) {
    ellipsis = c.read();
    grouping = true;
  }
  if (c.isWord(c.peek(), 'if')) {
    c.read();
    const e2 = c.errorCount;
    condition = parseExpression(c);
    if (c.recovery && c.errorCount > e2) {
      c.recover(close);
      return build();
    }
  }
  n = c.peek();
  if (t.kind[n] === close) c.read();
  else fail(n, "Extra characters after the end of the 'for' expression.");

  if (!object) {
    if (keyExpr !== undefined) c.error(keyExpr.start, keyExpr.end, "Invalid 'for' expression: Key expression is not valid when building a tuple.");
    if (grouping) c.errorAt(ellipsis, "Invalid 'for' expression: Grouping ellipsis (...) cannot be used when building a tuple.");
  } else if (keyExpr === undefined) {
    c.error(valueExpr.start, valueExpr.end, "Invalid 'for' expression: Key expression is required when building an object.");
  }
  return build();
}

/** `.attr`, `.0`, `.*`, `[key]` and `[*]` after a term. */
function parseTraversals(c: Cursor, from: Expression): Expression {
  const t = c.t;
  let base = from;
  // Most terms have no traversal at all: allocate the step list only once there is a step.
  let steps: TraversalStep[] = NO_STEPS;
  let splat = false;
  let splatEnd = 0;
  let attrSplat = false;
  for (;;) {
    const i = c.peek();
    const k = t.kind[i];
    if (k === T.DOT) {
      c.read();
      const a = c.peek();
      const ak = t.kind[a];
      const dotStart = t.start[i];
      if (ak === T.IDENT && !c.isSyncToken(a, !c.nl)) {
        c.read();
        (steps === NO_STEPS ? (steps = []) : steps).push({ kind: 'GetAttr', name: c.textOf(a), start: dotStart, end: t.end[a] });
        continue;
      }
      if (ak === T.NUMBER) {
        c.read();
        (steps === NO_STEPS ? (steps = []) : steps).push({ kind: 'Index', key: legacyIndexKey(c, a), start: dotStart, end: t.end[a] });
        continue;
      }
      if (ak === T.STAR && !attrSplat) {
        c.read();
        (steps === NO_STEPS ? (steps = []) : steps).push({ kind: 'AttrSplat', start: dotStart, end: t.end[a] });
        attrSplat = true;
        continue;
      }
      if (!c.recovery) {
        if (ak === T.STAR) {
          c.errorAt(a, 'Nested splat expression not allowed: A splat expression (*) cannot be used inside another attribute-only splat expression.');
        } else {
          c.errorAt(a, 'Invalid attribute name: An attribute name is required after a dot.');
        }
      }
      c.recovery = true;
      if (ak !== T.STAR) {
        // An empty step after the dot keeps `aws_sagemaker_endpoint.x.` visible to completion.
        (steps === NO_STEPS ? (steps = []) : steps).push({ kind: 'GetAttr', name: '', start: dotStart, end: t.end[i] });
      }
      break;
    }
    if (k === T.OBRACK) {
      c.read();
      attrSplat = false;
      if (c.peekKind() === T.STAR) {
        c.read();
        const saved = c.nl;
        c.nl = false;
        const close = c.peek();
        if (t.kind[close] === T.CBRACK) {
          c.read();
        } else {
          if (!c.recovery) {
            c.errorAt(close, 'Missing close bracket on splat index: The star for a full splat operator must be immediately followed by a closing bracket ("]").');
          }
          c.recover(T.CBRACK);
        }
        c.nl = saved;
        base = finish(base, steps, splat, splatEnd);
        steps = NO_STEPS;
        splat = true;
        splatEnd = c.lastEnd;
        continue;
      }
      const saved = c.nl;
      c.nl = false;
      const e0 = c.errorCount;
      const key = parseExpression(c);
      if (c.recovery && c.errorCount > e0) {
        c.recover(T.CBRACK);
      } else {
        const close = c.peek();
        if (t.kind[close] === T.CBRACK) {
          c.read();
        } else {
          if (!c.recovery) c.errorAt(close, 'Missing close bracket on index: The index operator must end with a closing bracket ("]").');
          c.recover(T.CBRACK);
        }
      }
      c.nl = saved;
      (steps === NO_STEPS ? (steps = []) : steps).push({ kind: 'Index', key, start: t.start[i], end: Math.max(c.lastEnd, key.end) });
      continue;
    }
    break;
  }
  return finish(base, steps, splat, splatEnd);
}

const NO_STEPS: TraversalStep[] = [];

function finish(base: Expression, stepList: TraversalStep[], splat: boolean, splatEnd: number): Expression {
  const steps = stepList === NO_STEPS ? [] : stepList;
  const last = steps.length === 0 ? base.end : steps[steps.length - 1].end;
  if (splat) return { kind: 'Splat', source: base, steps, start: base.start, end: Math.max(splatEnd, last) };
  if (steps.length === 0) return base;
  return { kind: 'Traversal', source: base, steps, start: base.start, end: last };
}

/** `foo.0`: HCL's legacy index. `foo.0.1` scans as the number 0.1, which HCL rejects. */
function legacyIndexKey(c: Cursor, i: number): Expression {
  const raw = c.textOf(i);
  if (raw.indexOf('.') >= 0) {
    const [first, second] = raw.split('.');
    c.errorAt(
      i,
      `Invalid legacy index syntax: When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [${first}][${second}].`,
    );
    return { kind: 'Invalid', start: c.t.start[i], end: c.t.end[i] };
  }
  return numberLiteral(c, i);
}
