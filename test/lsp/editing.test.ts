import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemTag, type CodeAction, type Diagnostic, type DocumentSymbol, type InlayHint, type MarkupContent, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-types';
import { LspClient, positionOf } from './lspClient';
import { MODULE } from '../support/weightedModule';

// A newcomer's first edits (issue 13), over stdio against the built server: a missing brace, completion order and
// references, messages and their quick fixes, the traffic split, and a variant still being typed.


describe('editing a module (issue 13)', () => {
  let client: LspClient;
  const uri = 'file:///editing/main.tf';
  before(async () => {
    client = await LspClient.start(undefined, { workspace: { workspaceEdit: { documentChanges: true } } }, { retriggerSuggestCommand: 'editor.action.triggerSuggest' });
    await client.open(uri, MODULE);
    assert.deepEqual(await client.freshDiagnostics(uri), [], 'the module is clean');
  });
  after(() => client.stop());

  const actionsFor = (diagnostic: Diagnostic) =>
    client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
  const apply = (text: string, action: CodeAction) =>
    TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 1, text), (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);

  test('deleting any one closing brace: the syntax error is the only error', async () => {
    const braces = [...MODULE.matchAll(/}/g)].map((m) => m.index!);
    for (const at of braces) {
      const text = MODULE.slice(0, at) + MODULE.slice(at + 1);
      await client.change(uri, text);
      const errors = (await client.freshDiagnostics(uri)).filter((d) => d.severity === 1);
      assert.deepEqual(errors.map((d) => d.code), ['sagemaker/syntax-error'], `without the } of line ${MODULE.slice(0, at).split('\n').length}`);
    }
    await client.change(uri, MODULE);
  });

  test('hover on a weight and the outline give each variant its share of traffic', async () => {
    await client.change(uri, MODULE);
    const weight = positionOf(MODULE, 'initial_variant_weight = 0.9', 2);
    const hover = await client.hover(uri, weight.line, weight.character);
    assert.match((hover!.contents as MarkupContent).value, /^\*\*Traffic share:\*\* 45% of traffic \(weight 0\.9 of 2\)/);
    const third = positionOf(MODULE, 'production_variants {\n    variant_name           = "c"', 2);
    const onBlock = await client.hover(uri, third.line, third.character);
    assert.match((onBlock!.contents as MarkupContent).value, /^\*\*Traffic share:\*\* 50% of traffic \(weight 1 of 2\)/);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const config = symbols.find((s) => s.name === 'aws_sagemaker_endpoint_configuration.c')!;
    assert.deepEqual(config.children!.filter((c) => c.detail?.startsWith('production_variants')).map((c) => [c.name, c.detail]), [
      ['a', 'production_variants · 45% of traffic (weight 0.9 of 2)'],
      ['b', 'production_variants · 5% of traffic (weight 0.1 of 2)'],
      ['c', 'production_variants · 50% of traffic (weight 1 of 2)'],
    ]);
  });

  test('inlay hints give each variant its share after its opening brace', async () => {
    await client.change(uri, MODULE);
    assert.equal(client.initializeResult?.capabilities.inlayHintProvider, true);
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } },
    });
    assert.deepEqual(hints.map((h) => [h.position.line, h.label]), [
      [9, '45% of traffic'],
      [17, '5% of traffic'],
      [25, '50% of traffic (default weight 1)'],
    ]);
    const none = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    assert.deepEqual(none, [], 'only hints in the range asked for');
  });

  test('every weight 0 is a warning', async () => {
    const text = MODULE.replace('= 0.9', '= 0').replace('= 0.1', '= 0').replace('initial_instance_count = 1\n  }\n\n  lifecycle', 'initial_instance_count = 1\n    initial_variant_weight = 0\n  }\n\n  lifecycle');
    await client.change(uri, text);
    const diagnostics = await client.freshDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity, d.range.start.line]), [['sagemaker/all-weights-zero', 2, 14]]);
    await client.change(uri, MODULE);
  });

  test('a new variant: deprecated accelerator_type last and tagged; model_name reopens the list on the module\'s models', async () => {
    const text = MODULE.replace('  lifecycle {', '  production_variants {\n    \n  }\n\n  lifecycle {');
    await client.change(uri, text);
    const at = positionOf(text, 'production_variants {\n    \n', 'production_variants {\n    '.length);
    const items = await client.completion(uri, at.line, at.character);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[sorted.length - 1].label, 'accelerator_type');
    assert.deepEqual(sorted[sorted.length - 1].tags, [CompletionItemTag.Deprecated]);
    const model = items.find((i) => i.label === 'model_name')!;
    assert.equal((model.textEdit as TextEdit).newText, 'model_name = ${1}');
    assert.deepEqual(model.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
    const typed = text.replace('production_variants {\n    \n', 'production_variants {\n    model_name = \n');
    await client.change(uri, typed);
    const values = await client.completion(uri, at.line, at.character + 'model_name = '.length);
    assert.equal([...values].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label, 'aws_sagemaker_model.m.name');
    await client.change(uri, MODULE);
  });

  test('a variant still being typed: the inference-components finding is a warning saying what to add', async () => {
    const text = MODULE.replace('  lifecycle {', '  production_variants {\n    variant_name = "d"\n  }\n\n  lifecycle {');
    await client.change(uri, text);
    const found = (await client.freshDiagnostics(uri, (d) => d.length > 0)).filter((d) => d.code === 'sagemaker/inference-components-need-role');
    assert.deepEqual(found.map((d) => [d.severity, d.message]), [
      [2, 'This variant has no model_name yet. Add model_name, or set execution_role_arn on the configuration for inference components.'],
    ]);
    await client.change(uri, MODULE);
  });

  test('an out-of-range number is fixed to its nearest bound; a misspelt duplicate is removed, not renamed', async () => {
    const text = MODULE.replace('initial_instance_count = 1\n    initial_variant_weight = 0.9', 'initial_instance_count = 1\n    initial_variant_weight = 0.9\n    volume_size_in_gb = 0\n    instance_typ = "ml.m5.xlarge"');
    await client.change(uri, text);
    const diagnostics = await client.freshDiagnostics(uri, (d) => d.length >= 2);
    const range = diagnostics.find((d) => d.code === 'sagemaker/value-out-of-range')!;
    const [bound] = await actionsFor(range);
    assert.equal(bound.title, 'Change to 1');
    assert.match(apply(text, bound), /volume_size_in_gb = 1\n/);
    const typo = diagnostics.find((d) => d.code === 'sagemaker/unknown-argument')!;
    // The fix comes first; the ignore comments (issue 15) are offered after it, never a rename into a duplicate.
    assert.deepEqual((await actionsFor(typo)).map((a) => a.title), [
      'Remove "instance_typ"',
      'Ignore sagemaker/unknown-argument on this line',
      'Ignore sagemaker/unknown-argument in this block',
    ]);
    await client.change(uri, MODULE);
  });

  test('an unknown instance type says once that it is unknown', async () => {
    const text = MODULE.replace('"ml.m5.large"', '"ml.m5.larg"');
    await client.change(uri, text);
    const [warning] = await client.freshDiagnostics(uri, (d) => d.length > 0);
    assert.equal(warning.message, '"ml.m5.larg" is not among the instance_type values this extension\'s AWS SDK knows. Did you mean "ml.m5.large"?');
    await client.change(uri, MODULE);
  });
});
