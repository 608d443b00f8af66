import { emptyClientConfig } from '../../../../server/src/analysis/rules/emptyClientConfig';
import { config, table, variant } from './harness';

const async = (client: string) => config(`${variant('a')}\n  async_inference_config {\n${client}\n    output_config {\n      s3_output_path = "s3://b/o"\n    }\n  }`);

table(emptyClientConfig, [
  { name: 'no client_config', tf: async(''), lines: [] },
  { name: 'empty', tf: async('    client_config {}'), lines: [9] },
  { name: 'set', tf: async('    client_config {\n      max_concurrent_invocations_per_instance = 4\n    }'), lines: [] },
  { name: 'computed value counts as set', tf: async('    client_config {\n      max_concurrent_invocations_per_instance = var.n\n    }'), lines: [] },
]);
