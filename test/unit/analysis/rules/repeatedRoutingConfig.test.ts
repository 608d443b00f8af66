import { repeatedRoutingConfig } from '../../../../server/src/analysis/rules/repeatedRoutingConfig';
import { config, table, variant } from './harness';

const routing = '\n    routing_config {\n      routing_strategy = "RANDOM"\n    }';

table(repeatedRoutingConfig, [
  { name: 'one', tf: config(variant('a', 'production_variants', routing)), lines: [] },
  { name: 'two', tf: config(variant('a', 'production_variants', routing + routing)), lines: [10] },
  { name: 'dynamic is not judged', tf: config(variant('a', 'production_variants', routing + '\n    dynamic "routing_config" {\n      for_each = var.r\n      content {}\n    }')), lines: [] },
]);
