import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { attribute, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { fromVariable, isUnset } from '../evaluation/presence';
import type { FileRule, RuleReport } from './types';

// API-IC-1: a variant without model_name hosts inference components, which need execution_role_arn.
export const inferenceComponentsNeedRole: FileRule = {
  scope: 'file',
  code: Codes.inferenceComponentsNeedRole,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    if (!isUnset(resource.block, 'execution_role_arn', scope)) return [];
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      if (!isUnset(variant, 'model_name', scope)) continue;
      const variable = fromVariable(scope, attribute(resource.block, 'execution_role_arn'), attribute(variant, 'model_name'));
      out.push({ span: headerSpan(variant), about: 'execution_role_arn', variable, message: 'This variant has no model_name (inference components), so the configuration needs "execution_role_arn".' });
    }
    return out;
  },
};
