import { provisionedConcurrency } from '../../../../server/src/analysis/rules/provisionedConcurrency';
import { config, table } from './harness';

const v = (max: string, provisioned: string) =>
  config(`  production_variants {\n    variant_name = "v"\n    model_name = "m"\n    serverless_config {\n      memory_size_in_mb = 2048\n      max_concurrency = ${max}\n      provisioned_concurrency = ${provisioned}\n    }\n  }`);

table(provisionedConcurrency, [
  { name: 'below', tf: v('5', '4'), lines: [] },
  { name: 'equal', tf: v('5', '5'), lines: [] },
  { name: 'above', tf: v('5', '6'), lines: [8] },
  { name: 'numeric strings', tf: v('"5"', '"6"'), lines: [8] },
  { name: 'computed max', tf: v('var.max', '6'), lines: [] },
  { name: 'computed provisioned', tf: v('5', 'var.p'), lines: [] },
  { name: 'template', tf: v('5', '"${var.p}"'), lines: [] },
  { name: 'out of range values are left to the range check', tf: v('200', '201'), lines: [] },
]);
