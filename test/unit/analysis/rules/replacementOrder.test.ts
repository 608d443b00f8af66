import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { runModuleRules } from '../../../../server/src/analysis/rules';
import { replacementOrder } from '../../../../server/src/analysis/rules/replacementOrder';
import { config, table, variant } from './harness';

const cbd = (v: string) => `\n  lifecycle {\n    create_before_destroy = ${v}\n  }`;
const endpoint = (ref = 'aws_sagemaker_endpoint_configuration.c.name', name = 'e') =>
  `resource "aws_sagemaker_endpoint" "${name}" {\n  name = "${name}"\n  endpoint_config_name = ${ref}\n}\n`;
const named = (name: string, extra = '') => config(`  name = ${name}\n${variant('a')}${extra}`);

table(replacementOrder, [
  // Used by an endpoint of the module: a warning, for every way of naming the configuration.
  { name: 'fixed name used by an endpoint', tf: named('"c"') + endpoint(), lines: [2] },
  { name: 'fixed name used by an endpoint in another file', tf: { 'a.tf': named('"c"'), 'b.tf': endpoint() }, lines: ['a.tf:2'] },
  { name: 'fixed name used through .id', tf: named('"c"') + endpoint('aws_sagemaker_endpoint_configuration.c.id'), lines: [2] },
  { name: 'fixed name used through .arn', tf: named('"c"') + endpoint('aws_sagemaker_endpoint_configuration.c.arn'), lines: [2] },
  { name: 'fixed name used by its literal name', tf: named('"c"') + endpoint('"c"'), lines: [2] },
  { name: 'fixed name, create_before_destroy = false', tf: named('"c"', cbd('false')) + endpoint(), lines: [2] },
  { name: 'name_prefix used by an endpoint', tf: config(`  name_prefix = "c-"\n${variant('a')}`) + endpoint(), lines: [1] },
  { name: 'no name used by an endpoint', tf: config(variant('a')) + endpoint(), lines: [1] },
  { name: 'name = null is a generated name', tf: named('null') + endpoint(), lines: [1] },
  { name: 'name from a variable used by an endpoint', tf: named('var.name') + endpoint(), lines: [2] },
  { name: 'counted configuration used by index', tf: named('"c-${count.index}"', '\n  count = 2') + endpoint('aws_sagemaker_endpoint_configuration.c[0].name'), lines: [2] },
  // The safe form, and a fixed name with create_before_destroy (whose replacement cannot be created).
  { name: 'name_prefix with create_before_destroy', tf: config(`  name_prefix = "c-"\n${variant('a')}${cbd('true')}`) + endpoint(), lines: [] },
  { name: 'no name with create_before_destroy = "true"', tf: config(`${variant('a')}${cbd('"true"')}`) + endpoint(), lines: [] },
  { name: 'fixed name with create_before_destroy', tf: named('"c"', cbd('true')) + endpoint(), lines: [2] },
  { name: 'fixed name with create_before_destroy, unused', tf: named('"c"', cbd('true')), lines: [2] },
  { name: 'name from a variable with create_before_destroy', tf: named('var.name', cbd('true')) + endpoint(), lines: [] },
  { name: 'an unclosed configuration: the name may still come', tf: `resource "aws_sagemaker_endpoint_configuration" "c" {\n${variant('a')}\n` + endpoint(), lines: [] },
  { name: 'an unclosed configuration with a fixed name: create_before_destroy may still come', tf: `resource "aws_sagemaker_endpoint_configuration" "c" {\n  name = "c"\n${variant('a')}\n` + endpoint(), lines: [] },
  { name: 'create_before_destroy that is not a literal', tf: named('"c"', cbd('var.cbd')) + endpoint(), lines: [] },
  // Not used by an endpoint of the module: information.
  { name: 'fixed name, unused', tf: named('"c"'), lines: [2], severities: ['information'] },
  { name: 'name_prefix, unused', tf: config(`  name_prefix = "c-"\n${variant('a')}`), lines: [1], severities: ['information'] },
  { name: 'name from a variable, unused', tf: named('var.name'), lines: [] },
  { name: 'an endpoint using another configuration', tf: named('"c"') + endpoint('aws_sagemaker_endpoint_configuration.other.name'), lines: [2], severities: ['information'] },
  { name: 'an endpoint whose configuration name is computed', tf: named('"c"') + endpoint('var.config'), lines: [2], severities: ['information'] },
]);

function findings(text: string) {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return runModuleRules([file], ModuleScope.of([file]), [replacementOrder]).get(file.uri) ?? [];
}

test('each case states its own consequence and names the endpoint', () => {
  const [fixed] = findings(named('"orders"') + endpoint());
  assert.match(fixed.message, /same name "orders".*aws_sagemaker_endpoint\.e sees no change and keeps running the old configuration/);
  const [generated] = findings(config(`  name_prefix = "c-"\n${variant('a')}`) + endpoint());
  assert.match(generated.message, /deletes the old one before aws_sagemaker_endpoint\.e switches.*fails at apply \("Could not find endpoint configuration"\)/);
  const [maybe] = findings(named('var.name') + endpoint());
  assert.match(maybe.message, /either keeps running it \(a fixed name\) or fails to update \(a generated name\)/);
  assert.equal(maybe.fixes, undefined, 'no fix when the name case is not known');
  const [taken] = findings(named('"orders"', cbd('true')));
  assert.match(taken.message, /fixed name "orders" is still taken/);
  const [unused] = findings(named('"orders"'));
  assert.match(unused.message, /an endpoint that uses it would see no change/);
});

test('the fixes: name_prefix with create_before_destroy for a fixed name, create_before_destroy for a generated one', () => {
  const [fixed] = findings(named('"orders"') + endpoint());
  assert.equal(fixed.fixes?.[0].title, 'Use name_prefix with create_before_destroy');
  assert.deepEqual(fixed.fixes[0].edits.map((e) => e.newText.trim()), ['name_prefix = "orders-"', 'lifecycle {\n    create_before_destroy = true\n  }']);
  const [taken] = findings(named('"orders"', cbd('true')));
  assert.deepEqual(taken.fixes?.[0].edits.map((e) => e.newText), ['name_prefix = "orders-"'], 'the lifecycle block is kept as it is');
  const [generated] = findings(config(variant('a')) + endpoint());
  assert.equal(generated.fixes?.[0].title, 'Add create_before_destroy');
  assert.deepEqual(generated.fixes[0].edits.map((e) => e.newText.trim()), ['lifecycle {\n    create_before_destroy = true\n  }']);
});

test('three or more endpoints are summed up', () => {
  const [f] = findings(named('"c"') + endpoint(undefined, 'a') + endpoint(undefined, 'b') + endpoint(undefined, 'd'));
  assert.match(f.message, /aws_sagemaker_endpoint\.a, aws_sagemaker_endpoint\.b and 1 more/);
});
