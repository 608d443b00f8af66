import { NAME_CHARACTERS } from '../../../../shared/sagemakerNames';
import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type NameConstraint = Extract<Constraint, { kind: 'name' }>;

/** The provider's validName/validPrefix, then the API's rule against a trailing hyphen, which only fails at apply. */
export const nameBehaviour: ConstraintBehaviour<NameConstraint> = {
  check(c, value, subject) {
    const text = String(value);
    const fail = (why: string) => ({ code: Codes.invalidName, message: `${subject} ${why}` });
    if (!NAME_CHARACTERS.test(text)) {
      return fail(`may contain only letters, digits and hyphens; "${text}" does not qualify.`);
    }
    if (text.length > c.maxLength) return fail(`can be at most ${c.maxLength} characters; "${text}" has ${text.length}.`);
    if (text.startsWith('-')) return fail(`cannot begin with a hyphen.`);
    if (text.endsWith('-') && !c.prefix) return fail(`cannot end with a hyphen: the provider accepts it, but SageMaker rejects it at apply.`);
    return undefined;
  },
  example(c) {
    return c.prefix ? 'name-' : 'name';
  },
  describe(c) {
    const ends = c.prefix ? 'not beginning with a hyphen (a unique suffix is appended)' : 'not beginning or ending with a hyphen';
    return `Letters, digits and hyphens, at most ${c.maxLength} characters, ${ends}.`;
  },
};
