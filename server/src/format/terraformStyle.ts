// What `terraform fmt` changes beyond whitespace (its formatBody, on top of hclwrite): an attribute value that is
// only `"${ … }"` loses the quotes and braces, block labels are quoted, and pre-0.12 `type = "string"` in a variable
// becomes `string`. Changes are found on the syntax tree and applied to the tokens.

import type { Attribute, Body } from '../hcl/ast';
import * as tokenKinds from '../hcl/tokens';
import type { FormatToken } from './formatTokens';

// A plain copy: under CommonJS (tests, tsx) a namespace import is a getter per access, too slow per token.
const T = { ...tokenKinds };

interface Replacement {
  /** Index of the first token replaced, and how many. */
  from: number;
  count: number;
  tokens: FormatToken[];
}

export function applyTerraformStyle(body: Body, tokens: FormatToken[]): FormatToken[] {
  const replacements: Replacement[] = [];
  const index = new TokenIndex(tokens);
  visitBody(body, [], index, replacements);
  if (replacements.length === 0) return tokens;
  replacements.sort((a, b) => a.from - b.from);
  const out: FormatToken[] = [];
  let next = 0;
  for (const r of replacements) {
    if (r.from < next) continue; // never overlaps in a well-formed tree; kept safe anyway
    for (let i = next; i < r.from; i++) out.push(tokens[i]);
    out.push(...r.tokens);
    next = r.from + r.count;
  }
  for (let i = next; i < tokens.length; i++) out.push(tokens[i]);
  return out;
}

/** Token positions by source offset (tokens are in offset order). */
class TokenIndex {
  constructor(readonly tokens: FormatToken[]) {}

  /** First token starting at or after `offset`. */
  at(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function visitBody(body: Body, blocks: string[], index: TokenIndex, out: Replacement[]): void {
  for (const item of body.items) {
    if (item.kind === 'Attribute') {
      const variableType = blocks.length === 1 && blocks[0] === 'variable' && item.name.name === 'type';
      attribute(item, variableType, index, out);
    } else if (item.kind === 'Block') {
      for (const label of item.labels) {
        // Every label is written anew from its value, as terraform's SetLabels does: quoted, escapes canonical.
        const from = index.at(label.start);
        const count = index.at(label.end) - from;
        const at = label.start;
        out.push({ from, count, tokens: [tok(T.OQUOTE, '"', at), tok(T.QUOTED_LIT, quote(label.value), at), tok(T.CQUOTE, '"', at)] });
      }
      visitBody(item.body, [...blocks, item.type.name], index, out);
    }
  }
}

const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;

/** hclwrite's string escaping: `\n \r \t \" \\`, doubled `$${` and `%%{`, `\uXXXX` for what is not printable. */
function quote(value: string): string {
  let out = '';
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if ((c === '$' || c === '%') && chars[i + 1] === '{') out += c + c;
    else if (PRINTABLE.test(c)) out += c;
    else {
      const code = c.codePointAt(0)!;
      out += code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
    }
  }
  return out;
}

function tok(kind: number, text: string, start: number): FormatToken {
  return { kind, text, start, spaces: 0 };
}

function attribute(node: Attribute, variableType: boolean, index: TokenIndex, out: Replacement[]): void {
  const from = index.at(node.value.start);
  const to = index.at(node.value.end);
  if (to <= from) return;
  const value = index.tokens.slice(from, to);
  const replaced = variableType ? typeExpression(value) : unwrapInterpolation(value);
  if (replaced !== value) out.push({ from, count: value.length, tokens: replaced });
}

/** `"${expr}"` → `expr` when the string is exactly one interpolation; parenthesised when it spans lines. */
function unwrapInterpolation(tokens: FormatToken[]): FormatToken[] {
  const n = tokens.length;
  if (n < 5) return tokens;
  if (tokens[0].kind !== T.OQUOTE || tokens[1].kind !== T.TEMPLATE_INTERP || tokens[n - 2].kind !== T.TEMPLATE_SEQ_END || tokens[n - 1].kind !== T.CQUOTE) {
    return tokens;
  }
  let inside = tokens.slice(2, n - 2);
  let quotes = 0;
  for (const t of inside) {
    if (t.kind === T.OQUOTE) quotes++;
    else if (t.kind === T.CQUOTE) quotes--;
    else if (quotes > 0) continue;
    else if (t.kind === T.TEMPLATE_INTERP || t.kind === T.TEMPLATE_SEQ_END || t.kind === T.QUOTED_LIT) return tokens;
  }
  let a = 0;
  let b = inside.length;
  while (a < b && inside[a].kind === T.NEWLINE) a++;
  while (b > a && inside[b - 1].kind === T.NEWLINE) b--;
  inside = inside.slice(a, b);
  if (inside.length === 0) return tokens;
  const multiLine = inside.some((t) => t.kind === T.NEWLINE);
  const parenthesised = inside[0].kind === T.OPAREN && inside[inside.length - 1].kind === T.CPAREN;
  if (multiLine && !parenthesised) {
    return [tok(T.OPAREN, '(', inside[0].start), ...inside, tok(T.CPAREN, ')', inside[inside.length - 1].start)];
  }
  return inside;
}

/** A variable's `type`: `list`/`map`/`set` alone mean `(any)`; legacy quoted `"string"`, `"list"`, `"map"` of strings. */
function typeExpression(tokens: FormatToken[]): FormatToken[] {
  const at = tokens[0].start;
  const collection = (name: string, element: string) => [tok(T.IDENT, name, at), tok(T.OPAREN, '(', at), tok(T.IDENT, element, at), tok(T.CPAREN, ')', at)];
  if (tokens.length === 1 && tokens[0].kind === T.IDENT && ['list', 'map', 'set'].includes(tokens[0].text)) {
    return collection(tokens[0].text, 'any');
  }
  if (tokens.length === 3 && tokens[0].kind === T.OQUOTE && tokens[1].kind === T.QUOTED_LIT && tokens[2].kind === T.CQUOTE) {
    const name = tokens[1].text;
    if (name === 'string') return [tok(T.IDENT, 'string', at)];
    if (name === 'list' || name === 'map') return collection(name, 'string');
  }
  return tokens;
}
