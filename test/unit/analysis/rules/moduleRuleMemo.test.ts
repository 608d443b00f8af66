// The module rules' memo: after an edit, a rule that declares its inputs checks again only the blocks the edit parsed
// anew and those whose inputs changed, and what it reports is what a run without the memo reports.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Codes } from '../../../../server/src/analysis/diagnosticCodes';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { ModuleRuleMemo, runModuleRules, type ModuleRule } from '../../../../server/src/analysis/rules';
import { replacementOrder } from '../../../../server/src/analysis/rules/replacementOrder';
import { undeclaredReference } from '../../../../server/src/analysis/rules/undeclaredReference';
import { deploymentCapacitySize } from '../../../../server/src/analysis/rules/deploymentCapacitySize';
import { duplicateName } from '../../../../server/src/analysis/rules/duplicateName';
import { deploymentGuardrailExcluded } from '../../../../server/src/analysis/rules/deploymentGuardrailExcluded';
import { CONFIGURATION_TYPE } from '../../../../server/src/schema';

const configuration = (i: number, name = `cfg-${i}`) =>
  `resource "aws_sagemaker_endpoint_configuration" "c${i}" {\n  name = "${name}"\n  production_variants {\n    variant_name = "v"\n  }\n}\n`;
const endpoint = (i: number) => `resource "aws_sagemaker_endpoint" "e${i}" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c${i}.name\n}\n`;
const module = (n: number, name = (i: number) => `cfg-${i}`) => Array.from({ length: n }, (_, i) => configuration(i, name(i)) + endpoint(i)).join('');

/** replacementOrder, counting the resources it checks. */
function counted(): { rule: ModuleRule; checked: string[] } {
  const checked: string[] = [];
  const rule: ModuleRule = { ...replacementOrder, check: (resource, index, scope, module) => (checked.push(resource.name), replacementOrder.check(resource, index, scope, module)) };
  return { rule, checked };
}

/** The workspace keeps a module's scope while its variables and locals are unchanged; so do these tests. */
function run(file: ParsedFile, rule: ModuleRule, memo?: ModuleRuleMemo, scope = ModuleScope.of([file])) {
  // Spans as offsets: a fresh finding may hold the syntax node itself as its span.
  return (runModuleRules([file], scope, [rule], undefined, memo).get(file.uri) ?? []).map((f) => ({
    ...f,
    span: { start: f.span.start, end: f.span.end },
    fixes: f.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: { start: e.span.start, end: e.span.end } })) })),
    related: f.related?.map((r) => ({ uri: r.file.uri, span: { start: r.span.start, end: r.span.end }, message: r.message })),
    line: file.positionAt(f.span.start).line,
  }));
}

test('an edit inside one block checks that block and the one the parse restarted at, and reports as from scratch', () => {
  const memo = new ModuleRuleMemo();
  const { rule, checked } = counted();
  const before = new ParsedFile('file:///m/main.tf', module(40), 1);
  const scope = ModuleScope.of([before]);
  assert.equal(run(before, rule, memo, scope).length, 40);
  assert.equal(checked.length, 40);
  checked.length = 0;
  // A longer name in the 21st configuration: the blocks after it move.
  const text = module(40, (i) => (i === 20 ? 'cfg-renamed-20' : `cfg-${i}`));
  const after = new ParsedFile('file:///m/main.tf', text, 2, text.length, before);
  const got = run(after, rule, memo, scope);
  assert.ok(checked.includes('c20') && checked.length <= 2, `checked again: ${checked.join(', ')}`);
  assert.deepEqual(got, run(new ParsedFile('file:///m/main.tf', text, 2), replacementOrder));
  assert.match(got[20].message, /"cfg-renamed-20"/);
});

