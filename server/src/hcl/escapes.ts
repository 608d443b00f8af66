// Decoding of literal template text. Quoted strings take backslash escapes; both quoted strings and heredocs take
// `$${` and `%%{` (which the lexer always hands over as a token of their own, possibly followed by a newline).

import { isHexDigit } from './chars';
import { detached, sliceOf } from './detached';

export type Report = (start: number, end: number, message: string) => void;

/** Decodes `text[start, end)` from a quoted string, reporting malformed escapes as HCL does. */
export function decodeQuoted(text: string, start: number, end: number, report: Report): string {
  const out: string[] = [];
  let chunk = start;
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    if (i > chunk) out.push(text.slice(chunk, i));
    if (i + 1 >= end) {
      // A backslash before a newline; the lexer has already reported it.
      out.push('\\');
      chunk = i = i + 1;
      continue;
    }
    const s = text.charCodeAt(i + 1);
    switch (s) {
      case 110:
        out.push('\n');
        i += 2;
        break;
      case 114:
        out.push('\r');
        i += 2;
        break;
      case 116:
        out.push('\t');
        i += 2;
        break;
      case 34:
        out.push('"');
        i += 2;
        break;
      case 92:
        out.push('\\');
        i += 2;
        break;
      case 117: // u
      case 85: {
        // U
        const want = s === 117 ? 4 : 8;
        let j = i + 2;
        while (j < end && j < i + 2 + want && isHexDigit(text.charCodeAt(j))) j++;
        const raw = text.slice(i, j);
        if (j - (i + 2) !== want) {
          const digits = want === 4 ? 'four' : 'eight';
          report(i, j, `Invalid escape sequence: The \\${String.fromCharCode(s)} escape sequence must be followed by ${digits} hexadecimal digits.`);
          out.push(raw);
        } else {
          const cp = parseInt(raw.slice(2), 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            report(i, j, `Invalid escape sequence: Cannot encode character U+${cp.toString(16).padStart(4, '0')} in UTF-8.`);
            out.push(raw);
          } else {
            out.push(String.fromCodePoint(cp));
          }
        }
        i = j;
        break;
      }
      default: {
        const cp = text.codePointAt(i + 1) as number;
        const symbol = String.fromCodePoint(cp);
        report(i, i + 1 + symbol.length, `Invalid escape sequence: The symbol "${symbol}" is not a valid escape sequence selector.`);
        out.push(symbol);
        i += 1 + symbol.length;
      }
    }
    chunk = i;
  }
  if (out.length === 0) return sliceOf(text, start, end);
  if (end > chunk) out.push(text.slice(chunk, end));
  return out.join('');
}

/** `$${` → `${`, `%%{` → `%{`; the token may carry a trailing newline. */
export function decodeTemplateEscape(text: string, start: number, end: number): string {
  return detached(text[start] + text.slice(start + 2, end));
}
