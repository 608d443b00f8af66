import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { attribute, blocks, hasDynamic, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { fromVariable, isUnset } from '../evaluation/presence';
import { INSTANCE_CAPACITY } from './instanceCapacity';
import type { FileRule, RuleReport } from './types';

// API-SLS-1: an instance-based variant (no serverless_config) with a model needs instance_type and
// initial_instance_count; the provider made them optional only so serverless variants could leave them out.
export const instanceVariantIncomplete: FileRule = {
  scope: 'file',
  code: Codes.instanceVariantIncomplete,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      if (isUnset(variant, 'model_name', scope)) continue;
      if (blocks(variant, 'serverless_config').length > 0 || hasDynamic(variant, 'serverless_config')) continue;
      const missing = INSTANCE_CAPACITY.filter((name) => isUnset(variant, name, scope));
      if (missing.length) {
        out.push({
          span: headerSpan(variant),
          about: missing[0],
          variable: fromVariable(scope, ...missing.map((name) => attribute(variant, name))),
          message: `An instance-based variant needs ${missing.map((m) => `"${m}"`).join(' and ')}; set ${missing.length > 1 ? 'them' : 'it'}, or add serverless_config for a serverless variant.`,
        });
      }
    }
    return out;
  },
};
