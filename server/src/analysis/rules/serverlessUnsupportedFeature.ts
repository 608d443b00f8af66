import { toPrimitive } from '../conversion';
import { Codes } from '../diagnosticCodes';
import { valueOf } from '../evaluation/evaluate';
import { fromVariable } from '../evaluation/presence';
import { attribute, blocks, headerSpan } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import type { FileRule, RuleReport } from './types';

// Serverless Inference, "Feature exclusions" (https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html):
// "Some of the features currently available for SageMaker AI Real-time Inference are not supported for Serverless
// Inference, including GPUs, AWS marketplace model packages, private Docker registries, Multi-Model Endpoints, VPC
// configuration, network isolation, data capture, multiple production variants, Model Monitor, and inference
// pipelines." Of those, the configuration itself shows data capture (a data_capture_config with enable_capture
// known to be true: the provider sends false when it is left out) and multiple production variants. GPUs are
// covered by serverless-with-instance-settings (a serverless variant has no instance type), shadow variants by
// shadow-variant-incompatible. A configuration is serverless when a production variant written out has
// serverless_config.
export const serverlessUnsupportedFeature: FileRule = {
  scope: 'file',
  code: Codes.serverlessUnsupportedFeature,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const production = blocks(resource.block, 'production_variants');
    if (!production.some((v) => blocks(v, 'serverless_config').length > 0)) return [];
    const out: RuleReport[] = [];
    for (const capture of blocks(resource.block, 'data_capture_config')) {
      const enable = attribute(capture, 'enable_capture');
      const on = toPrimitive(valueOf(enable, scope), 'bool');
      if (on.ok !== true || on.value !== true) continue;
      out.push({ span: headerSpan(capture), variable: fromVariable(scope, enable), message: 'Serverless Inference does not support data capture; turn enable_capture off or use instance-based variants.' });
    }
    for (const extra of production.slice(1)) {
      out.push({ span: headerSpan(extra), message: `Serverless Inference supports one production variant; this configuration has ${production.length}. Split them into separate endpoints or use instance-based variants.` });
    }
    return out;
  },
};
