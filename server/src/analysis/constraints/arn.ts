import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type ArnConstraint = Extract<Constraint, { kind: 'arn' }>;

const PARTITION = /^aws(-[a-z]+)*$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^(aws|aws-managed|aws-marketplace|third-party|\d{12}|cw.{10})$/;

/** The reason `value` is not an ARN as the provider's verify.ValidARN sees it, or undefined when it is one. */
export function arnProblem(value: string): string | undefined {
  if (value === '') return undefined;
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return 'it is not an ARN (arn:partition:service:region:account:resource)';
  const [, partition, , region, account] = parts;
  const resource = parts.slice(5).join(':');
  if (!PARTITION.test(partition)) return `"${partition}" is not an AWS partition`;
  if (region !== '' && !REGION.test(region)) return `"${region}" is not an AWS region`;
  if (account !== '' && !ACCOUNT.test(account)) return `"${account}" is not an AWS account ID (12 digits)`;
  if (resource === '') return 'the resource part is empty';
  return undefined;
}

const EXAMPLES: Record<string, string> = {
  kms: 'arn:aws:kms:us-east-1:123456789012:key/…',
  iam: 'arn:aws:iam::123456789012:role/…',
  sns: 'arn:aws:sns:us-east-1:123456789012:topic-name',
  sagemaker: 'arn:aws:sagemaker:us-east-1:123456789012:…',
};

export const arnBehaviour: ConstraintBehaviour<ArnConstraint> = {
  check(c, value, subject) {
    const problem = arnProblem(String(value));
    if (!problem) return undefined;
    const example = c.service && EXAMPLES[c.service] ? ` such as ${EXAMPLES[c.service]}` : '';
    return {
      code: Codes.invalidArn,
      message: `${subject} must be an ARN${example}: ${problem}.`,
    };
  },
  example(c) {
    return (c.service && EXAMPLES[c.service]) || 'arn:aws:service:us-east-1:123456789012:resource';
  },
  describe(c) {
    const example = c.service && EXAMPLES[c.service] ? `, e.g. \`${EXAMPLES[c.service]}\`` : '';
    return `An ARN${example}.`;
  },
};
