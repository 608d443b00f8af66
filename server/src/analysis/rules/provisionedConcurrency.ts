import type { AttributeSchema } from '../../schema/types';
import { resolveBody } from '../../schema';
import { behaviourOf } from '../constraints';
import { Codes } from '../diagnosticCodes';
import { attribute, blocks } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { knownNumber } from '../evaluation/readers';
import type { FileRule, RuleReport } from './types';

// API-SLS-2: provisioned_concurrency may not exceed max_concurrency. A value outside its schema constraint is already
// reported as out of range, so the comparison is made only between values their constraints accept.
const accepted = (schema: AttributeSchema | undefined, n: number | undefined): n is number =>
  n !== undefined && (!schema?.constraint || behaviourOf(schema.constraint).check(schema.constraint, n, '') === undefined);

export const provisionedConcurrency: FileRule = {
  scope: 'file',
  code: Codes.provisionedConcurrencyExceedsMax,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const kind of ['production_variants', 'shadow_production_variants']) {
      const body = resolveBody(resource.schema, [kind, 'serverless_config']);
      if (!body) continue;
      for (const variant of blocks(resource.block, kind)) {
        for (const serverless of blocks(variant, 'serverless_config')) {
          const provisioned = attribute(serverless, 'provisioned_concurrency');
          const p = knownNumber(provisioned, scope);
          const max = knownNumber(attribute(serverless, 'max_concurrency'), scope);
          if (provisioned && accepted(body.attributes.provisioned_concurrency, p) && accepted(body.attributes.max_concurrency, max) && p > max) {
            out.push({ span: provisioned.name, message: `provisioned_concurrency (${p}) cannot exceed max_concurrency (${max}).` });
          }
        }
      }
    }
    return out;
  },
};
