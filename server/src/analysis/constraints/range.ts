import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type RangeConstraint = Extract<Constraint, { kind: 'intRange' | 'floatRange' }>;

function bounds(c: RangeConstraint): string {
  if (c.min !== undefined && c.max !== undefined) return `between ${c.min} and ${c.max}`;
  if (c.min !== undefined) return `at least ${c.min}`;
  if (c.max !== undefined) return `at most ${c.max}`;
  return 'any number';
}

/** Integer and float ranges differ only in wording; whole-number checks belong to the type check. */
export const rangeBehaviour: ConstraintBehaviour<RangeConstraint> = {
  check(c, value, subject) {
    if (typeof value !== 'number') return undefined;
    if ((c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max)) return undefined;
    // The nearest bound is the fix the message names.
    const nearest = c.min !== undefined && value < c.min ? c.min : c.max!;
    return {
      code: Codes.outOfRange,
      message: `${subject} must be ${bounds(c)}; got ${value}.`,
      replacement: nearest,
    };
  },
  example(c) {
    return c.min ?? c.max ?? 0;
  },
  describe(c) {
    return `${c.kind === 'intRange' ? 'A whole number' : 'A number'} ${bounds(c)}.`;
  },
};
