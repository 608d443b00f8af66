import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { isUnset } from '../evaluation/presence';
import { CONFIGURATION_TYPE } from '../../schema';
import { allOnInstanceStorage } from './instanceStorage';
import type { FileRule } from './types';

// Like checkov CKV_AWS_98: storage attached to the endpoint's instances is encrypted with an AWS key unless
// kms_key_arn names a customer managed one. A hint, which users turn off by its code's level (settings/). Not where every variant runs
// on an instance type with local NVMe storage: the key would not encrypt that storage (kmsKeyWithInstanceStorage.ts).
export const missingKmsKey: FileRule = {
  scope: 'file',
  code: Codes.missingKmsKey,
  resourceTypes: [CONFIGURATION_TYPE],
  enabled: (options) => options.kmsHint !== false,
  check({ resource, scope }) {
    // `kms_key_arn = null` is no key: the hint applies; a key that is only known at plan may be one.
    if (!isUnset(resource.block, 'kms_key_arn', scope) || allOnInstanceStorage(resource.block, scope)) return [];
    return [{ span: headerSpan(resource.block), about: 'kms_key_arn', message: 'No kms_key_arn: data on the ML storage volumes is encrypted with an AWS managed key. Consider a customer managed KMS key.' }];
  },
};
