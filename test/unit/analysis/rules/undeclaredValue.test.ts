import { undeclaredValue } from '../../../../server/src/analysis/rules/undeclaredValue';
import { config, table } from './harness';

const dyn = (reference: string, iterator = '') => `  dynamic "production_variants" {
    for_each = var.variants
${iterator}    content {
      variant_name = ${reference}
    }
  }`;

const VARS = 'variable "variants" {\n  default = {}\n}\nvariable "instance_type" {}\nlocals {\n  env = "prod"\n}\n';

table(undeclaredValue, [
  { name: 'declared variable and local', tf: `${VARS}${config('  name = "${local.env}-${var.instance_type}"')}`, lines: [] },
  { name: 'undeclared variable', tf: `${VARS}${config('  name = var.instance_typ')}`, lines: [9] },
  { name: 'undeclared local', tf: `${VARS}${config('  name = local.envv')}`, lines: [9] },
  { name: 'a misspelt iterator', tf: `${VARS}${config(dyn('production_vairants.key'))}`, lines: [12] },
  { name: 'the iterator by its block name', tf: `${VARS}${config(dyn('production_variants.key'))}`, lines: [] },
  { name: 'a named iterator', tf: `${VARS}${config(dyn('v.key', '    iterator = v\n'))}`, lines: [] },
  { name: 'the block name when an iterator is named is not an iterator, but only near misses are judged', tf: `${VARS}${config(dyn('production_variant.key', '    iterator = v\n'))}`, lines: [] },
  { name: 'names a for-expression binds', tf: `${VARS}${config('  name = join("-", [for production_variant in ["a"] : production_variant])')}`, lines: [] },
  { name: 'resource references are not this rule', tf: `${VARS}${config(dyn('aws_sagemaker_model.m.name'))}`, lines: [] },
  { name: 'each in a resource with for_each', tf: `${VARS}resource "aws_sagemaker_endpoint_configuration" "c" {\n  for_each = var.variants\n  name = each.key\n}\n`, lines: [] },
]);
