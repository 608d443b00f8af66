import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../tree/blocks';
import { attribute, blocks, hasDynamic } from '../tree/blocks';
import { ENDPOINT_TYPE } from '../../schema';
import { knownString } from '../evaluation/readers';
import { STEP_SIZE_FOR, trafficRoutings } from './deploymentConfig';
import type { FileRule, RuleReport } from './types';

// API-DEP-3: canary_size belongs to (and is required by) type = "CANARY", linear_step_size to type = "LINEAR";
// ALL_AT_ONCE uses neither. Only a literal type is judged.
export const trafficRoutingSize: FileRule = {
  scope: 'file',
  code: Codes.trafficRoutingSize,
  resourceTypes: [ENDPOINT_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const routing of trafficRoutings(resource.block)) {
      const type = knownString(attribute(routing, 'type'), scope);
      if (type !== 'ALL_AT_ONCE' && type !== 'CANARY' && type !== 'LINEAR') continue; // an invalid type is reported as such
      const wanted = STEP_SIZE_FOR[type];
      for (const [owner, size] of Object.entries(STEP_SIZE_FOR)) {
        if (size === wanted) continue;
        for (const block of blocks(routing, size)) {
          out.push({ span: headerSpan(block), message: `${size} is used only with type = "${owner}"; it has no effect with type = "${type}".` });
        }
      }
      if (wanted && blocks(routing, wanted).length === 0 && !hasDynamic(routing, wanted)) {
        out.push({ span: headerSpan(routing), about: wanted, message: `type = "${type}" needs a ${wanted} block.` });
      }
    }
    return out;
  },
};
