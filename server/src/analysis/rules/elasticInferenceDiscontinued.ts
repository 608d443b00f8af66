import { Codes } from '../diagnosticCodes';
import { variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { setArgument } from '../evaluation/presence';
import type { FileRule, RuleReport } from './types';

// API-EI-1: Elastic Inference is discontinued; the provider still accepts accelerator_type, the API does not.
export const elasticInferenceDiscontinued: FileRule = {
  scope: 'file',
  code: Codes.elasticInferenceDiscontinued,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      const attr = setArgument(variant, 'accelerator_type', scope);
      if (attr) out.push({ span: attr.name, message: 'Amazon Elastic Inference is discontinued; accelerator_type is no longer supported. Remove it and use a GPU or Inferentia instance type.' });
    }
    return out;
  },
};
