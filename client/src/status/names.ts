// The shapes of names that come from documents, settings and AWS answers: SageMaker endpoint names and AWS regions.
// Each check bounds the length before any regex runs, so the regex only ever sees a few dozen characters. Pure: used
// by the extension bundle and by the AWS bundle alike.

import { ENDPOINT_NAME_MAX, isSageMakerName } from '../../../shared/sagemakerNames';

export { ENDPOINT_NAME_MAX };

/** True when `name` is a name SageMaker accepts for an endpoint (and so only letters, digits and hyphens). */
export function isEndpointName(name: unknown): name is string {
  return isSageMakerName(name, ENDPOINT_NAME_MAX);
}

/** True when `name` is a name SageMaker accepts for an endpoint configuration (the same rule and limit). */
export function isEndpointConfigName(name: unknown): name is string {
  return isSageMakerName(name, ENDPOINT_NAME_MAX);
}

const REGION_MAX = 32;
const REGION_SHAPE = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

/** True when `region` is shaped like an AWS region (us-east-1, us-gov-west-1, eu-isoe-west-1): lowercase, digits, hyphens. */
export function hasRegionShape(region: unknown): region is string {
  return typeof region === 'string' && region.length <= REGION_MAX && REGION_SHAPE.test(region);
}
