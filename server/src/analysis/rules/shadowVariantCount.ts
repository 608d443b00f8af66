import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { blocks, hasDynamic } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// API-SHADOW-1: with shadow variants, AWS accepts exactly one production and exactly one shadow variant, although
// the provider allows up to ten of each. Blocks beyond the first are reported; dynamic blocks are not counted.
export const shadowVariantCount: FileRule = {
  scope: 'file',
  code: Codes.shadowVariantCount,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource }) {
    const block = resource.block;
    const shadows = blocks(block, 'shadow_production_variants');
    if (shadows.length === 0) return [];
    const out: RuleReport[] = [];
    if (!hasDynamic(block, 'production_variants')) {
      for (const extra of blocks(block, 'production_variants').slice(1)) {
        out.push({ span: headerSpan(extra), message: 'With shadow_production_variants, exactly one production_variants block is allowed; remove this one.' });
      }
    }
    if (!hasDynamic(block, 'shadow_production_variants')) {
      for (const extra of shadows.slice(1)) {
        out.push({ span: headerSpan(extra), message: 'Exactly one shadow_production_variants block is allowed; remove this one.' });
      }
    }
    return out;
  },
};
