import assert from 'node:assert/strict';
import { test } from 'node:test';
import { references } from '../../../../server/src/analysis/navigation/references';
import { file, withCursor } from './helpers';

const ENDPOINTS = file(
  'file:///m/endpoints.tf',
  'resource "aws_sagemaker_endpoint" "a" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n}\n\nresource "aws_sagemaker_endpoint" "b" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c[0].name\n  tags = { other = aws_sagemaker_endpoint_configuration.other.name }\n}\n',
);

const CONFIG = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name = "m"\n  }\n}\n\noutput "n" {\n  value = aws_sagemaker_endpoint_configuration.c.arn\n}\n';

function find(source: string, includeDeclaration: boolean) {
  const { file: main, offset } = withCursor('file:///m/main.tf', source);
  return references(main, offset, [main, ENDPOINTS], includeDeclaration).map((l) => `${l.uri.slice(10)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);
}

test('from the declaration header: every reference in the module, plus the declaration when asked', () => {
  const source = CONFIG.replace('"c"', '"|c"');
  assert.deepEqual(find(source, false), ['main.tf:7:10-48', 'endpoints.tf:1:25-63', 'endpoints.tf:5:25-63']);
  assert.deepEqual(find(source, true), ['main.tf:0:0-51', 'main.tf:7:10-48', 'endpoints.tf:1:25-63', 'endpoints.tf:5:25-63']);
  assert.deepEqual(find(CONFIG.replace('resource', 'reso|urce'), false).length, 3);
});

test('from a reference: the same set', () => {
  assert.deepEqual(find(CONFIG.replace('configuration.c.arn', 'configuration.c.a|rn'), true), [
    'main.tf:0:0-51',
    'main.tf:7:10-48',
    'endpoints.tf:1:25-63',
    'endpoints.tf:5:25-63',
  ]);
});

test('inside a block body, or on an undeclared reference, there is nothing', () => {
  assert.deepEqual(find(CONFIG.replace('model_name', 'model|_name'), true), []);
  assert.deepEqual(find(CONFIG + 'locals {\n  x = aws_sagemaker_endpoint_configuration.other|.name\n}\n', true), []);
});

test('references inside expression trees deeper than the call stack (long operator and splat chains)', () => {
  const n = 100_000;
  const deep = `resource "aws_sagemaker_endpoint" "d" {\n  tags = {\n    sum = ${'1 + '.repeat(n)}aws_sagemaker_endpoint_configuration.c.name\n    all = aws_sagemaker_endpoint_configuration.c${'[*]'.repeat(n)}.name\n  }\n}\n`;
  const { file: main, offset } = withCursor('file:///m/main.tf', CONFIG.replace('"c"', '"|c"'));
  const deepFile = file('file:///m/deep.tf', deep);
  const found = references(main, offset, [main, deepFile], false).map((l) => `${l.uri.slice(10)}:${l.range.start.line}:${l.range.start.character}`);
  assert.deepEqual(found, ['main.tf:7:10', `deep.tf:2:${10 + 4 * n}`, 'deep.tf:3:10']);
});
