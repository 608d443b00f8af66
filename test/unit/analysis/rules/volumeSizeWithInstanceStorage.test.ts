import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasInstanceStorage } from '../../../../server/src/schema';
import { volumeSizeWithInstanceStorage } from '../../../../server/src/analysis/rules/volumeSizeWithInstanceStorage';
import { config, table } from './harness';
import { on } from './instanceStorageFixtures';

const size = (v: string) => `\n    volume_size_in_gb = ${v}`;

table(volumeSizeWithInstanceStorage, [
  { name: 'g5 with a volume size', tf: config(on('ml.g5.2xlarge', 'a', 'production_variants', size('100'))), lines: [7] },
  { name: 'shadow variant on p4d', tf: config(`${on('ml.m5.large')}\n${on('ml.p4d.24xlarge', 'b', 'shadow_production_variants', size('"50"'))}`), lines: [13] },
  { name: 'a "d" family (m5d)', tf: config(on('ml.m5d.large', 'a', 'production_variants', size('30'))), lines: [7] },
  { name: 'an EBS-only type', tf: config(on('ml.m5.large', 'a', 'production_variants', size('100'))), lines: [] },
  { name: 'a family with no known fact (trn2)', tf: config(on('ml.trn2.48xlarge', 'a', 'production_variants', size('100'))), lines: [] },
  { name: 'an instance type from a variable', tf: config(on('var.type', 'a', 'production_variants', size('100'))), lines: [] },
  { name: 'an instance type from a variable default: a warning', tf: 'variable "type" {\n  default = "ml.g5.xlarge"\n}\n' + config(on('var.type', 'a', 'production_variants', size('100'))), lines: [10], severity: 'warning' },
  { name: 'volume_size_in_gb = null', tf: config(on('ml.g5.2xlarge', 'a', 'production_variants', size('null'))), lines: [] },
  { name: 'a volume size from a variable', tf: config(on('ml.g5.2xlarge', 'a', 'production_variants', size('var.size'))), lines: [] },
]);

test('the NVMe families: those AWS names, not EBS-only ones', () => {
  for (const type of ['ml.g4dn.xlarge', 'ml.g5.xlarge', 'ml.g6e.xlarge', 'ml.p4d.24xlarge', 'ml.p4de.24xlarge', 'ml.p5.48xlarge', 'ml.p5en.48xlarge', 'ml.trn1.2xlarge', 'ml.trn1n.32xlarge', 'ml.c5d.large', 'ml.r6gd.large']) {
    assert.ok(hasInstanceStorage(type), type);
  }
  for (const type of ['ml.m5.large', 'ml.c5.xlarge', 'ml.p3.2xlarge', 'ml.inf2.xlarge', 'ml.g7e.2xlarge', 'ml.trn2.48xlarge', 'ml.p6-b200.48xlarge', 'g5.xlarge', 'ml.g5', '']) {
    assert.ok(!hasInstanceStorage(type), type);
  }
});
