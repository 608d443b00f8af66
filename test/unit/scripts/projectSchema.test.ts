import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../../server/src/analysis/diagnosticCodes';
import { projectSchema, SCHEMA_FILE } from '../../../scripts/projectSchema';

test('the shipped project file schema is the one the registry gives (npm run schema:project)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), projectSchema());
});

test('the schema offers every code and the four levels, and package.json points VS Code at it', () => {
  const schema = JSON.parse(projectSchema());
  assert.deepEqual(Object.keys(schema.properties.severity.properties), DIAGNOSTIC_CODES.map((c) => c.code));
  assert.deepEqual(schema.properties.severity.additionalProperties.enum, ['off', 'information', 'warning', 'error']);
  const manifest = JSON.parse(readFileSync(`${__dirname}/../../../package.json`, 'utf8'));
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.sagemaker-terraform.json', url: './schemas/sagemaker-terraform.schema.json' }]);
});
