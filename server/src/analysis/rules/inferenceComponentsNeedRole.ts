import { Codes } from '../diagnosticCodes';
import { attribute, blocks, hasDynamic, headerSpan, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { fromVariable, isUnset } from '../evaluation/presence';
import type { Block } from '../../hcl/ast';
import type { FileRule, RuleReport } from './types';

// API-IC-1: a variant without model_name hosts inference components, which need execution_role_arn.

/**
 * A variant with neither an instance type nor a serverless configuration is still being written: model_name may be
 * the next line typed, so the finding is a warning that names both ways out.
 */
function hasCapacity(variant: Block): boolean {
  return (
    variant.body.items.some((i) => i.kind === 'Attribute' && i.name.name === 'instance_type') ||
    blocks(variant, 'serverless_config').length > 0 ||
    hasDynamic(variant, 'serverless_config')
  );
}

export const inferenceComponentsNeedRole: FileRule = {
  scope: 'file',
  code: Codes.inferenceComponentsNeedRole,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    if (!isUnset(resource.block, 'execution_role_arn', scope)) return [];
    const out: RuleReport[] = [];
    for (const variant of variants(resource.block)) {
      if (!isUnset(variant, 'model_name', scope)) continue;
      const variable = fromVariable(scope, attribute(resource.block, 'execution_role_arn'), attribute(variant, 'model_name'));
      const report = { span: headerSpan(variant), about: 'execution_role_arn', variable };
      if (hasCapacity(variant)) {
        out.push({ ...report, message: 'This variant has no model_name (inference components), so the configuration needs "execution_role_arn".' });
      } else {
        out.push({
          ...report,
          provisional: true,
          message:
            'This variant has no model_name yet. Add model_name, or set execution_role_arn on the configuration for inference components.',
        });
      }
    }
    return out;
  },
};
