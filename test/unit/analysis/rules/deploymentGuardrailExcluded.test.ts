import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { runModuleRules } from '../../../../server/src/analysis/rules';
import { deploymentGuardrailExcluded } from '../../../../server/src/analysis/rules/deploymentGuardrailExcluded';
import { config, table } from './harness';
import { on } from './instanceStorageFixtures';

const SERVERLESS = '  production_variants {\n    variant_name = "s"\n    model_name = "m"\n    serverless_config {\n      max_concurrency = 5\n      memory_size_in_mb = 2048\n    }\n  }';
const blueGreen = (type: string, ref = 'aws_sagemaker_endpoint_configuration.c.name') =>
  `resource "aws_sagemaker_endpoint" "e" {\n  name = "e"\n  endpoint_config_name = ${ref}\n  deployment_config {\n    blue_green_update_policy {\n      traffic_routing_configuration {\n        type = ${type}\n        wait_interval_in_seconds = 60\n      }\n    }\n  }\n}\n`;
const rolling = (ref = 'aws_sagemaker_endpoint_configuration.c.name') =>
  `resource "aws_sagemaker_endpoint" "e" {\n  name = "e"\n  endpoint_config_name = ${ref}\n  deployment_config {\n    rolling_update_policy {\n      wait_interval_in_seconds = 60\n      maximum_batch_size {\n        type = "CAPACITY_PERCENT"\n        value = 50\n      }\n    }\n  }\n}\n`;

table(deploymentGuardrailExcluded, [
  // Rolling deployments: not for serverless or multi-variant configurations.
  { name: 'rolling, serverless', tf: { 'a.tf': rolling(), 'b.tf': config(SERVERLESS) }, lines: ['a.tf:5'] },
  { name: 'rolling, two variants', tf: rolling() + config(`${on('ml.m5.large')}\n${on('ml.m5.large', 'b')}`), lines: [5] },
  { name: 'rolling, through .id', tf: rolling('aws_sagemaker_endpoint_configuration.c.id') + config(SERVERLESS), lines: [5] },
  { name: 'rolling, one instance variant', tf: rolling() + config(on('ml.m5.large')), lines: [] },
  { name: 'rolling, one variant and a shadow variant', tf: rolling() + config(`${on('ml.m5.large')}\n${on('ml.m5.large', 'b', 'shadow_production_variants')}`), lines: [] },
  { name: 'rolling, dynamic variants', tf: rolling() + config('  dynamic "production_variants" {\n    for_each = var.v\n    content {}\n  }'), lines: [] },
  { name: 'rolling, Inf1', tf: rolling() + config(on('ml.inf1.xlarge')), lines: [5] },
  { name: 'rolling, configuration not in the module', tf: rolling(), lines: [] },
  { name: 'rolling, computed configuration name', tf: rolling('var.config') + config(SERVERLESS), lines: [] },
  // Canary and linear shifting fall back to all at once on Inf1.
  { name: 'canary on Inf1', tf: blueGreen('"CANARY"') + config(on('ml.inf1.2xlarge')), lines: [7] },
  { name: 'linear on Inf1', tf: blueGreen('"LINEAR"') + config(`${on('ml.m5.large')}\n${on('ml.inf1.xlarge', 'b')}`), lines: [7] },
  { name: 'all at once on Inf1', tf: blueGreen('"ALL_AT_ONCE"') + config(on('ml.inf1.xlarge')), lines: [] },
  { name: 'canary on Inf2', tf: blueGreen('"CANARY"') + config(on('ml.inf2.xlarge')), lines: [] },
  { name: 'canary, instance type from a variable', tf: blueGreen('"CANARY"') + config(on('var.type')), lines: [] },
  { name: 'canary, type from a variable', tf: blueGreen('var.type') + config(on('ml.inf1.xlarge')), lines: [] },
  { name: 'canary on a serverless configuration', tf: blueGreen('"CANARY"') + config(SERVERLESS), lines: [] },
]);

function messages(text: string): string[] {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return (runModuleRules([file], ModuleScope.of([file]), [deploymentGuardrailExcluded]).get(file.uri) ?? []).map((f) => f.message);
}

test('the messages name the configuration and what SageMaker does instead', () => {
  assert.match(messages(rolling() + config(SERVERLESS))[0], /aws_sagemaker_endpoint_configuration\.c is serverless.*rolling deployments are not available/);
  assert.match(messages(rolling() + config(`${on('ml.m5.large')}\n${on('ml.m5.large', 'b')}`))[0], /has 2 production variants/);
  assert.match(messages(blueGreen('"CANARY"') + config(on('ml.inf1.2xlarge')))[0], /runs on Inf1 instances \(ml\.inf1\.2xlarge\).*shifts all traffic at once instead of this CANARY shifting, with no final baking period/);
  assert.match(messages(rolling() + config(on('ml.inf1.xlarge')))[0], /all-at-once blue\/green deployment instead of rolling batches/);
});
