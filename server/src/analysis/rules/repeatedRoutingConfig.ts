import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { blocks, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// EC-RC-1: routing_config has no MaxItems, but the provider sends only the first block.
export const repeatedRoutingConfig: FileRule = {
  scope: 'file',
  code: Codes.repeatedRoutingConfig,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      for (const extra of blocks(variant, 'routing_config').slice(1)) {
        out.push({ span: headerSpan(extra), message: 'Only the first routing_config block of a variant is used; this one is silently ignored.' });
      }
    }
    return out;
  },
};
