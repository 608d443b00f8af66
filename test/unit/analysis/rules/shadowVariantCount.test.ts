import { shadowVariantCount } from '../../../../server/src/analysis/rules/shadowVariantCount';
import { config, table, variant } from './harness';

table(shadowVariantCount, [
  { name: 'one production and one shadow', tf: config([variant('a'), variant('b', 'shadow_production_variants')].join('\n')), lines: [] },
  { name: 'two production variants without shadow', tf: config([variant('a'), variant('b')].join('\n')), lines: [] },
  { name: 'second production variant with a shadow', tf: config([variant('a'), variant('b'), variant('s', 'shadow_production_variants')].join('\n')), lines: [8] },
  { name: 'second shadow variant', tf: config([variant('a'), variant('s', 'shadow_production_variants'), variant('t', 'shadow_production_variants')].join('\n')), lines: [14] },
  {
    name: 'dynamic production variants are not counted',
    tf: config(['  dynamic "production_variants" {\n    for_each = var.v\n    content {}\n  }', variant('a'), variant('s', 'shadow_production_variants')].join('\n')),
    lines: [],
  },
  {
    name: 'dynamic shadow variants are not judged',
    tf: config([variant('a'), variant('b'), '  dynamic "shadow_production_variants" {\n    for_each = var.v\n    content {}\n  }'].join('\n')),
    lines: [],
  },
]);
