import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVariableFiles, VariableFile, variableFileRank } from '../../../../server/src/analysis/evaluation/variableFiles';

test('only the files Terraform loads by itself are variable files, in its order', () => {
  assert.deepEqual(['x.tfvars', 'prod.tfvars.json', 'main.tf', 'terraform.tfvars.bak'].map(variableFileRank), [undefined, undefined, undefined, undefined]);
  const names = ['b.auto.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars.json', 'terraform.tfvars', 'a.auto.tfvars'];
  assert.deepEqual([...names].sort(compareVariableFiles), ['terraform.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars', 'a.auto.tfvars.json', 'b.auto.tfvars']);
});

test('an HCL variable file: each top-level assignment, the last of a name standing, with its span', () => {
  const text = 'size = "a"\ncount = 2\nsize = "b"\nbroken =\n';
  const file = new VariableFile('file:///m/terraform.tfvars', 'terraform.tfvars', text);
  assert.deepEqual([...file.values.keys()], ['size', 'count']);
  const size = file.values.get('size')!;
  assert.equal(text.slice(size.start, size.end), '"b"');
  assert.deepEqual(file.range(size), { start: { line: 2, character: 7 }, end: { line: 2, character: 10 } });
});

test('a JSON variable file: the top-level object, spans on the JSON values; anything else sets nothing', () => {
  const text = '{\n  "size": "ml.m5.large",\n  "sizes": ["a", "b"],\n  "nested": { "k": null }\n}\n';
  const file = new VariableFile('file:///m/x.auto.tfvars.json', 'x.auto.tfvars.json', text);
  assert.deepEqual([...file.values.keys()], ['size', 'sizes', 'nested']);
  const size = file.values.get('size')!;
  assert.equal(text.slice(size.start, size.end), '"ml.m5.large"');
  for (const other of ['[1, 2]', '"x"', '{ "unterminated": ', '', '\u0000\u0001']) {
    assert.equal(new VariableFile('file:///m/a.auto.tfvars.json', 'a.auto.tfvars.json', other).values.size, 0, JSON.stringify(other));
  }
});
