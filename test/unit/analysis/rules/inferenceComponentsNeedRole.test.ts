import { inferenceComponentsNeedRole } from '../../../../server/src/analysis/rules/inferenceComponentsNeedRole';
import { config, table, variant } from './harness';

const ic = '  production_variants {\n    variant_name = "ic"\n    instance_type = "ml.g5.xlarge"\n    initial_instance_count = 1\n  }';

table(inferenceComponentsNeedRole, [
  { name: 'models on every variant', tf: config(variant('a')), lines: [] },
  { name: 'inference components without role', tf: config(ic), lines: [2] },
  { name: 'with a literal role', tf: config(`  execution_role_arn = "arn:aws:iam::123456789012:role/r"\n${ic}`), lines: [] },
  { name: 'with a computed role', tf: config(`  execution_role_arn = aws_iam_role.r.arn\n${ic}`), lines: [] },
  { name: 'computed model_name counts as a model', tf: config(variant('a').replace('"m"', 'var.m')), lines: [] },
  { name: 'a null model_name is no model', tf: config(variant('a').replace('"m"', 'null')), lines: [2] },
  { name: 'a null role is no role', tf: config(`  execution_role_arn = null\n${ic}`), lines: [3] },
  {
    name: 'a model_name that is null by a variable default: a warning (a caller may pass one)',
    tf: `variable "m" {\n  default = null\n}\n${config(variant('a').replace('"m"', 'var.m'))}`,
    lines: [5],
    severity: 'warning',
  },
  {
    name: 'a variant still being typed (no instance type, no serverless_config): a warning naming both ways out',
    tf: config('  production_variants {\n    variant_name = "v"\n  }'),
    lines: [2],
    severity: 'warning',
    message: /Add model_name, or set execution_role_arn on the configuration for inference components\./,
  },
  {
    name: 'a serverless variant without a model is the error',
    tf: config('  production_variants {\n    variant_name = "v"\n    serverless_config {\n      max_concurrency = 1\n      memory_size_in_mb = 2048\n    }\n  }'),
    lines: [2],
  },
  { name: 'dynamic variants are not judged', tf: config('  dynamic "production_variants" {\n    for_each = var.v\n    content {}\n  }'), lines: [] },
]);
