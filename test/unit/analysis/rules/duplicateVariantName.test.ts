import { duplicateVariantName } from '../../../../server/src/analysis/rules/duplicateVariantName';
import { config, table, variant } from './harness';

table(duplicateVariantName, [
  { name: 'distinct', tf: config([variant('a'), variant('b')].join('\n')), lines: [] },
  { name: 'production twice', tf: config([variant('a'), variant('a')].join('\n')), lines: [9] },
  { name: 'production and shadow', tf: config([variant('a'), variant('a', 'shadow_production_variants')].join('\n')), lines: [9] },
  { name: 'three times', tf: config([variant('a'), variant('a'), variant('a')].join('\n')), lines: [9, 15] },
  { name: 'template is not judged', tf: config([variant('a'), variant('${var.x}'), variant('${var.x}')].join('\n')), lines: [] },
  { name: 'separate configurations', tf: config(variant('a'), 'x') + config(variant('a'), 'y'), lines: [] },
]);
