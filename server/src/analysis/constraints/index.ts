import type { Constraint } from '../../schema/types';
import { arnBehaviour } from './arn';
import { LIST_IN_FULL, type Candidate, type ConstraintBehaviour } from './behaviour';
import { contentTypeBehaviour } from './contentType';
import { enumBehaviour } from './enum';
import { intSetBehaviour } from './intSet';
import { nameBehaviour } from './name';
import { patternBehaviour } from './pattern';
import { rangeBehaviour } from './range';
import { s3UriBehaviour } from './s3Uri';

export { LIST_IN_FULL } from './behaviour';
export type { Candidate, ConstraintBehaviour, Violation } from './behaviour';

type Behaviours = { [K in Constraint['kind']]: ConstraintBehaviour<Extract<Constraint, { kind: K }>> };

const BEHAVIOURS: Behaviours = {
  enum: enumBehaviour,
  intRange: rangeBehaviour,
  floatRange: rangeBehaviour,
  intSet: intSetBehaviour,
  name: nameBehaviour,
  pattern: patternBehaviour,
  arn: arnBehaviour,
  s3Uri: s3UriBehaviour,
  contentType: contentTypeBehaviour,
};

export function behaviourOf<C extends Constraint>(constraint: C): ConstraintBehaviour<C> {
  return BEHAVIOURS[constraint.kind] as unknown as ConstraintBehaviour<C>;
}

/** Constraints are schema objects, so their candidates are worked out once (instance types alone are 277). */
const candidateLists = new WeakMap<Constraint, readonly Candidate[]>();

/** The values completion offers for a constraint, in order; empty when it has no fixed set of values. */
export function candidatesOf(constraint: Constraint): readonly Candidate[] {
  let list = candidateLists.get(constraint);
  if (!list) candidateLists.set(constraint, (list = behaviourOf(constraint).candidates?.(constraint) ?? []));
  return list;
}

/** Every valid value, as a snippet's choice list, when there are at most LIST_IN_FULL of them. */
export function choicesOf(constraint: Constraint): readonly Candidate[] | undefined {
  const all = candidatesOf(constraint);
  return all.length > 0 && all.length <= LIST_IN_FULL ? all : undefined;
}

/** More values than a choice list holds: a snippet leaves the value empty and completion lists them after insertion. */
export function hasLongList(constraint: Constraint): boolean {
  return candidatesOf(constraint).length > LIST_IN_FULL;
}
