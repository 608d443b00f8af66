import { nameWithoutCreateBeforeDestroy } from '../../../../server/src/analysis/rules/nameWithoutCreateBeforeDestroy';
import { config, table, variant } from './harness';

const cbd = (v: string) => `\n  lifecycle {\n    create_before_destroy = ${v}\n  }`;

table(nameWithoutCreateBeforeDestroy, [
  { name: 'literal name', tf: config(`  name = "c"\n${variant('a')}`), lines: [2] },
  { name: 'literal name with create_before_destroy', tf: config(`  name = "c"\n${variant('a')}${cbd('true')}`), lines: [] },
  { name: 'literal name with create_before_destroy = false', tf: config(`  name = "c"\n${variant('a')}${cbd('false')}`), lines: [2] },
  { name: 'name_prefix', tf: config(`  name_prefix = "c-"\n${variant('a')}`), lines: [] },
  { name: 'no name', tf: config(variant('a')), lines: [] },
  { name: 'computed name', tf: config(`  name = var.name\n${variant('a')}`), lines: [] },
  { name: 'template name', tf: config(`  name = "c-\${count.index}"\n  count = 2\n${variant('a')}`), lines: [] },
  { name: 'endpoints are not judged', tf: 'resource "aws_sagemaker_endpoint" "e" {\n  name = "e"\n  endpoint_config_name = "c"\n}\n', lines: [] },
]);
