import { Codes } from '../diagnosticCodes';
import { CONFIGURATION_TYPE } from '../../schema';
import { fromVariable } from '../evaluation/presence';
import { attribute } from '../tree/blocks';
import { trafficSplit } from '../trafficSplit';
import type { FileRule } from './types';

// Traffic goes to each variant by its weight over the sum of all; when every weight is 0 there is nothing to share.
// Judged only when the whole split is known (trafficSplit).
export const allWeightsZero: FileRule = {
  scope: 'file',
  code: Codes.allWeightsZero,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const split = trafficSplit(resource, scope);
    if (!split || split.some((s) => s.share !== undefined)) return [];
    const weights = split.map((s) => attribute(s.variant, 'initial_variant_weight')!);
    const message =
      split.length === 1
        ? 'The only variant has initial_variant_weight 0, so it is sent no traffic. Give it a weight above 0.'
        : 'Every variant has initial_variant_weight 0, so none of them is sent traffic. Give at least one a weight above 0.';
    return [{ span: weights[0].name, variable: fromVariable(scope, ...weights), message }];
  },
};
