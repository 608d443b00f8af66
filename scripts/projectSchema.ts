// Writes schemas/sagemaker-terraform.schema.json, the JSON schema of the project file (.sagemaker-terraform.json)
// that VS Code completes and checks it with (package.json contributes.jsonValidation). The codes come from the
// registry; test/unit/scripts/projectSchema.test.ts checks the file matches. Run: npm run schema:project
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../server/src/analysis/diagnosticCodes';

const LEVEL = { type: 'string', enum: ['off', 'information', 'warning', 'error'] };

export function projectSchema(): string {
  const codes = Object.fromEntries(DIAGNOSTIC_CODES.map((info) => [info.code, { ...LEVEL, description: `${info.title} (default: ${info.severity}).` }]));
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'SageMaker Terraform project settings',
    description: 'Settings of SageMaker Terraform for the modules in this folder and below (the nearest such file wins), in the editor and on the command line.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      severity: {
        description: 'Severity per diagnostic code; "off" drops its findings. The sagemaker/ prefix may be left out.',
        type: 'object',
        properties: codes,
        additionalProperties: LEVEL,
      },
      ignorePaths: {
        description: 'Files left unchecked: globs relative to this file\'s folder (* and ? within a name, ** for any folders; a folder covers what is under it).',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const SCHEMA_FILE = join(__dirname, '../schemas/sagemaker-terraform.schema.json');

if (require.main === module) {
  let before = '';
  try {
    before = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // Not written yet.
  }
  const after = projectSchema();
  if (after === before) console.log('The project file schema is up to date');
  else {
    writeFileSync(SCHEMA_FILE, after);
    console.log('Updated schemas/sagemaker-terraform.schema.json');
  }
}
