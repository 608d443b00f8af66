import type { SyntaxError } from './ast';

/**
 * The syntax errors of a parse in document order. Lexer errors first, so that at equal offsets they precede what the
 * parser made of the bad token; the sort is stable, so a parse of part of a document sorts its errors as the whole
 * document's parse does.
 */
export function mergeErrors(parser: SyntaxError[], lexer: SyntaxError[]): SyntaxError[] {
  const all = lexer.length === 0 ? parser : lexer.concat(parser);
  all.sort((a, b) => a.start - b.start);
  return all;
}
