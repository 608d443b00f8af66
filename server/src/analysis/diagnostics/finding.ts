import type { Span } from '../../hcl/ast';
import type { DiagnosticCode } from '../diagnosticCodes';

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

export interface FixEdit {
  span: Span;
  newText: string;
  /** `newText` is snippet syntax (tab stops); clients without snippet edits get its plain text. */
  snippet?: boolean;
}

export interface Fix {
  title: string;
  edits: FixEdit[];
  /** The one fix an editor may apply on its own (e.g. "did you mean"). */
  preferred?: boolean;
}

export const HCL_SYNTAX_DOCS = 'https://developer.hashicorp.com/terraform/language/syntax/configuration';
