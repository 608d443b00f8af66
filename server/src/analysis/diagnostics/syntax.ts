import type { ParseResult } from '../../hcl/ast';
import { Codes } from '../diagnosticCodes';
import { HCL_SYNTAX_DOCS, type Finding } from './finding';

export function syntaxFindings(syntax: ParseResult): Finding[] {
  return syntax.errors.map((e) => ({
    span: { start: e.start, end: e.end },
    code: Codes.syntax,
    severity: 'error',
    message: e.message,
    docs: HCL_SYNTAX_DOCS,
  }));
}
