import { Codes } from '../diagnosticCodes';
import { CONFIG, definitelySet, variants } from './helpers';
import type { FileRule, RuleReport } from './types';

// API-EI-1: Elastic Inference is discontinued; the provider still accepts accelerator_type, the API does not.
export const elasticInferenceDiscontinued: FileRule = {
  scope: 'file',
  code: Codes.elasticInferenceDiscontinued,
  resourceTypes: [CONFIG],
  check({ resource }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      const attr = definitelySet(variant, 'accelerator_type');
      if (attr) out.push({ span: attr.name, message: 'Amazon Elastic Inference is discontinued; accelerator_type is no longer supported. Remove it and use a GPU or Inferentia instance type.' });
    }
    return out;
  },
};
