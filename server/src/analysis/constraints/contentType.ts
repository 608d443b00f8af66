import { Codes } from '../diagnosticCodes';
import type { ConstraintBehaviour } from './behaviour';
import type { Constraint } from '../../schema/types';

type ContentTypeConstraint = Extract<Constraint, { kind: 'contentType' }>;

// The provider's pattern: anchored at the start only, so parameters after the subtype (`; charset=…`) pass.
const CONTENT_TYPE = /^[0-9A-Za-z](-*[0-9A-Za-z])*\/[0-9A-Za-z](-*[0-9A-Za-z.])*/;

export const contentTypeBehaviour: ConstraintBehaviour<ContentTypeConstraint> = {
  check(_c, value, subject) {
    const text = String(value);
    if (text.length >= 1 && text.length <= 256 && CONTENT_TYPE.test(text)) return undefined;
    return {
      code: Codes.invalidContentType,
      message: `Each ${subject} entry must be a content type like "text/csv" or "application/json" (at most 256 characters); "${text}" is not.`,
    };
  },
  example() {
    return 'text/csv';
  },
  describe() {
    return 'Content types such as `text/csv` or `application/json`, each at most 256 characters.';
  },
};
