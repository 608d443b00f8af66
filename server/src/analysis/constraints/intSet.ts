import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type IntSetConstraint = Extract<Constraint, { kind: 'intSet' }>;

export const intSetBehaviour: ConstraintBehaviour<IntSetConstraint> = {
  check(c, value, subject) {
    if (typeof value !== 'number' || c.values.includes(value)) return undefined;
    return {
      code: Codes.outOfRange,
      message: `${subject} must be one of ${c.values.join(', ')}; got ${value}.`,
    };
  },
  describe(c) {
    return 'One of ' + c.values.map((v) => `\`${v}\``).join(', ') + '.';
  },
  example(c) {
    return c.values[0];
  },
  candidates(c) {
    return c.values.map((v) => ({ value: String(v), quoted: false }));
  },
};
