import { Codes } from '../diagnosticCodes';
import { attribute, blocks, CONFIG, literalNumber, variants } from './helpers';
import type { FileRule, RuleReport } from './types';

// API-SLS-2: provisioned_concurrency may not exceed max_concurrency. A value outside the schema's 1..200 range is
// already reported as out of range, so the comparison is made only between in-range values.
const inRange = (n: number | undefined): n is number => n !== undefined && n >= 1 && n <= 200;
export const provisionedConcurrency: FileRule = {
  scope: 'file',
  code: Codes.provisionedConcurrencyExceedsMax,
  resourceTypes: [CONFIG],
  check({ resource }) {
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      for (const serverless of blocks(variant, 'serverless_config')) {
        const provisioned = attribute(serverless, 'provisioned_concurrency');
        const p = literalNumber(provisioned);
        const max = literalNumber(attribute(serverless, 'max_concurrency'));
        if (provisioned && inRange(p) && inRange(max) && p > max) {
          out.push({ span: provisioned.name, message: `provisioned_concurrency (${p}) cannot exceed max_concurrency (${max}).` });
        }
      }
    }
    return out;
  },
};
