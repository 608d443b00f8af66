import { serverlessUnsupportedFeature } from '../../../../server/src/analysis/rules/serverlessUnsupportedFeature';
import { config, table, variant } from './harness';

const serverless = (name: string) =>
  `  production_variants {\n    variant_name = "${name}"\n    model_name = "m"\n    serverless_config {\n      max_concurrency = 5\n      memory_size_in_mb = 2048\n    }\n  }`;
const capture = (on: string) =>
  `\n  data_capture_config {\n    enable_capture = ${on}\n    initial_sampling_percentage = 10\n    destination_s3_uri = "s3://b/p"\n    capture_options {\n      capture_mode = "Input"\n    }\n  }`;

table(serverlessUnsupportedFeature, [
  { name: 'one serverless variant', tf: config(serverless('a')), lines: [] },
  { name: 'two serverless variants', tf: config(`${serverless('a')}\n${serverless('b')}`), lines: [10] },
  { name: 'a serverless and an instance variant', tf: config(`${variant('a')}\n${serverless('b')}`), lines: [8] },
  { name: 'three variants: every one after the first', tf: config(`${serverless('a')}\n${serverless('b')}\n${serverless('c')}`), lines: [10, 18] },
  { name: 'two instance variants', tf: config(`${variant('a')}\n${variant('b')}`), lines: [] },
  { name: 'data capture on', tf: config(serverless('a') + capture('true')), lines: [10] },
  { name: 'data capture "true"', tf: config(serverless('a') + capture('"true"')), lines: [10] },
  { name: 'data capture on through a variable default: a warning', tf: 'variable "on" {\n  default = true\n}\n' + config(serverless('a') + capture('var.on')), lines: [13], severity: 'warning' },
  { name: 'data capture off', tf: config(serverless('a') + capture('false')), lines: [] },
  { name: 'data capture from a variable', tf: config(serverless('a') + capture('var.on')), lines: [] },
  { name: 'data capture on an instance variant', tf: config(variant('a') + capture('true')), lines: [] },
]);
