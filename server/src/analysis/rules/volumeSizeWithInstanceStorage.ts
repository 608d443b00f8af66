import { Codes } from '../diagnosticCodes';
import { fromVariable, setArgument } from '../evaluation/presence';
import { removal } from '../fixes/edits';
import { attribute, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { instanceStorageType } from './instanceStorage';
import type { FileRule, RuleReport } from './types';

// An instance type with local NVMe storage gets no EBS volume, and SageMaker rejects a VolumeSizeInGB for it
// (sources in schema/instanceFamilies.ts; the SageMaker Python SDK leaves the size out for these types for that
// reason, and reports the service exception it caused for trn1 in aws/sagemaker-python-sdk#4828).
export const volumeSizeWithInstanceStorage: FileRule = {
  scope: 'file',
  code: Codes.volumeSizeWithInstanceStorage,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ file, resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      const size = setArgument(variant, 'volume_size_in_gb', scope);
      const type = size && instanceStorageType(variant, scope);
      if (!size || !type) continue;
      out.push({
        span: size.name,
        variable: fromVariable(scope, size, attribute(variant, 'instance_type')),
        message: `${type} has local NVMe instance storage and no EBS volume: SageMaker rejects volume_size_in_gb for it. Remove it, or pick an instance type without instance storage.`,
        fixes: [removal(file.text, size, 'volume_size_in_gb')],
      });
    }
    return out;
  },
};