test('a block whose inputs change is checked again, though its text did not', () => {
  const memo = new ModuleRuleMemo();
  const { rule, checked } = counted();
  const before = new ParsedFile('file:///m/main.tf', module(10), 1);
  const scope = ModuleScope.of([before]);
  run(before, rule, memo, scope);
  checked.length = 0;
  // The endpoint of the 6th configuration now deploys the 7th: both configurations' users change.
  const text = module(10).replace('aws_sagemaker_endpoint_configuration.c5.name', 'aws_sagemaker_endpoint_configuration.c6.name');
  const after = new ParsedFile('file:///m/main.tf', text, 2, text.length, before);
  const got = run(after, rule, memo, scope);
  assert.deepEqual([...new Set(checked)].sort(), ['c5', 'c6']);
  assert.deepEqual(got, run(new ParsedFile('file:///m/main.tf', text, 2), replacementOrder));
  assert.equal(got[5].severity, 'information');
  assert.match(got[6].message, /aws_sagemaker_endpoint\.e5 and aws_sagemaker_endpoint\.e6/);
});

test('another scope checks every block again; a rule without inputs is always checked', () => {
  const memo = new ModuleRuleMemo();
  const { rule, checked } = counted();
  const file = new ParsedFile('file:///m/main.tf', module(5), 1);
  const scope = ModuleScope.of([file]);
  run(file, rule, memo, scope);
  run(file, rule, memo, scope);
  assert.equal(checked.length, 5);
  run(file, rule, memo, ModuleScope.of([file]));
  assert.equal(checked.length, 10);
  const always = counted();
  const { inputs: _, ...withoutInputs } = always.rule;
  run(file, withoutInputs, memo, scope);
  run(file, withoutInputs, memo, scope);
  assert.equal(always.checked.length, 10);
  assert.equal(replacementOrder.resourceTypes[0], CONFIGURATION_TYPE);
  assert.equal(replacementOrder.code, Codes.replacementOrder);
});

// Each rule's inputs: an edit of another block (before the unchanged one, so it also moves) changes what the rule
// says about the unchanged block, and the memo gives what a run without it gives.
const variants = (count: string, n = 1) =>
  Array.from({ length: n }, (_, i) => `  production_variants {\n    variant_name = "v${i}"\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = ${count}\n  }\n`).join('');
const config = (body: string, name = 'c') => `resource "aws_sagemaker_endpoint_configuration" "${name}" {\n${body}}\n`;
const canary = `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n  deployment_config {\n    blue_green_update_policy {\n      traffic_routing_configuration {\n        type = "CANARY"\n        wait_interval_in_seconds = 60\n        canary_size {\n          type = "INSTANCE_COUNT"\n          value = 2\n        }\n      }\n    }\n  }\n}\n`;
const rolling = `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n  deployment_config {\n    rolling_update_policy {\n      wait_interval_in_seconds = 60\n      maximum_batch_size {\n        type = "CAPACITY_PERCENT"\n        value = 50\n      }\n    }\n  }\n}\n`;
const named = (name: string, value: string) => config(`  name = "${value}"\n${variants('1')}`, name);
const referring = 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c9.name\n}\n';

for (const { rule, before, after } of [
  { rule: undeclaredReference, before: config(variants('1')) + referring, after: config(variants('1'), 'c9') + referring },
  { rule: deploymentCapacitySize, before: config(variants('3')) + canary, after: config(variants('10')) + canary },
  { rule: duplicateName, before: named('a', 'dup') + named('b', 'dup'), after: `# moved down\n${named('a', 'dup')}` + named('b', 'dup') },
  { rule: duplicateName, before: named('a', 'dup') + named('b', 'dup'), after: named('a', 'other') + named('b', 'dup') },
  { rule: deploymentGuardrailExcluded, before: config(variants('1', 2)) + rolling, after: config(variants('1')) + rolling },
]) {
  test(`${rule.code}: an edit of another block changes the findings of a block whose text did not change`, () => {
    const memo = new ModuleRuleMemo();
    const first = new ParsedFile('file:///m/main.tf', before, 1);
    const scope = ModuleScope.of([first]);
    const was = run(first, rule, memo, scope);
    const next = new ParsedFile('file:///m/main.tf', after, 2, after.length, first);
    // No variables or locals: the scope stays the same object, as in the workspace.
    const got = run(next, rule, memo, ModuleScope.update(scope, [next]));
    assert.deepEqual(got, run(new ParsedFile('file:///m/main.tf', after, 2), rule));
    assert.notDeepEqual(got.map((f) => f.message), was.map((f) => f.message), 'the edit changes what is said');
  });
}

