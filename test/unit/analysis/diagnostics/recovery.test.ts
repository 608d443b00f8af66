import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileFindings, moduleFindings } from '../../../../server/src/analysis/diagnostics';
import { recoveryRegions } from '../../../../server/src/analysis/diagnostics/recovery';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { MODULE } from '../../../support/weightedModule';

// One missing `}`: the syntax error is the message, not the schema errors of everything the unclosed block swallowed.

const all = (text: string) => {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  const scope = ModuleScope.of([file]);
  return [...fileFindings(file, scope), ...(moduleFindings([file], scope).get(file.uri) ?? [])];
};

test('deleting any one closing brace of a module gives the syntax error and no finding the intact module lacks', () => {
  const intact = new Set(all(MODULE).map((f) => `${f.code}: ${f.message}`));
  const braces = [...MODULE.matchAll(/}/g)].map((m) => m.index!);
  assert.equal(braces.length, 7);
  for (const at of braces) {
    const text = MODULE.slice(0, at) + MODULE.slice(at + 1);
    const line = MODULE.slice(0, at).split('\n').length;
    const findings = all(text);
    assert.equal(findings.filter((f) => f.code === 'sagemaker/syntax-error').length, 1, `line ${line}`);
    const extra = findings.filter((f) => f.code !== 'sagemaker/syntax-error' && !intact.has(`${f.code}: ${f.message}`));
    assert.deepEqual(extra.map((f) => f.message), [], `without the } of line ${line}`);
  }
});

test('the region held back starts at the first line that leaves the block it seems to be in', () => {
  const at = MODULE.indexOf('}', MODULE.indexOf('initial_variant_weight'));
  const file = new ParsedFile('file:///m/main.tf', MODULE.slice(0, at) + MODULE.slice(at + 1), 1);
  const regions = recoveryRegions(file);
  assert.equal(regions.length, 1);
  assert.equal(regions[0].start, MODULE.indexOf('production_variants', at) - 1, 'the second production_variants, at the depth of the first');
});

test('a block still being typed at the end of the file keeps its findings', () => {
  const typing = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    volume_size_in_gbs = 10\n';
  assert.deepEqual(recoveryRegions(new ParsedFile('file:///m/main.tf', typing, 1)), []);
  assert.ok(all(typing).some((f) => f.code === 'sagemaker/unknown-argument'));
});

test('a file without any indentation holds back the whole unclosed block, never more', () => {
  const flat = 'resource "aws_sagemaker_endpoint" "e" {\nendpoint_config_nam = "x"\n';
  assert.deepEqual(all(flat).map((f) => f.code), ['sagemaker/syntax-error']);
});
