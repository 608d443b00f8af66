import type { ParseResult } from '../../hcl/ast';
import { codeInfo, Codes } from '../diagnosticCodes';
import type { FindingList } from './findingList';

export function syntaxFindings(syntax: ParseResult, out: FindingList): void {
  const { severity, docs } = codeInfo(Codes.syntax);
  for (const e of syntax.errors) {
    out.addLazy(e, severity, () => ({ span: { start: e.start, end: e.end }, code: Codes.syntax, severity, message: e.message, docs }));
  }
}