/** A rule counting the indexes it builds and the resources it checks. */
function countingIndex(base: ModuleRule): { rule: ModuleRule; built: number[]; checked: string[] } {
  const built: number[] = [];
  const checked: string[] = [];
  const rule: ModuleRule = {
    ...base,
    index: (context) => (built.push(1), base.index(context)),
    check: (resource, index, scope, module) => (checked.push(resource.name), base.check(resource, index, scope, module)),
  };
  return { rule, built, checked };
}

test('an edit that leaves every contribution alone builds no index, and checks the edited block against the one built before', () => {
  const memo = new ModuleRuleMemo();
  const { rule, built, checked } = countingIndex(replacementOrder);
  const before = new ParsedFile('file:///m/main.tf', module(40), 1);
  const scope = ModuleScope.of([before]);
  run(before, rule, memo, scope);
  assert.equal(built.length, 1);
  checked.length = 0;
  // The variant of the 21st configuration is renamed: no endpoint deploys anything else.
  let previous = before;
  for (const [version, variant] of [[2, 'vx'], [3, 'vxy']] as const) {
    const text = module(40).replace(/(c20" \{\n  name = "cfg-20"\n  production_variants \{\n    variant_name = ")v"/, `$1${variant}"`);
    assert.notEqual(text, module(40));
    const after = new ParsedFile('file:///m/main.tf', text, version, text.length, previous);
    assert.deepEqual(run(after, rule, memo, scope), run(new ParsedFile('file:///m/main.tf', text, version), replacementOrder));
    previous = after;
  }
  assert.equal(built.length, 1, 'no index built after the first diagnosis');
  assert.ok(checked.includes('c20') && checked.length <= 4, `checked again: ${checked.join(', ')}`);
});

test('an edit that changes a contribution builds the index again, and the reports follow it', () => {
  const memo = new ModuleRuleMemo();
  const { rule, built } = countingIndex(replacementOrder);
  const before = new ParsedFile('file:///m/main.tf', module(10), 1);
  const scope = ModuleScope.of([before]);
  run(before, rule, memo, scope);
  // An endpoint now deploys another configuration: the index of users changes.
  const text = module(10).replace('aws_sagemaker_endpoint_configuration.c5.name', 'aws_sagemaker_endpoint_configuration.c6.name');
  const after = new ParsedFile('file:///m/main.tf', text, 2, text.length, before);
  const got = run(after, rule, memo, scope);
  assert.equal(built.length, 2);
  assert.deepEqual(got, run(new ParsedFile('file:///m/main.tf', text, 2), replacementOrder));
  assert.match(got[6].message, /aws_sagemaker_endpoint\.e5 and aws_sagemaker_endpoint\.e6/);
});

test('a module whose files change in number, or another provider version, is checked from its index again', () => {
  const memo = new ModuleRuleMemo();
  const { rule, built } = countingIndex(undeclaredReference);
  const a = new ParsedFile('file:///m/a.tf', module(3), 1);
  const b = new ParsedFile('file:///m/b.tf', 'resource "aws_iam_role" "r" {}\n', 1);
  const scope = ModuleScope.of([a, b]);
  runModuleRules([a, b], scope, [rule], undefined, memo);
  runModuleRules([a, b], scope, [rule], undefined, memo);
  assert.equal(built.length, 1, 'the same files again: nothing to build');
  runModuleRules([a], scope, [rule], undefined, memo);
  assert.equal(built.length, 2);
});
