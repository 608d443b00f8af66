import { trafficRoutingSize } from '../../../../server/src/analysis/rules/trafficRoutingSize';
import { table } from './harness';

const size = (name: string) => `\n        ${name} {\n          type = "CAPACITY_PERCENT"\n          value = 20\n        }`;
const endpoint = (type: string, inner: string) =>
  `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n  deployment_config {\n    blue_green_update_policy {\n      traffic_routing_configuration {\n        type = ${type}\n        wait_interval_in_seconds = 60${inner}\n      }\n    }\n  }\n}\n`;

table(trafficRoutingSize, [
  { name: 'canary with canary_size', tf: endpoint('"CANARY"', size('canary_size')), lines: [] },
  { name: 'linear with linear_step_size', tf: endpoint('"LINEAR"', size('linear_step_size')), lines: [] },
  { name: 'all at once', tf: endpoint('"ALL_AT_ONCE"', ''), lines: [] },
  { name: 'canary without canary_size', tf: endpoint('"CANARY"', ''), lines: [5] },
  { name: 'linear without linear_step_size', tf: endpoint('"LINEAR"', ''), lines: [5] },
  { name: 'linear_step_size with canary', tf: endpoint('"CANARY"', size('canary_size') + size('linear_step_size')), lines: [12] },
  { name: 'canary_size with all at once', tf: endpoint('"ALL_AT_ONCE"', size('canary_size')), lines: [8] },
  { name: 'dynamic size counts', tf: endpoint('"CANARY"', '\n        dynamic "canary_size" {\n          for_each = var.s\n          content {}\n        }'), lines: [] },
  { name: 'computed type is not judged', tf: endpoint('var.type', size('canary_size')), lines: [] },
  { name: 'invalid type is left to the enum check', tf: endpoint('"BLUE_GREEN"', size('canary_size')), lines: [] },
]);
