import { Codes } from '../diagnosticCodes';
import { presenceOf } from '../evaluation/presence';
import { knownNumber, knownString } from '../evaluation/readers';
import { attribute, blocks } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// "Scale an endpoint to zero instances" (https://docs.aws.amazon.com/sagemaker/latest/dg/endpoint-auto-scaling-zero-instances.html):
// an endpoint "can scale to and from zero instances only if it hosts inference components", with the production
// variant's ManagedInstanceScaling MinInstanceCount set to 0. A variant that names a model serves it directly and
// hosts no inference components (those go on variants without model_name), so its min_instance_count = 0 does not
// make it scale to zero. Managed instance scaling as such is not restricted by the API reference
// (ProductionVariantManagedInstanceScaling), so only the zero minimum of enabled scaling is judged, and as
// information: the docs say what does not happen, not whether the API refuses the setting.
export const scaleToZeroWithoutInferenceComponents: FileRule = {
  scope: 'file',
  code: Codes.scaleToZeroWithoutInferenceComponents,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    for (const variant of blocks(resource.block, 'production_variants')) {
      const scalings = blocks(variant, 'managed_instance_scaling');
      if (scalings.length === 0 || presenceOf(attribute(variant, 'model_name'), scope) !== 'set') continue;
      for (const scaling of scalings) {
        const min = attribute(scaling, 'min_instance_count');
        if (knownString(attribute(scaling, 'status'), scope) !== 'ENABLED' || knownNumber(min, scope) !== 0) continue;
        out.push({
          span: min!.name,
          message: 'Only an endpoint that hosts inference components (variants without model_name) scales to zero instances; this variant serves model_name directly, so min_instance_count = 0 does not let it scale to zero.',
        });
      }
    }
    return out;
  },
};
