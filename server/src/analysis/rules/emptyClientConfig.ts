import { Codes } from '../diagnosticCodes';
import { headerSpan, isIncomplete } from '../tree/blocks';
import { isUnset } from '../evaluation/presence';
import { blocks } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// EC-CC-1: client_config without max_concurrent_invocations_per_instance sends 0, which the API rejects (1..1000).
export const emptyClientConfig: FileRule = {
  scope: 'file',
  code: Codes.emptyClientConfig,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const async of blocks(resource.block, 'async_inference_config')) {
      for (const client of blocks(async, 'client_config')) {
        if (isIncomplete(client) || !isUnset(client, 'max_concurrent_invocations_per_instance', scope)) continue;
        out.push({ span: headerSpan(client), about: 'max_concurrent_invocations_per_instance', message: 'An empty client_config sends max_concurrent_invocations_per_instance = 0, which AWS rejects; set it (1–1000) or remove the block.' });
      }
    }
    return out;
  },
};
