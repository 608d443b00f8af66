import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definition } from '../../../../server/src/analysis/navigation/definition';
import { file, withCursor } from './helpers';

const CONFIGS = file(
  'file:///m/configs.tf',
  'resource "aws_sagemaker_model" "m" {\n  name = "m"\n}\n\nresource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name = aws_sagemaker_model.m.name\n  }\n}\n',
);

function goTo(source: string) {
  const { file: main, offset } = withCursor('file:///m/main.tf', source);
  return definition(main, offset, [main, CONFIGS]);
}

test('a configuration reference leads to its block in another file', () => {
  for (const cursor of ['= |aws_sagemaker', 'aws_sagemaker_endpoint_con|figuration.c', '.|c.name', 'c.na|me', 'c.name|']) {
    const source = `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n}\n`;
    const needle = cursor.replace('|', '');
    const at = source.indexOf(needle) + cursor.indexOf('|');
    const links = goTo(source.slice(0, at) + '|' + source.slice(at));
    assert.ok(links, cursor);
    assert.equal(links.length, 1);
    assert.equal(links[0].targetUri, 'file:///m/configs.tf');
    assert.deepEqual(links[0].targetSelectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 51 } });
    assert.deepEqual(links[0].targetRange.start, { line: 4, character: 0 });
    assert.deepEqual(links[0].targetRange.end, { line: 8, character: 1 });
    assert.deepEqual(links[0].originSelectionRange, { start: { line: 1, character: 25 }, end: { line: 1, character: 63 } });
  }
});

test('indexes and splats are part of the traversal', () => {
  assert.equal(goTo('locals {\n  a = aws_sagemaker_endpoint_configuration.c[0].na|me\n}\n')?.[0].targetUri, 'file:///m/configs.tf');
  assert.equal(goTo('locals {\n  a = aws_sagemaker_endpoint_configuration.c[*].na|me\n}\n')?.[0].targetUri, 'file:///m/configs.tf');
});

test('any declared resource type works, in the same file too', () => {
  const links = goTo('resource "aws_iam_role" "r" {}\nlocals {\n  a = aws_iam_role.|r.arn\n  b = aws_sagemaker_model.m.name\n}\n');
  assert.equal(links?.[0].targetUri, 'file:///m/main.tf');
  assert.equal(links?.[0].targetSelectionRange.start.line, 0);
  assert.equal(goTo('locals {\n  b = aws_sagemaker_mo|del.m.name\n}\n')?.[0].targetUri, 'file:///m/configs.tf');
});

test('references inside function calls and templates', () => {
  assert.ok(goTo('locals {\n  a = upper(aws_sagemaker_model.|m.name)\n}\n'));
  assert.ok(goTo('locals {\n  a = "x-${aws_sagemaker_model.|m.name}"\n}\n'));
});

test('undeclared resources, variables and plain text have no definition', () => {
  assert.equal(goTo('locals {\n  a = aws_sagemaker_model.nope|.name\n}\n'), null);
  assert.equal(goTo('locals {\n  a = var.|x\n}\n'), null);
  assert.equal(goTo('locals {\n  a = "aws_sagemaker_model.|m"\n}\n'), null);
  assert.equal(goTo('loc|als {}\n'), null);
});

test('a reference at the end of an operator chain deeper than the call stack still leads to its block', () => {
  const chain = '1 + '.repeat(100_000);
  const links = goTo(`resource "aws_sagemaker_endpoint" "e" {\n  tags = { n = ${chain}aws_sagemaker_endpoint_configuration.c.na|me }\n}\n`);
  assert.equal(links?.length, 1);
  assert.equal(links![0].targetUri, 'file:///m/configs.tf');
  assert.deepEqual(links![0].targetSelectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 51 } });
});
