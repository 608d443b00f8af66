import type { Span } from '../../hcl/ast';
import type { DiagnosticCode, Severity } from '../diagnosticCodes';
import type { SourceFile } from '../evaluation/value';
import type { Fix } from '../fixes/types';

export type { Fix, FixEdit } from '../fixes/types';

/** A problem found by analysis, in document offsets; turned into an LSP Diagnostic at the edge. */
export interface Finding {
  span: Span;
  code: DiagnosticCode;
  /** The code's default severity (diagnosticCodes.ts) unless the case is one of its documented exceptions. */
  severity: Severity;
  message: string;
  /** Where the user can read about the rule or argument. */
  docs: string;
  /** Edits that resolve the problem, offered as quick fixes. */
  fixes?: Fix[];
  /** Other places the finding is about (where a value it judges is written). */
  related?: { file: SourceFile; span: Span; message: string }[];
}
