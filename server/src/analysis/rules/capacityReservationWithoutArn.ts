import { Codes } from '../diagnosticCodes';
import { headerSpan, isIncomplete } from '../tree/blocks';
import { isUnset } from '../evaluation/presence';
import { blocks, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// EC-CR-1: capacity_reservation_config without ml_reservation_arn sends an empty ARN, which the API rejects.
export const capacityReservationWithoutArn: FileRule = {
  scope: 'file',
  code: Codes.capacityReservationWithoutArn,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      for (const config of blocks(variant, 'capacity_reservation_config')) {
        if (isIncomplete(config) || !isUnset(config, 'ml_reservation_arn', scope)) continue;
        out.push({ span: headerSpan(config), about: 'ml_reservation_arn', message: 'capacity_reservation_config without ml_reservation_arn sends an empty reservation ARN, which AWS rejects; set ml_reservation_arn.' });
      }
    }
    return out;
  },
};
