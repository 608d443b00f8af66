import { missingKmsKey } from '../../../../server/src/analysis/rules/missingKmsKey';
import { config, table, variant } from './harness';
import { on } from './instanceStorageFixtures';


table(missingKmsKey, [
  { name: 'no key', tf: config(variant('a')), lines: [1] },
  { name: 'literal key', tf: config(`  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"\n${variant('a')}`), lines: [] },
  { name: 'computed key', tf: config(`  kms_key_arn = aws_kms_key.k.arn\n${variant('a')}`), lines: [] },
  { name: 'every variant on local NVMe storage: a key would not apply', tf: config(`${on('ml.g5.xlarge')}\n${on('ml.p4d.24xlarge', 'b', 'shadow_production_variants')}`), lines: [] },
  { name: 'one variant without local storage', tf: config(`${on('ml.g5.xlarge')}\n${on('ml.m5.large', 'b')}`), lines: [1] },
  { name: 'an instance type that is not known', tf: config(on('var.type')), lines: [1] },
  { name: 'kms_key_arn = null is no key', tf: config(`  kms_key_arn = null\n${variant('a')}`), lines: [1] },
  { name: 'a key from a variable without default may be one', tf: config(`  kms_key_arn = var.key\n${variant('a')}`), lines: [] },
  { name: 'switched off', tf: config(variant('a')), lines: [], options: { kmsHint: false } },
  { name: 'endpoints are not judged', tf: 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n}\n', lines: [] },
]);
