import { Codes } from '../diagnosticCodes';
import { headerSpan } from '../syntaxHelpers';
import { attribute, blocks, ENDPOINT, hasDynamic, literalString } from './helpers';
import type { FileRule, RuleReport } from './types';

// API-DEP-3: canary_size belongs to (and is required by) type = "CANARY", linear_step_size to type = "LINEAR";
// ALL_AT_ONCE uses neither. Only a literal type is judged.
const SIZE_FOR: Record<string, string> = { CANARY: 'canary_size', LINEAR: 'linear_step_size' };

export const trafficRoutingSize: FileRule = {
  scope: 'file',
  code: Codes.trafficRoutingSize,
  resourceTypes: [ENDPOINT],
  check({ resource }) {
    const out: RuleReport[] = [];
    for (const deployment of blocks(resource.block, 'deployment_config')) {
      for (const policy of blocks(deployment, 'blue_green_update_policy')) {
        for (const routing of blocks(policy, 'traffic_routing_configuration')) {
          const type = literalString(attribute(routing, 'type'));
          if (type !== 'ALL_AT_ONCE' && type !== 'CANARY' && type !== 'LINEAR') continue; // an invalid type is reported as such
          const wanted = SIZE_FOR[type];
          for (const size of ['canary_size', 'linear_step_size']) {
            if (size === wanted) continue;
            for (const block of blocks(routing, size)) {
              out.push({ span: headerSpan(block), message: `${size} is used only with type = "${size === 'canary_size' ? 'CANARY' : 'LINEAR'}"; it has no effect with type = "${type}".` });
            }
          }
          if (wanted && blocks(routing, wanted).length === 0 && !hasDynamic(routing, wanted)) {
            out.push({ span: headerSpan(routing), about: wanted, message: `type = "${type}" needs a ${wanted} block.` });
          }
        }
      }
    }
    return out;
  },
};
