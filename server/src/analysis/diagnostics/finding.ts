import type { Span } from '../../hcl/ast';
import type { DiagnosticCode } from '../diagnosticCodes';
import type { Fix } from '../fixes/types';

export type { Fix, FixEdit } from '../fixes/types';

/** A problem found by analysis, in document offsets; turned into an LSP Diagnostic at the edge. */
export interface Finding {
  span: Span;
  code: DiagnosticCode;
  severity: 'error' | 'warning' | 'information';
  message: string;
  /** Where the user can read about the rule or argument. */
  docs: string;
  deprecated?: boolean;
  /** Edits that resolve the problem, offered as quick fixes. */
  fixes?: Fix[];
}

export const HCL_SYNTAX_DOCS = 'https://developer.hashicorp.com/terraform/language/syntax/configuration';
