import type { Constraint } from '../../schema/types';
import type { DiagnosticCode, Severity } from '../diagnosticCodes';

/**
 * Value lists of at most this many are spelled out: in messages, in hover and as a snippet's choice list. Longer ones
 * (277 instance types) are summarised, and a snippet leaves the value empty for completion's list.
 */
export const LIST_IN_FULL = 12;

/** A value completion can offer for a constraint. `quoted` values are strings and get quotes when inserted. */
export interface Candidate {
  value: string;
  quoted: boolean;
  doc?: string;
  deprecated?: string;
}

export interface Violation {
  code: DiagnosticCode;
  /** Only where the code's registry entry documents an exception to its default severity (unknown instance types). */
  severity?: Severity;
  message: string;
  /** A valid value close to the given one, which a quick fix can put in its place (a string is written quoted). */
  replacement?: string | number;
}

/**
 * What one kind of constraint brings to each feature: the check behind diagnostics, the line hover shows, and the
 * values completion offers. Adding a constraint kind means adding one of these; no feature names an attribute.
 */
export interface ConstraintBehaviour<C extends Constraint> {
  /** `subject` names the argument in messages. Values arrive already converted to the argument's type. */
  check(constraint: C, value: string | number | boolean, subject: string): Violation | undefined;
  /** Markdown describing what is allowed. */
  describe(constraint: C): string;
  candidates?(constraint: C): Candidate[];
  /** A valid value to pre-fill snippets with, so an inserted argument validates until the user changes it. */
  example(constraint: C): string | number;
  /** Markdown for one value (hover on an enum value). */
  describeValue?(constraint: C, value: string): string | undefined;
}
