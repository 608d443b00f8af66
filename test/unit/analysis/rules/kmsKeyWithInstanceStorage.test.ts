import { kmsKeyWithInstanceStorage } from '../../../../server/src/analysis/rules/kmsKeyWithInstanceStorage';
import { config, table } from './harness';
import { on } from './instanceStorageFixtures';

const KEY = '  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/k"\n';

table(kmsKeyWithInstanceStorage, [
  { name: 'a key, every variant on local storage', tf: config(`${KEY}${on('ml.g5.xlarge')}\n${on('ml.g4dn.xlarge', 'b')}`), lines: [2] },
  { name: 'a key, one variant on EBS', tf: config(`${KEY}${on('ml.g5.xlarge')}\n${on('ml.m5.large', 'b')}`), lines: [] },
  { name: 'a key, a variant type that is not known', tf: config(`${KEY}${on('ml.g5.xlarge')}\n${on('var.type', 'b')}`), lines: [] },
  { name: 'a key, dynamic variants', tf: config(`${KEY}${on('ml.g5.xlarge')}\n  dynamic "production_variants" {\n    for_each = var.v\n    content {}\n  }`), lines: [] },
  { name: 'kms_key_arn = null', tf: config(`  kms_key_arn = null\n${on('ml.g5.xlarge')}`), lines: [] },
  { name: 'no key', tf: config(on('ml.g5.xlarge')), lines: [] },
]);
