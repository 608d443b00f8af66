import { Codes } from '../diagnosticCodes';
import { blocks, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { fromVariable, isUnset, setArgument } from '../evaluation/presence';
import { INSTANCE_CAPACITY } from './instanceCapacity';
import type { FileRule, RuleReport } from './types';

// API-SLS-1: a variant is serverless or instance-based, never both. Variants without model_name (inference
// components) and dynamic variants are not judged.
export const serverlessWithInstanceSettings: FileRule = {
  scope: 'file',
  code: Codes.serverlessWithInstanceSettings,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      if (isUnset(variant, 'model_name', scope) || blocks(variant, 'serverless_config').length === 0) continue;
      for (const name of INSTANCE_CAPACITY) {
        const attr = setArgument(variant, name, scope);
        if (attr) out.push({ span: attr.name, variable: fromVariable(scope, attr), message: `A serverless variant (serverless_config) cannot set "${name}"; remove it or remove serverless_config.` });
      }
    }
    return out;
  },
};
