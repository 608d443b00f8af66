import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type PatternConstraint = Extract<Constraint, { kind: 'pattern' }>;

const compiled = new Map<string, RegExp>();

/** Patterns the provider leaves to the API, so a mismatch passes `plan` and fails at apply. */
export const patternBehaviour: ConstraintBehaviour<PatternConstraint> = {
  check(c, value, subject) {
    const text = String(value);
    let re = compiled.get(c.pattern);
    if (!re) compiled.set(c.pattern, (re = new RegExp(c.pattern, 'u')));
    // The length check comes first: the schema's patterns are ours, but the text is the document's, and a pattern
    // never runs on more than maxLength characters (63), whatever its backtracking.
    if (text.length <= c.maxLength && re.test(text)) return undefined;
    return {
      code: Codes.invalidPattern,
      message: `${subject} "${text}" will be rejected by SageMaker at apply: ${c.explanation}`,
    };
  },
  example() {
    return 'name';
  },
  describe(c) {
    return `${c.explanation} (checked by SageMaker at apply, not by \`terraform plan\`).`;
  },
};
