import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { blocks, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// API-SHADOW-2: shadow tests cannot run on serverless variants or asynchronous endpoints.
export const shadowVariantIncompatible: FileRule = {
  scope: 'file',
  code: Codes.shadowVariantIncompatible,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource }) {
    const block = resource.block;
    if (blocks(block, 'shadow_production_variants').length === 0) return [];
    const out: RuleReport[] = [];
    for (const variant of variants(block)) {
      for (const serverless of blocks(variant, 'serverless_config')) {
        out.push({ span: headerSpan(serverless), message: 'Shadow variants cannot be combined with serverless variants; use instance-based variants or drop shadow_production_variants.' });
      }
    }
    for (const async of blocks(block, 'async_inference_config')) {
      out.push({ span: headerSpan(async), message: 'Shadow variants cannot be combined with asynchronous inference (async_inference_config).' });
    }
    return out;
  },
};
