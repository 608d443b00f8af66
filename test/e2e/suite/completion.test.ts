/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptSuggestion, activateExtension, bySortText, completionItems, insertTextOf, labelOf, lineOf, openDocument, placeCursor, positionOf, setText } from './helpers';

// Completion through VS Code's own provider command, in scratch.tf of the fixture module (rewritten in memory); where
// the order or an accepted item matters, through the suggest widget too (opened and accepted as Enter would).

const VARIANT = `resource "aws_sagemaker_endpoint_configuration" "scratch" {
  production_variants {
    variant_name = "primary"
    
  }
}
`;

/** A second model beside model.tf's `orders`, so the reference list has more than one entry. */
const SECOND_MODEL = `resource "aws_sagemaker_model" "zeta" {
  execution_role_arn = "arn:aws:iam::123456789012:role/zeta"
}

`;

/** Ours, without VS Code's word-based fallback and the snippets contributed for the language. */
const ours = (items: vscode.CompletionItem[]) => items.filter((i) => i.kind !== vscode.CompletionItemKind.Text && i.kind !== vscode.CompletionItemKind.Snippet);

describe('completion', () => {
  let scratch: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    scratch = await openDocument('scratch.tf');
  });

  after(async () => {
    // No list or snippet session of the widget tests stays open for the suites after this one.
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('leaveSnippet');
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

  it('accepting model_name in a variant inserts it bare and reopens the list on the module\'s models, first', async () => {
    await setText(scratch, SECOND_MODEL + VARIANT.replace('    \n', '    model_n\n'));
    const at = positionOf(scratch, 'model_n');
    const item = (await completionItems(scratch.uri, at)).find((i) => labelOf(i) === 'model_name');
    assert.ok(item, 'model_name is offered');
    assert.equal(insertTextOf(item), 'model_name = ${1}', 'no quoted "name" placeholder');
    assert.equal(item.command?.command, 'editor.action.triggerSuggest', 'the list reopens after it');

    await placeCursor(scratch, at);
    assert.equal(lineOf(await acceptSuggestion(scratch), at.line), '    model_name = ');
    // The list the accepted item reopened (not one opened here): its selected, first item is a model reference.
    assert.equal(lineOf(await acceptSuggestion(scratch, { trigger: false }), at.line), '    model_name = aws_sagemaker_model.orders.name');
    const listed = bySortText(ours(await completionItems(scratch.uri, positionOf(scratch, 'model_name = ')))).map(labelOf);
    assert.deepEqual(listed.slice(0, 2), ['aws_sagemaker_model.orders.name', 'aws_sagemaker_model.zeta.name']);
  });

  it('lists the deprecated accelerator_type last in a new variant, tagged deprecated and not preselected', async () => {
    await setText(scratch, VARIANT);
    const at = positionOf(scratch, '"primary"\n    ');
    const items = ours(await completionItems(scratch.uri, at));
    const accelerator = items.find((i) => labelOf(i) === 'accelerator_type');
    assert.ok(accelerator, 'accelerator_type is still offered');
    assert.deepEqual(accelerator.tags, [vscode.CompletionItemTag.Deprecated]);
    assert.deepEqual(items.filter((i) => i.preselect).map(labelOf), [], 'nothing is preselected');
    const order = bySortText(items).map(labelOf);
    assert.equal(order.at(-1), 'accelerator_type');

    // What Enter inserts in a fresh variant is the first of that order, not the deprecated argument.
    await placeCursor(scratch, at);
    const inserted = lineOf(await acceptSuggestion(scratch), at.line).trim();
    assert.ok(inserted.startsWith(`${order[0]} `) || inserted === order[0], `Enter inserted ${JSON.stringify(inserted)}, the first item is ${order[0]}`);
    assert.notEqual(order[0], 'accelerator_type');
  });

  it('lists instance types by family, then by size (large, xlarge, 2xlarge … 48xlarge)', async () => {
    await setText(scratch, VARIANT.replace('    \n', '    instance_type = \n'));
    const at = positionOf(scratch, 'instance_type = ');
    const order = bySortText(await completionItems(scratch.uri, at)).map(labelOf);
    const sizes = (family: string) => order.filter((l) => l.startsWith(`${family}.`)).map((l) => l.slice(family.length + 1));
    assert.deepEqual(sizes('ml.m5'), ['large', 'xlarge', '2xlarge', '4xlarge', '12xlarge', '24xlarge']);
    assert.deepEqual(sizes('ml.g5'), ['xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge', '48xlarge']);
    // Each family's types together, the families in name order.
    const families = order.map((l) => l.slice(0, l.lastIndexOf('.')));
    const runs = families.filter((f, i) => i === 0 || f !== families[i - 1]);
    assert.deepEqual(runs, [...new Set(families)].sort());

    await placeCursor(scratch, at);
    assert.equal(lineOf(await acceptSuggestion(scratch), at.line), '    instance_type = "ml.c4.large"', 'the smallest of the first family, not ml.c4.2xlarge');
  });

  it('offers nothing inside other resource types (only the word-based fallback of VS Code remains)', async () => {
    await setText(scratch, 'resource "aws_s3_bucket" "b" {\n  \n}\n');
    const items = await completionItems(scratch.uri, positionOf(scratch, '{\n  '));
    assert.deepEqual(items.filter((i) => i.kind !== vscode.CompletionItemKind.Text).map(labelOf), []);
  });
});
