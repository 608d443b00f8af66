// The documents the bench measures (bench/run.mjs over stdio, bench/ab.mjs in process): configuration and endpoint
// pairs of 13 lines, each configuration with a fixed name, so each has a replacement-order finding.

export function pair(i, salt = '') {
  return [
    `resource "aws_sagemaker_endpoint_configuration" "c${salt}${i}" {`,
    `  name        = "cfg-${salt}${i}"`,
    `  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"`,
    `  production_variants {`,
    `    variant_name           = "v1"`,
    `    model_name             = "model-${salt}${i}"`,
    `    instance_type          = "ml.m5.large"`,
    `    initial_instance_count = 1`,
    `  }`,
    `}`,
    `resource "aws_sagemaker_endpoint" "e${salt}${i}" {`,
    `  endpoint_config_name = aws_sagemaker_endpoint_configuration.c${salt}${i}.name`,
    `}`,
  ];
}

export const LINES_PER_PAIR = 13;

/** About `lines` lines of pairs; `salt` makes every name new. */
export function doc(lines, salt = '') {
  const n = Math.max(1, Math.round(lines / LINES_PER_PAIR));
  const out = [];
  for (let i = 0; i < n; i++) out.push(...pair(i, salt));
  return out.join('\n') + '\n';
}
