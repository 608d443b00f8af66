import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { toDiagnostic } from '../../../../server/src/analysis/diagnostics';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { runFileRules } from '../../../../server/src/analysis/rules';
import { elasticInferenceDiscontinued } from '../../../../server/src/analysis/rules/elasticInferenceDiscontinued';
import { config, table, variant } from './harness';

table(elasticInferenceDiscontinued, [
  { name: 'no accelerator', tf: config(variant('a')), lines: [] },
  { name: 'literal accelerator', tf: config(variant('a', 'production_variants', '\n    accelerator_type = "ml.eia2.medium"')), lines: [7] },
  { name: 'computed accelerator is not judged', tf: config(variant('a', 'production_variants', '\n    accelerator_type = var.a')), lines: [] },
  { name: 'shadow variant', tf: config(variant('a', 'shadow_production_variants', '\n    accelerator_type = "ml.eia1.large"')), lines: [7] },
]);

test('the Elastic Inference finding is marked deprecated', () => {
  const file = new ParsedFile('file:///m/main.tf', config(variant('a', 'production_variants', '\n    accelerator_type = "ml.eia2.medium"')), 1);
  const [finding] = runFileRules(file, ModuleScope.of([file]), {}, [elasticInferenceDiscontinued]);
  assert.deepEqual(toDiagnostic(file, finding).tags, [DiagnosticTag.Deprecated]);
  assert.equal(finding.severity, 'warning');
});
