import type { ParseResult } from '../../hcl/ast';
import { Codes } from '../diagnosticCodes';
import { HCL_SYNTAX_DOCS } from './finding';
import type { FindingList } from './findingList';

export function syntaxFindings(syntax: ParseResult, out: FindingList): void {
  for (const e of syntax.errors) {
    out.addLazy(e, 'error', () => ({ span: { start: e.start, end: e.end }, code: Codes.syntax, severity: 'error', message: e.message, docs: HCL_SYNTAX_DOCS }));
  }
}
