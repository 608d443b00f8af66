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
