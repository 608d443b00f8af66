import { instanceVariantIncomplete } from '../../../../server/src/analysis/rules/instanceVariantIncomplete';
import { config, table } from './harness';

const v = (lines: string) => config(`  production_variants {\n    variant_name = "v"\n${lines}\n  }`);

table(instanceVariantIncomplete, [
  { name: 'complete', tf: v('    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1'), lines: [] },
  { name: 'missing count', tf: v('    model_name = "m"\n    instance_type = "ml.m5.large"'), lines: [2] },
  { name: 'missing both', tf: v('    model_name = "m"'), lines: [2] },
  { name: 'computed values count as set', tf: v('    model_name = "m"\n    instance_type = var.t\n    initial_instance_count = var.n'), lines: [] },
  { name: 'serverless', tf: v('    model_name = "m"\n    serverless_config {\n      memory_size_in_mb = 2048\n      max_concurrency = 1\n    }'), lines: [] },
  { name: 'dynamic serverless_config', tf: v('    model_name = "m"\n    dynamic "serverless_config" {\n      for_each = var.s\n      content {}\n    }'), lines: [] },
  { name: 'no model_name (inference components)', tf: v('    instance_type = "ml.m5.large"'), lines: [] },
  { name: 'shadow variant', tf: config('  shadow_production_variants {\n    variant_name = "s"\n    model_name = "m"\n  }'), lines: [2] },
  // While the variant is unclosed (being typed), what is not written yet may come further down.
  { name: 'unclosed variant', tf: 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name = "m"\n', lines: [] },
  { name: 'dynamic variant is skipped', tf: config('  dynamic "production_variants" {\n    for_each = var.v\n    content {\n      model_name = "m"\n    }\n  }'), lines: [] },
]);
