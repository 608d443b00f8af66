import { scaleToZeroWithoutInferenceComponents } from '../../../../server/src/analysis/rules/scaleToZeroWithoutInferenceComponents';
import { config, table } from './harness';

const variantWith = (model: string, min: string, status = '"ENABLED"') =>
  `  production_variants {\n    variant_name = "a"\n${model}    instance_type = "ml.g5.xlarge"\n    initial_instance_count = 1\n    managed_instance_scaling {\n      status = ${status}\n      min_instance_count = ${min}\n      max_instance_count = 4\n    }\n  }`;
const MODEL = '    model_name = "m"\n';
const ROLE = '  execution_role_arn = "arn:aws:iam::123456789012:role/r"\n';

table(scaleToZeroWithoutInferenceComponents, [
  { name: 'zero with a model', tf: config(variantWith(MODEL, '0')), lines: [9] },
  { name: 'zero given as "0"', tf: config(variantWith(MODEL, '"0"')), lines: [9] },
  { name: 'zero with scaling disabled', tf: config(variantWith(MODEL, '0', '"DISABLED"')), lines: [] },
  { name: 'zero with a status from a variable', tf: config(variantWith(MODEL, '0', 'var.status')), lines: [] },
  { name: 'one with a model', tf: config(variantWith(MODEL, '1')), lines: [] },
  { name: 'zero for inference components (no model_name)', tf: config(ROLE + variantWith('', '0')), lines: [] },
  { name: 'zero with model_name = null', tf: config(ROLE + variantWith('    model_name = null\n', '0')), lines: [] },
  { name: 'zero with a model name from a variable', tf: config(variantWith('    model_name = var.model\n', '0')), lines: [] },
  { name: 'a minimum from a variable', tf: config(variantWith(MODEL, 'var.min')), lines: [] },
]);
