import { allWeightsZero } from '../../../../server/src/analysis/rules/allWeightsZero';
import { config, table } from './harness';

const weighted = (name: string, weight: string) =>
  `  production_variants {\n    variant_name = "${name}"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n${weight ? `    initial_variant_weight = ${weight}\n` : ''}  }`;

table(allWeightsZero, [
  { name: 'every weight 0', tf: config(`${weighted('a', '0')}\n${weighted('b', '0')}`), lines: [7], message: /Every variant has initial_variant_weight 0.*Give at least one a weight above 0\./ },
  { name: 'the only variant at 0', tf: config(weighted('a', '0')), lines: [7], message: /The only variant/ },
  { name: '"0" converts to 0', tf: config(weighted('a', '"0"')), lines: [7] },
  { name: 'a weight left out defaults to 1', tf: config(`${weighted('a', '0')}\n${weighted('b', '')}`), lines: [] },
  { name: 'a null weight defaults to 1', tf: config(`${weighted('a', '0')}\n${weighted('b', 'null')}`), lines: [] },
  { name: 'a weight not known before plan', tf: config(`${weighted('a', '0')}\n${weighted('b', 'var.w')}`), lines: [] },
  {
    name: 'zero from a variable default: a warning all the same',
    tf: `variable "w" {\n  default = 0\n}\n${config(weighted('a', 'var.w'))}`,
    lines: [10],
  },
  {
    name: 'a dynamic variant may carry weight',
    tf: config(`${weighted('a', '0')}\n  dynamic "production_variants" {\n    for_each = var.v\n    content {}\n  }`),
    lines: [],
  },
]);
