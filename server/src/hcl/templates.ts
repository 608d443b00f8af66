// Quoted strings and heredocs, after hclsyntax's parser_template.go: literal pieces, `${ }` interpolations and
// `%{ }` directives, with `~` whitespace stripping, `<<-` indentation removal, and the if/for nesting checks.
// The tree stays flat (directives are markers in `parts`, not nested nodes), as the AST contract asks.

import type { TemplateDirective, TemplateExpr, TemplateLiteral, TemplatePart } from './ast';
import { isUnicodeSpace } from './chars';
import { sliceOf } from './detached';
import type { Cursor } from './cursor';
import { decodeQuoted, decodeTemplateEscape } from './escapes';
import { parseExpression } from './expressions';
import * as tokens from './tokens';

// A plain copy: imports transpiled to CommonJS (tests, tsx) go through a getter on every access, too slow per token.
const T = { ...tokens };

const UNTERMINATED = 'Unterminated template string: No closing marker was found for the string.';
const DIRECTIVES = ['if', 'for', 'else', 'endif', 'endfor'];

export function parseTemplate(c: Cursor): TemplateExpr {
  const t = c.t;
  const text = c.text;
  const open = c.read();
  const start = t.start[open];
  const heredoc = t.kind[open] === T.OHEREDOC;
  const endKind = heredoc ? T.CHEREDOC : T.CQUOTE;
  const parts: TemplatePart[] = [];
  let directives: TemplateDirective[] | null = null;
  let terminated = false;
  let closeStart = -1;
  let end = -1;
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  // HCL reports an unclosed interpolation at the template's first token.
  const first = c.peek();

  for (;;) {
    const i = c.peek();
    const k = t.kind[i];
    if (k === endKind) {
      c.read();
      terminated = true;
      closeStart = t.start[i];
      end = t.end[i];
      break;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;

    if (k === T.QUOTED_LIT || k === T.STRING_LIT) {
      c.read();
      let value = literalValue(c, i);
      if (ltrim) value = trimLeft(value);
      parts.push({ kind: 'TemplateLiteral', value, start: t.start[i], end: t.end[i] });
      nextCanTrimPrev = true;
      continue;
    }
    if (k === T.TEMPLATE_INTERP || k === T.TEMPLATE_CONTROL) {
      if (canTrimPrev && (t.flags[i] & T.F_STRIP) !== 0) trimPrevious(parts);
      c.read();
      const saved = c.nl;
      c.nl = false;
      if (k === T.TEMPLATE_INTERP) {
        const expression = parseExpression(c);
        const closed = closeInterpolation(c, first, !heredoc);
        parts.push({ kind: 'TemplateInterpolation', expression, start: t.start[i], end: Math.max(c.lastEnd, expression.end) });
        ltrimNext = closed === 2;
      } else {
        const d = parseDirective(c, i);
        if (d !== null) {
          parts.push(d.directive);
          (directives ??= []).push(d.directive);
          ltrimNext = d.strip;
        }
      }
      c.nl = saved;
      continue;
    }
    if (k === T.QUOTE_UNCLOSED) {
      c.read();
      closeStart = end = t.start[i];
      if (!c.recovery) {
        // Reported from the opening quote when that is on the same line, so the whole broken string is marked.
        const from = sameLine(c, open, i) ? start : end;
        c.error(from, end, 'Unterminated template string: Quoted strings may not be split over multiple lines. Add the closing quote, or use the \\n escape or a "heredoc" for a multi-line string.');
      }
      break;
    }
    // End of input, or a token that cannot be in a template (left behind by error recovery).
    if (!c.recovery) {
      if (heredoc && k === T.EOF) c.errorAt(i, unterminatedHeredoc(c, open));
      else c.errorAt(i, UNTERMINATED);
    }
    c.recover(endKind);
    if (heredoc && k === T.EOF) end = text.length;
    closeStart = Math.max(c.lastEnd, start);
    break;
  }
  if (end < 0) end = Math.max(c.lastEnd, start);

  if (directives !== null) checkDirectiveNesting(c, directives, closeStart, terminated ? end : closeStart);
  if (heredoc && (t.flags[open] & T.F_FLUSH) !== 0) flushIndentation(parts);
  const melded = meldLiterals(parts);
  // A template cut off inside a sequence ends where its last part does.
  if (melded.length !== 0 && melded[melded.length - 1].end > end) end = melded[melded.length - 1].end;
  if (melded.length === 0) {
    const at = t.end[open];
    melded.push({ kind: 'TemplateLiteral', value: '', start: at, end: at });
  }
  const node: TemplateExpr = { kind: 'Template', parts: melded, terminated, start, end };
  if (heredoc) {
    const markerStart = start + ((t.flags[open] & T.F_FLUSH) !== 0 ? 3 : 2);
    node.heredoc = { marker: sliceOf(text, markerStart, t.end[open]), indented: (t.flags[open] & T.F_FLUSH) !== 0 };
  }
  return node;
}

/** Decoded text of a QUOTED_LIT or STRING_LIT token. */
export function literalValue(c: Cursor, i: number): string {
  const t = c.t;
  const s = t.start[i];
  const e = t.end[i];
  if ((t.flags[i] & T.F_ESCAPE) === 0) return sliceOf(c.text, s, e);
  const first = c.text.charCodeAt(s);
  if (first === 36 || first === 37) return decodeTemplateEscape(c.text, s, e);
  return decodeQuoted(c.text, s, e, (a, b, m) => c.error(a, b, m));
}

/**
 * Consumes the `}` of an interpolation in the template whose first token is `first`. Returns 0 when it is missing,
 * 1 when found, 2 when found as `~}`.
 */
function closeInterpolation(c: Cursor, first: number, quoted: boolean): number {
  const t = c.t;
  const close = c.peek();
  const k = t.kind[close];
  const outer = quoted && c.closesEnclosingBlock(close);
  if (k === T.TEMPLATE_SEQ_END && !outer) {
    c.read();
    return (t.flags[close] & T.F_STRIP) !== 0 ? 2 : 1;
  }
  if (!c.recovery) {
    if (outer) {
      c.errorAt(
        close,
        'Unclosed template interpolation sequence: There is no closing brace for the interpolation sequence of the quoted string above; this "}" is taken to close the enclosing block.',
      );
    } else if (k === T.EOF) {
      c.errorAt(
        first,
        'Unclosed template interpolation sequence: There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
      );
    } else if (quoted && c.isSyncToken(close, true)) {
      // HCL lets `${` run on over lines; the next argument or block is where that is certainly wrong.
      c.errorAt(
        close,
        'Unclosed template interpolation sequence: There is no closing brace for the interpolation sequence of the quoted string on the lines above. Add the missing "}" and closing quote.',
      );
    } else if (k === T.COLON) {
      c.errorAt(
        close,
        'Extra characters after interpolation expression: Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      );
    } else if (quoted && (k === T.CQUOTE || k === T.OQUOTE || k === T.QUOTE_UNCLOSED || k === T.TEMPLATE_SEQ_END)) {
      c.errorAt(
        first,
        'Unclosed template interpolation sequence: There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
      );
    } else {
      c.errorAt(
        close,
        'Extra characters after interpolation expression: Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
      );
    }
  }
  if (outer) c.recovery = true;
  else c.recover(T.TEMPLATE_SEQ_END);
  return 0;
}

interface ParsedDirective {
  directive: TemplateDirective;
  strip: boolean;
}

/** The inside of `%{ … }`, after the opener. Null when it is too broken to name (the error is recorded). */
function parseDirective(c: Cursor, open: number): ParsedDirective | null {
  const t = c.t;
  const kw = c.peek();
  if (t.kind[kw] !== T.IDENT) {
    if (!c.recovery) {
      c.errorAt(kw, 'Invalid template directive: A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.');
    }
    c.recover(T.TEMPLATE_SEQ_END);
    return null;
  }
  c.read();
  const keyword = c.textOf(kw);
  const directive: TemplateDirective = { kind: 'TemplateDirective', keyword, start: t.start[open], end: t.end[kw] };
  const bad = (at: number, detail: string): null => {
    if (!c.recovery) c.errorAt(at, `Invalid 'for' directive: ${detail}`);
    c.recover(T.TEMPLATE_SEQ_END);
    return null;
  };
  switch (keyword) {
    case 'if':
      directive.expression = parseExpression(c);
      break;
    case 'for': {
      let n = c.peek();
      if (t.kind[n] !== T.IDENT) return bad(n, "For directive requires variable name after 'for'.");
      c.read();
      directive.valueVar = c.textOf(n);
      if (c.peekKind() === T.COMMA) {
        c.read();
        directive.keyVar = directive.valueVar;
        n = c.peek();
        if (t.kind[n] !== T.IDENT) return bad(n, 'For directive requires value variable name after comma.');
        c.read();
        directive.valueVar = c.textOf(n);
      }
      n = c.peek();
      if (!c.isWord(n, 'in')) return bad(n, "For directive requires 'in' keyword after names.");
      c.read();
      directive.expression = parseExpression(c);
      break;
    }
    case 'else':
    case 'endif':
    case 'endfor':
      break;
    default: {
      if (!c.recovery) {
        const suggestion = suggest(keyword);
        c.errorAt(
          kw,
          `Invalid template control keyword: "${keyword}" is not a valid template control keyword.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        );
      }
      c.recover(T.TEMPLATE_SEQ_END);
      return null;
    }
  }
  let strip = false;
  const close = c.peek();
  if (t.kind[close] === T.TEMPLATE_SEQ_END) {
    c.read();
    strip = (t.flags[close] & T.F_STRIP) !== 0;
  } else {
    if (!c.recovery) c.errorAt(close, `Extra characters in ${keyword} marker: Expected a closing brace to end the sequence, but found extra characters.`);
    c.recover(T.TEMPLATE_SEQ_END);
  }
  directive.end = Math.max(c.lastEnd, directive.expression ? directive.expression.end : 0);
  return { directive, strip };
}

/** Pairs if/else/endif and for/endfor the way HCL's template parser does, reporting what does not pair. */
function checkDirectiveNesting(c: Cursor, directives: TemplateDirective[], endStart: number, endEnd: number): void {
  const stack: TemplateDirective[] = [];
  const inElse: boolean[] = [];
  const unexpected = (d: TemplateDirective, detail: string): void => {
    c.error(d.start, d.end, `Unexpected ${d.keyword} directive: ${detail}`);
  };
  for (const d of directives) {
    const top = stack.length === 0 ? undefined : stack[stack.length - 1];
    switch (d.keyword) {
      case 'if':
      case 'for':
        stack.push(d);
        inElse.push(false);
        break;
      case 'else':
        if (top === undefined) {
          unexpected(d, 'The control directives within this template are unbalanced.');
        } else if (top.keyword === 'for') {
          unexpected(d, 'An else clause is not expected for a for directive.');
          stack.pop();
          inElse.pop();
        } else if (inElse[inElse.length - 1]) {
          unexpected(d, 'Already in the else clause for this if directive.');
          stack.pop();
          inElse.pop();
        } else {
          inElse[inElse.length - 1] = true;
        }
        break;
      case 'endif':
      case 'endfor': {
        const opener = d.keyword === 'endif' ? 'if' : 'for';
        if (top === undefined) {
          unexpected(d, 'The control directives within this template are unbalanced.');
          break;
        }
        if (top.keyword !== opener) {
          unexpected(d, top.keyword === 'if' ? 'Expecting an endif directive for the open if directive.' : 'Expecting an endfor directive for the open for directive.');
        }
        stack.pop();
        inElse.pop();
        break;
      }
    }
  }
  for (let j = stack.length - 1; j >= 0; j--) {
    const kw = stack[j].keyword;
    c.error(endStart, endEnd, `Unexpected end of template: The ${kw} directive is missing its corresponding end${kw} directive.`);
  }
}

/** `<<-`: removes the smallest indentation of the lines from all of them, as HCL decides it (on the literal text). */
function flushIndentation(parts: TemplatePart[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: TemplateLiteral[] = [];
  for (const p of parts) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (p.kind === 'TemplateLiteral') {
        const v = p.value;
        let n = 0;
        while (n < v.length && isUnicodeSpace(v.charCodeAt(n))) n++;
        if (n === v.length && v.endsWith('\n')) {
          spaces = Number.MAX_SAFE_INTEGER; // a blank line does not count
        } else {
          spaces = n;
          adjust.push(p);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (p.kind === 'TemplateLiteral' && p.value.endsWith('\n')) newline = true;
  }
  if (min === 0 || min === Number.MAX_SAFE_INTEGER) return;
  for (const lit of adjust) lit.value = lit.value.slice(min);
}

function meldLiterals(parts: TemplatePart[]): TemplatePart[] {
  if (parts.length < 2) return parts;
  const out: TemplatePart[] = [];
  let pending: string[] | null = null;
  for (const p of parts) {
    const prev = out.length === 0 ? undefined : out[out.length - 1];
    if (p.kind === 'TemplateLiteral' && prev !== undefined && prev.kind === 'TemplateLiteral') {
      if (pending === null) pending = [prev.value];
      pending.push(p.value);
      prev.end = p.end;
      continue;
    }
    if (pending !== null && prev !== undefined && prev.kind === 'TemplateLiteral') prev.value = pending.join('');
    pending = null;
    out.push(p);
  }
  const last = out[out.length - 1];
  if (pending !== null && last.kind === 'TemplateLiteral') last.value = pending.join('');
  return out;
}

function trimPrevious(parts: TemplatePart[]): void {
  const prev = parts[parts.length - 1];
  if (prev !== undefined && prev.kind === 'TemplateLiteral') prev.value = trimRight(prev.value);
}

function trimLeft(s: string): string {
  let i = 0;
  while (i < s.length && isUnicodeSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

function trimRight(s: string): string {
  let i = s.length;
  while (i > 0 && isUnicodeSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

function unterminatedHeredoc(c: Cursor, open: number): string {
  const t = c.t;
  const text = c.text;
  const marker = text.slice(t.start[open] + ((t.flags[open] & T.F_FLUSH) !== 0 ? 3 : 2), t.end[open]);
  const lastLine = text.slice(text.lastIndexOf('\n') + 1).trim();
  if (lastLine === marker) {
    return `Unterminated template string: The heredoc closing marker "${marker}" must be followed by a newline.`;
  }
  return `Unterminated template string: No closing marker "${marker}" was found for this heredoc before the end of the file.`;
}

function sameLine(c: Cursor, a: number, b: number): boolean {
  const t = c.t;
  return t.start[a] - t.col[a] === t.start[b] - t.col[b];
}

/** HCL's "Did you mean" for directive keywords: the closest known keyword within an edit distance of 2. */
function suggest(given: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const word of DIRECTIVES) {
    const d = editDistance(given, word);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

