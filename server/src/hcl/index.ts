// Entry point of the HCL parser: `parse` turns a document into a syntax tree plus syntax errors, and never throws.

import type { Expression, ParseResult, SyntaxError } from './ast';
import { parseFile } from './body';
import { parseExpression } from './expressions';
import { Cursor } from './cursor';
import { releaseTokenList } from './tokens';
import { mergeErrors } from './errors';

export * from './ast';
export { forEachChild, pathAt, walk, type Node } from './walk';
export { MAX_DEPTH } from './cursor';
export { changedRegion, reparse, settle, type ChangedRegion } from './incremental';

export function parse(text: string): ParseResult {
  const source = typeof text === 'string' ? text : '';
  try {
    const c = new Cursor(source);
    const body = parseFile(c);
    const errors = mergeErrors(c.errors, c.lx.errors);
    releaseTokenList(c.t); // the tree holds no reference to tokens
    return { body, errors };
  } catch (e) {
    // Last line of defence for the language server; the property tests assert this never happens.
    return {
      body: { kind: 'Body', items: [], start: 0, end: source.length },
      errors: [{ start: 0, end: 0, message: `Internal parser error: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

/** A document that is one expression (a `.tfvars.json` file: JSON is HCL expression syntax, `:` included). */
export function parseExpressionDocument(text: string): { expression: Expression; errors: SyntaxError[] } {
  const source = typeof text === 'string' ? text : '';
  try {
    const c = new Cursor(source);
    c.nl = false; // newlines around the value are layout, as inside brackets
    const expression = parseExpression(c);
    const errors = mergeErrors(c.errors, c.lx.errors);
    releaseTokenList(c.t);
    return { expression, errors };
  } catch (e) {
    return {
      expression: { kind: 'Invalid', start: 0, end: source.length },
      errors: [{ start: 0, end: 0, message: `Internal parser error: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}
