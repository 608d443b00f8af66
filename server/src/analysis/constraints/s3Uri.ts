import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type S3UriConstraint = Extract<Constraint, { kind: 's3Uri' }>;

// The provider's own pattern and length limit.
const S3_URI = /^(https|s3):\/\/([^/])\/?(.*)$/s;

export const s3UriBehaviour: ConstraintBehaviour<S3UriConstraint> = {
  check(_c, value, subject) {
    const text = String(value);
    if (text.length >= 1 && text.length <= 512 && S3_URI.test(text)) return undefined;
    const why = text.length > 512 ? `it has ${text.length} characters (at most 512)` : `"${text}" does not start with s3:// or https://`;
    return { code: Codes.invalidS3Uri, message: `${subject} must be an S3 URI like s3://bucket/prefix: ${why}.` };
  },
  example() {
    return 's3://bucket/prefix';
  },
  describe() {
    return 'An S3 URI such as `s3://bucket/prefix` (or `https://…`), at most 512 characters.';
  },
};
