import { serverlessWithInstanceSettings } from '../../../../server/src/analysis/rules/serverlessWithInstanceSettings';
import { config, table } from './harness';

const v = (lines: string) => config(`  production_variants {\n    variant_name = "v"\n${lines}\n    serverless_config {\n      memory_size_in_mb = 2048\n      max_concurrency = 5\n    }\n  }`);

table(serverlessWithInstanceSettings, [
  { name: 'serverless only', tf: v('    model_name = "m"'), lines: [] },
  { name: 'instance_type and count', tf: v('    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1'), lines: [5, 6] },
  { name: 'literal null is not set', tf: v('    model_name = "m"\n    instance_type = null'), lines: [] },
  { name: 'computed value is not judged', tf: v('    model_name = "m"\n    instance_type = var.t\n    initial_instance_count = local.n'), lines: [] },
  { name: 'no model_name (inference components) is skipped', tf: v('    instance_type = "ml.m5.large"'), lines: [] },
  { name: 'computed model_name still counts as set', tf: v('    model_name = var.m\n    initial_instance_count = 1'), lines: [5] },
]);
