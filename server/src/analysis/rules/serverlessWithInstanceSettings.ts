import { Codes } from '../diagnosticCodes';
import { blocks, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { fromVariable, isUnset, setArgument } from '../evaluation/presence';
import { INSTANCE_CAPACITY } from './instanceCapacity';
import { removal } from '../fixes/edits';
import type { FileRule, RuleReport } from './types';

// API-SLS-1: a variant is serverless or instance-based, never both. Variants without model_name (inference
// components) and dynamic variants are not judged.
export const serverlessWithInstanceSettings: FileRule = {
  scope: 'file',
  code: Codes.serverlessWithInstanceSettings,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ file, resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      const serverless = blocks(variant, 'serverless_config');
      if (isUnset(variant, 'model_name', scope) || serverless.length === 0) continue;
      for (const name of INSTANCE_CAPACITY) {
        const attr = setArgument(variant, name, scope);
        if (!attr) continue;
        // The two ways out the message names, each a quick fix.
        const fixes = [removal(file.text, attr, name), ...serverless.map((block) => removal(file.text, block, 'serverless_config'))];
        out.push({ span: attr.name, variable: fromVariable(scope, attr), fixes, message: `A serverless variant (serverless_config) cannot set "${name}"; remove it or remove serverless_config.` });
      }
    }
    return out;
  },
};
