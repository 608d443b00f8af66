import { deploymentCapacitySize } from '../../../../server/src/analysis/rules/deploymentCapacitySize';
import { table } from './harness';

const cfg = (count: string, name = 'c') =>
  `resource "aws_sagemaker_endpoint_configuration" "${name}" {\n  production_variants {\n    variant_name = "v"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = ${count}\n  }\n}\n`;
const blueGreen = (size: string, type: string, value: string, ref = 'aws_sagemaker_endpoint_configuration.c.name') =>
  `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = ${ref}\n  deployment_config {\n    blue_green_update_policy {\n      traffic_routing_configuration {\n        type = "${size === 'canary_size' ? 'CANARY' : 'LINEAR'}"\n        wait_interval_in_seconds = 60\n        ${size} {\n          type = "${type}"\n          value = ${value}\n        }\n      }\n    }\n  }\n}\n`;
const rolling = (type: string, value: string) =>
  `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n  deployment_config {\n    rolling_update_policy {\n      wait_interval_in_seconds = 60\n      maximum_batch_size {\n        type = "${type}"\n        value = ${value}\n      }\n    }\n  }\n}\n`;

table(deploymentCapacitySize, [
  { name: 'canary 50 percent', tf: blueGreen('canary_size', 'CAPACITY_PERCENT', '50'), lines: [] },
  { name: 'canary 51 percent', tf: blueGreen('canary_size', 'CAPACITY_PERCENT', '51'), lines: [10] },
  { name: 'linear 5 percent', tf: blueGreen('linear_step_size', 'CAPACITY_PERCENT', '5'), lines: [10] },
  { name: 'linear 10 percent', tf: blueGreen('linear_step_size', 'CAPACITY_PERCENT', '10'), lines: [] },
  { name: 'canary 2 of 4 instances', tf: { 'a.tf': blueGreen('canary_size', 'INSTANCE_COUNT', '2'), 'b.tf': cfg('4') }, lines: [] },
  { name: 'canary 3 of 4 instances', tf: { 'a.tf': blueGreen('canary_size', 'INSTANCE_COUNT', '3'), 'b.tf': cfg('4') }, lines: ['a.tf:10'] },
  { name: 'linear 1 of 20 instances', tf: blueGreen('linear_step_size', 'INSTANCE_COUNT', '1') + cfg('20'), lines: [10] },
  { name: 'computed instance count', tf: blueGreen('canary_size', 'INSTANCE_COUNT', '3') + cfg('var.n'), lines: [] },
  { name: 'computed target', tf: blueGreen('canary_size', 'INSTANCE_COUNT', '3', 'var.config') + cfg('4'), lines: [] },
  { name: 'undeclared target', tf: blueGreen('canary_size', 'INSTANCE_COUNT', '3'), lines: [] },
  { name: 'computed value', tf: blueGreen('canary_size', 'CAPACITY_PERCENT', 'var.v'), lines: [] },
  { name: 'rolling 4 percent', tf: rolling('CAPACITY_PERCENT', '4'), lines: [8] },
  { name: 'rolling 1 of 10 instances', tf: rolling('INSTANCE_COUNT', '1') + cfg('10'), lines: [] },
  { name: 'rolling 6 of 10 instances', tf: rolling('INSTANCE_COUNT', '6') + cfg('10'), lines: [8] },
]);
