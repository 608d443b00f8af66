import { Codes } from '../diagnosticCodes';
import { setArgument } from '../evaluation/presence';
import { CONFIGURATION_TYPE } from '../../schema';
import { allOnInstanceStorage } from './instanceStorage';
import type { FileRule } from './types';

// CreateEndpointConfigInput.KmsKeyId (@aws-sdk/client-sagemaker): with instance types that have local storage, "the
// KmsKeyId parameter does not encrypt instance local storage"; the instance encrypts it with a hardware key. The API
// accepts the key (organisations require one by policy, aws/sagemaker-python-sdk#3677), so this is information: where
// every variant runs on such a type, the key protects none of the endpoint's instance storage.
export const kmsKeyWithInstanceStorage: FileRule = {
  scope: 'file',
  code: Codes.kmsKeyWithInstanceStorage,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    // The instance types first: most are not on instance storage, and then the key need not be read.
    if (!allOnInstanceStorage(resource.block, scope)) return [];
    const key = setArgument(resource.block, 'kms_key_arn', scope);
    if (!key) return [];
    return [{ span: key.name, message: 'Every variant runs on an instance type with local NVMe storage, which the instance encrypts with its own hardware key: kms_key_arn does not encrypt it.' }];
  },
};
