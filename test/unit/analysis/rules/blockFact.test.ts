// Facts of a block kept across versions hold only while the module's scope is the same: a variable's new default
// changes what a block's name is, though the block itself is untouched (and its node handed on).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Codes } from '../../../../server/src/analysis/diagnosticCodes';
import { Workspace } from '../../../../server/src/analysis/workspace';

const noDisk = { listTfFiles: () => [], readFile: () => undefined };
const variable = (value: string) => `variable "name" {\n  default = "${value}"\n}\n`;
const blocks = [
  'resource "aws_sagemaker_endpoint_configuration" "a" {\n  name = var.name\n  production_variants {\n    variant_name = "v"\n  }\n}\n',
  'resource "aws_sagemaker_endpoint_configuration" "b" {\n  name = "shared"\n  production_variants {\n    variant_name = "v"\n  }\n}\n',
  'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "shared"\n}\n',
].join('');

function codes(workspace: Workspace): string[] {
  return (workspace.diagnose('file:///m').get('file:///m/main.tf')?.findings ?? []).map((f) => `${f.code} at ${f.span.start}`);
}

test('a name from a variable is read again when the default changes, in the same file and from another file', () => {
  for (const split of [false, true]) {
    const workspace = new Workspace(noDisk);
    const open = (value: string, version: number) => {
      if (split) {
        workspace.openDocument('file:///m/variables.tf', variable(value), version);
        workspace.openDocument('file:///m/main.tf', blocks, 1);
      } else workspace.openDocument('file:///m/main.tf', variable(value) + blocks, version);
    };
    open('own', 1);
    const before = codes(workspace);
    assert.ok(!before.some((c) => c.startsWith(Codes.duplicateName)), before.join(', '));
    open('shared', 2);
    const after = codes(workspace);
    assert.ok(after.some((c) => c.startsWith(Codes.duplicateName)), after.join(', '));
    // By its known name, the endpoint now deploys either configuration: replacement-order names it for both.
    const fresh = new Workspace(noDisk);
    if (split) fresh.openDocument('file:///m/variables.tf', variable('shared'), 2);
    fresh.openDocument('file:///m/main.tf', split ? blocks : variable('shared') + blocks, split ? 1 : 2);
    assert.deepEqual(after, codes(fresh));
  }
});
