/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, completionItems, insertTextOf, labelOf, openDocument, positionOf, setText } from './helpers';

// Completion through VS Code's own provider command, in scratch.tf of the fixture module (rewritten in memory).

const VARIANT = `resource "aws_sagemaker_endpoint_configuration" "scratch" {
  production_variants {
    variant_name = "primary"
    
  }
}
`;

describe('completion', () => {
  let scratch: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    scratch = await openDocument('scratch.tf');
  });

  const labelsAt = async (text: string, marker: string, offset?: number) => {
    await setText(scratch, text);
    return (await completionItems(scratch.uri, positionOf(scratch, marker, offset))).map(labelOf);
  };

  it('offers both resource types after resource "aws_sagemaker_', async () => {
    const labels = await labelsAt('resource "aws_sagemaker_', 'aws_sagemaker_');
    assert.deepEqual(labels.sort(), ['aws_sagemaker_endpoint', 'aws_sagemaker_endpoint_configuration']);
  });

  it('offers the arguments and blocks of a production variant inside production_variants', async () => {
    const labels = await labelsAt(VARIANT, '"primary"\n    ');
    for (const name of ['model_name', 'instance_type', 'initial_instance_count', 'serverless_config', 'routing_config', 'core_dump_config']) {
      assert.ok(labels.includes(name), `${name} is offered`);
    }
    assert.ok(!labels.includes('variant_name'), 'variant_name is already set');
    assert.ok(!labels.includes('production_variants'), 'production_variants is not a child of itself');
  });

  it('offers the 277 instance types, quoted, after instance_type = ', async () => {
    await setText(scratch, VARIANT.replace('    \n', '    instance_type = \n'));
    const items = await completionItems(scratch.uri, positionOf(scratch, 'instance_type = '));
    assert.equal(items.length, 277);
    assert.ok(items.every((i) => labelOf(i).startsWith('ml.')), 'only ml.* instance types');
    const g5 = items.find((i) => labelOf(i) === 'ml.g5.xlarge');
    assert.ok(g5, 'ml.g5.xlarge is offered');
    assert.equal(insertTextOf(g5), '"ml.g5.xlarge"');
    assert.equal(g5.kind, vscode.CompletionItemKind.EnumMember);
  });

  it('offers endpoint configurations of the whole module, including a file that is not open', async () => {
    const text = 'resource "aws_sagemaker_endpoint" "scratch" {\n  endpoint_config_name = \n}\n';
    const labels = await labelsAt(text, 'endpoint_config_name = ');
    assert.ok(labels.includes('aws_sagemaker_endpoint_configuration.orders.name'), 'from main.tf');
    assert.ok(labels.includes('aws_sagemaker_endpoint_configuration.on_disk.name'), 'from broken.tf, never opened');
  });

  it('offers nothing inside other resource types (only the word-based fallback of VS Code remains)', async () => {
    await setText(scratch, 'resource "aws_s3_bucket" "b" {\n  \n}\n');
    const items = await completionItems(scratch.uri, positionOf(scratch, '{\n  '));
    assert.deepEqual(items.filter((i) => i.kind !== vscode.CompletionItemKind.Text).map(labelOf), []);
  });
});
