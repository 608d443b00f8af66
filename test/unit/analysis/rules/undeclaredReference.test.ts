import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeInfo, Codes } from '../../../../server/src/analysis/diagnosticCodes';
import { RESOURCE_SCHEMAS } from '../../../../server/src/schema';
import type { BodySchema } from '../../../../server/src/schema/types';
import { undeclaredReference } from '../../../../server/src/analysis/rules/undeclaredReference';
import { config, table } from './harness';

const endpoint = (ref: string) => `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = ${ref}\n}\n`;
const model = (ref: string) => config(`  production_variants {\n    variant_name = "v"\n    model_name = ${ref}\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n  }`, 'x');

table(undeclaredReference, [
  { name: 'declared in the same file', tf: endpoint('aws_sagemaker_endpoint_configuration.x.name') + '\n' + model('"m"'), lines: [] },
  { name: 'undeclared', tf: endpoint('aws_sagemaker_endpoint_configuration.y.name'), lines: [2] },
  { name: 'indexed and undeclared', tf: endpoint('aws_sagemaker_endpoint_configuration.y[0].name'), lines: [2] },
  { name: 'declared in another file', tf: { 'a.tf': endpoint('aws_sagemaker_endpoint_configuration.x.name'), 'b.tf': model('"m"') }, lines: [] },
  { name: 'undeclared across files', tf: { 'a.tf': endpoint('aws_sagemaker_endpoint_configuration.z.name'), 'b.tf': model('"m"') }, lines: ['a.tf:2'] },
  { name: 'model declared', tf: model('aws_sagemaker_model.m.name') + 'resource "aws_sagemaker_model" "m" {}\n', lines: [] },
  { name: 'model undeclared', tf: model('aws_sagemaker_model.n.name'), lines: [4] },
  { name: 'function call is not judged', tf: endpoint('lower(aws_sagemaker_endpoint_configuration.y.name)'), lines: [] },
  { name: 'template is not judged', tf: endpoint('"${aws_sagemaker_endpoint_configuration.y.name}"'), lines: [] },
  { name: 'conditional is not judged', tf: endpoint('var.a ? aws_sagemaker_endpoint_configuration.y.name : "b"'), lines: [] },
  { name: 'variables are not resources', tf: endpoint('var.config_name'), lines: [] },
  { name: 'data sources are not judged', tf: endpoint('data.aws_sagemaker_endpoint_configuration.y.name'), lines: [] },
]);

// Every argument the schema gives `references`, at any depth, is judged the same way.
const withVariant = (body: string, variantExtra = '') =>
  config(`  production_variants {\n    variant_name = "v"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1${variantExtra}\n  }\n${body}`);
const KEY = 'resource "aws_kms_key" "k" {}\n';
const ROLE = 'resource "aws_iam_role" "r" {}\n';
const TOPIC = 'resource "aws_sns_topic" "t" {}\n';

table(undeclaredReference, [
  { name: 'kms_key_arn to an undeclared key', tf: withVariant('  kms_key_arn = aws_kms_key.k.arn'), lines: [8] },
  { name: 'kms_key_arn to a declared key', tf: withVariant('  kms_key_arn = aws_kms_key.k.arn') + KEY, lines: [] },
  { name: 'another attribute of an undeclared key', tf: withVariant('  kms_key_arn = aws_kms_key.k.key_id'), lines: [8] },
  { name: 'execution_role_arn to an undeclared role', tf: withVariant('  execution_role_arn = aws_iam_role.r.arn'), lines: [8] },
  { name: 'execution_role_arn to a declared, counted role', tf: withVariant('  execution_role_arn = aws_iam_role.r[0].arn') + ROLE, lines: [] },
  { name: 'a data source role is not a resource reference', tf: withVariant('  execution_role_arn = data.aws_iam_role.r.arn'), lines: [] },
  { name: 'module outputs, variables and locals are not judged', tf: withVariant('  kms_key_arn = module.keys.arn\n  execution_role_arn = var.role\n'), lines: [] },
  { name: 'another resource type is not judged', tf: withVariant('  kms_key_arn = aws_kms_alias.a.target_key_arn'), lines: [] },
  {
    name: 'data capture and output keys, notification topics',
    tf: withVariant(
      '  data_capture_config {\n    initial_sampling_percentage = 1\n    destination_s3_uri = "s3://b/c"\n    kms_key_id = aws_kms_key.gone.arn\n    capture_options {\n      capture_mode = "Input"\n    }\n  }\n' +
        '  async_inference_config {\n    output_config {\n      s3_output_path = "s3://b/o"\n      kms_key_id = aws_kms_key.k.arn\n      notification_config {\n        success_topic = aws_sns_topic.t.arn\n        error_topic = aws_sns_topic.missing.arn\n      }\n    }\n  }',
    ) + KEY + TOPIC,
    lines: [11, 22],
  },
  {
    name: 'core dump key of a shadow variant',
    tf: config(`  shadow_production_variants {\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n    core_dump_config {\n      destination_s3_uri = "s3://b/d"\n      kms_key_id = aws_kms_key.k.arn\n    }\n  }`),
    lines: [8],
  },
  {
    name: 'rollback alarms of an endpoint',
    tf: `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n  deployment_config {\n    auto_rollback_configuration {\n      alarms {\n        alarm_name = aws_cloudwatch_metric_alarm.declared.alarm_name\n      }\n      alarms {\n        alarm_name = aws_cloudwatch_metric_alarm.latency.alarm_name\n      }\n    }\n  }\n}\nresource "aws_cloudwatch_metric_alarm" "declared" {}\n`,
    lines: [9],
  },
  {
    name: 'dynamic content is judged, its iterator is not',
    tf: config(`  dynamic "production_variants" {\n    for_each = var.variants\n    content {\n      model_name = aws_sagemaker_model.gone.name\n      core_dump_config {\n        destination_s3_uri = "s3://b/d"\n        kms_key_id = production_variants.value.key\n      }\n    }\n  }`),
    lines: [5],
  },
  { name: 'an argument the schema gives no reference is not judged', tf: withVariant('  tags = { Model = aws_sagemaker_model.gone.name }'), lines: [] },
  { name: 'inside an unknown block nothing is judged', tf: withVariant('  vpc_config {\n    kms_key_arn = aws_kms_key.gone.arn\n  }'), lines: [] },
]);

test('the code explanation names every resource type the schema refers to', () => {
  const types = new Set<string>();
  const walk = (body: BodySchema) => {
    for (const a of Object.values(body.attributes)) if (a.references) types.add(a.references.resourceType);
    for (const b of Object.values(body.blocks)) walk(b.body);
  };
  for (const r of RESOURCE_SCHEMAS) walk(r.body);
  assert.ok(types.size >= 6);
  const explanation = codeInfo(Codes.undeclaredReference).explanation;
  assert.deepEqual([...types].filter((t) => !explanation.includes(`\`${t}.X\``)), []);
});
