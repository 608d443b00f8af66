import { shadowVariantIncompatible } from '../../../../server/src/analysis/rules/shadowVariantIncompatible';
import { config, table, variant } from './harness';

const serverless = '  production_variants {\n    variant_name = "p"\n    model_name = "m"\n    serverless_config {\n      memory_size_in_mb = 2048\n      max_concurrency = 5\n    }\n  }';
const async = '  async_inference_config {\n    output_config {\n      s3_output_path = "s3://b/o"\n    }\n  }';
const shadow = variant('s', 'shadow_production_variants');

table(shadowVariantIncompatible, [
  { name: 'serverless without shadow', tf: config(serverless), lines: [] },
  { name: 'async without shadow', tf: config([variant('a'), async].join('\n')), lines: [] },
  { name: 'serverless with shadow', tf: config([serverless, shadow].join('\n')), lines: [5] },
  { name: 'async with shadow', tf: config([variant('a'), shadow, async].join('\n')), lines: [14] },
  { name: 'dynamic shadow is not judged', tf: config([serverless, '  dynamic "shadow_production_variants" {\n    for_each = var.s\n    content {}\n  }'].join('\n')), lines: [] },
]);
