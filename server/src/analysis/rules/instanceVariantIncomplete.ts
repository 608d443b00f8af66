import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../syntaxHelpers';
import { absent, blocks, CONFIG, hasDynamic, variants } from './helpers';
import { INSTANCE_CAPACITY } from './instanceCapacity';
import type { FileRule, RuleReport } from './types';

// API-SLS-1: an instance-based variant (no serverless_config) with a model needs instance_type and
// initial_instance_count; the provider made them optional only so serverless variants could leave them out.
export const instanceVariantIncomplete: FileRule = {
  scope: 'file',
  code: Codes.instanceVariantIncomplete,
  resourceTypes: [CONFIG],
  check({ resource }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      if (absent(variant, 'model_name')) continue;
      if (blocks(variant, 'serverless_config').length > 0 || hasDynamic(variant, 'serverless_config')) continue;
      const missing = INSTANCE_CAPACITY.filter((name) => absent(variant, name));
      if (missing.length) {
        out.push({
          span: headerSpan(variant),
          about: missing[0],
          message: `An instance-based variant needs ${missing.map((m) => `"${m}"`).join(' and ')}; set ${missing.length > 1 ? 'them' : 'it'}, or add serverless_config for a serverless variant.`,
        });
      }
    }
    return out;
  },
};
