import type { Constraint } from '../../schema/types';
import { arnBehaviour } from './arn';
import type { ConstraintBehaviour } from './behaviour';
import { contentTypeBehaviour } from './contentType';
import { enumBehaviour } from './enum';
import { intSetBehaviour } from './intSet';
import { nameBehaviour } from './name';
import { patternBehaviour } from './pattern';
import { rangeBehaviour } from './range';
import { s3UriBehaviour } from './s3Uri';

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
