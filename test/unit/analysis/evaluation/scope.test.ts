import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribute } from '../../../../server/src/hcl/ast';
import { evaluate } from '../../../../server/src/analysis/evaluation/evaluate';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { UNKNOWN } from '../../../../server/src/analysis/evaluation/value';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { Workspace, type FileSystem } from '../../../../server/src/analysis/workspace';

const VARIABLES = `variable "instance_type" {
  type    = string
  default = "ml.m5.large"
}

variable "no_default" {}

locals {
  env  = "prod"
  name = "\${local.env}-endpoint"
}
`;

const file = (name: string, text: string, version = 1) => new ParsedFile(`file:///m/${name}`, text, version);

test('a file declares its variables (with their defaults), locals and resources', () => {
  const parsed = file('variables.tf', `${VARIABLES}resource "aws_sagemaker_model" "m" {\n  count = 2\n}\n`);
  const { variables, locals, resources } = parsed.declarations;
  assert.deepEqual(variables.map((v) => [v.name, v.default?.name.name]), [['instance_type', 'default'], ['no_default', undefined]]);
  assert.deepEqual(locals.map((l) => l.name), ['env', 'name']);
  assert.deepEqual(resources.map((r) => [r.type, r.name, r.repetition]), [['aws_sagemaker_model', 'm', 'count']]);
});

test('the module scope finds variables and locals across files; the first declaration of a name stands', () => {
  const a = file('a.tf', VARIABLES);
  const b = file('b.tf', 'variable "region" {\n  default = "us-east-1"\n}\nlocals {\n  env = "dev"\n}\n');
  const scope = ModuleScope.of([a, b]);
  assert.equal(scope.variable('instance_type')?.file, a);
  assert.equal(scope.variable('region')?.file, b);
  assert.equal(scope.local('env')?.file, a, 'Terraform rejects the second "env"; the first one is kept');
  assert.equal(scope.variable('missing'), undefined);
  assert.equal(scope.local('constructor'), undefined, 'own names only');
});

test('the scope stays the same object while no variable or locals block changes', () => {
  const vars = file('variables.tf', VARIABLES);
  const main = file('main.tf', 'resource "aws_sagemaker_endpoint" "e" {\n}\n');
  const first = ModuleScope.of([vars, main]);
  const edited = file('main.tf', 'resource "aws_sagemaker_endpoint" "e" {\n  name = "x"\n}\n', 2);
  assert.equal(ModuleScope.update(first, [vars, edited]), first, 'an edit elsewhere keeps the scope');
  const newDefault = file('variables.tf', VARIABLES.replace('ml.m5.large', 'ml.m5.xlarge'), 2);
  assert.notEqual(ModuleScope.update(first, [newDefault, edited]), first, 'a changed default makes a new scope');
  assert.notEqual(ModuleScope.update(first, [vars]), first, 'a file that leaves the module does too');
});

test('the workspace keeps one scope per module and renews it only when declarations change', () => {
  const disk: FileSystem = { listTfFiles: () => [], readFile: () => undefined };
  const workspace = new Workspace(disk);
  workspace.openDocument('file:///m/variables.tf', VARIABLES, 1);
  workspace.openDocument('file:///m/main.tf', 'resource "aws_sagemaker_endpoint" "e" {\n}\n', 1);
  const scope = workspace.scope('file:///m');
  workspace.openDocument('file:///m/main.tf', 'resource "aws_sagemaker_endpoint" "e" {\n  name = "x"\n}\n', 2);
  assert.equal(workspace.scope('file:///m'), scope);
  workspace.openDocument('file:///m/variables.tf', `${VARIABLES}variable "extra" {}\n`, 2);
  const renewed = workspace.scope('file:///m');
  assert.notEqual(renewed, scope);
  assert.ok(renewed.variable('extra'));
});

test('elementScopes gives one scope per element of a known iteration, none for an unknown one', () => {
  const f = file('main.tf', 'x = { a = 1, b = 2 }\ny = "${each.key}-${each.value}"\nz = count.index\nw = [0, 0, 0]\n');
  const [x, y, z, w] = f.syntax.body.items as Attribute[];
  const scope = ModuleScope.of([f]).withIteration('each', evaluate(x.value, ModuleScope.EMPTY), f);
  const each = scope.elementScopes('each')!;
  assert.deepEqual(each.map((e) => evaluate(y.value, e.scope)).map((v) => v.kind === 'string' && v.value), ['a-1', 'b-2']);
  assert.equal(ModuleScope.of([f]).withIteration('each', UNKNOWN, f).elementScopes('each'), undefined);
  assert.equal(scope.elementScopes('other'), undefined);
  // count.index is the index of the current element of a `count` iteration, and unknown outside one.
  const indexes = ModuleScope.of([f]).withIteration('count', evaluate(w.value, ModuleScope.EMPTY), f);
  assert.deepEqual(indexes.elementScopes('count')!.map((e) => evaluate(z.value, e.scope)), [0, 1, 2].map((value) => ({ kind: 'number', value })));
  assert.equal(evaluate(z.value, ModuleScope.EMPTY).kind, 'unknown');
});
