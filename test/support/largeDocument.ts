/**
 * `pairs` configuration and endpoint pairs (12 lines each), with findings of each kind: values (an unknown instance
 * type, a zero count), names repeated, references to configurations not declared, replacement order.
 */
export function largeDocument(pairs: number): string {
  const out: string[] = [];
  for (let i = 0; i < pairs; i++) {
    out.push(
      `resource "aws_sagemaker_endpoint_configuration" "c${i}" {`,
      `  name = "cfg-${i % 7 === 0 ? 'same' : i}"`,
      '  production_variants {',
      '    variant_name           = "v1"',
      `    model_name             = "model-${i}"`,
      `    instance_type          = "${i % 5 === 0 ? 'ml.m5.huge' : 'ml.m5.large'}"`,
      `    initial_instance_count = ${i % 3 === 0 ? 0 : 1}`,
      '  }',
      '}',
      `resource "aws_sagemaker_endpoint" "e${i}" {`,
      `  endpoint_config_name = aws_sagemaker_endpoint_configuration.c${i % 11 === 0 ? 'missing' : i}.name`,
      '}',
    );
  }
  return out.join('\n') + '\n';
}
