import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

const TEXT = `resource "aws_sagemaker_endpoint_configuration" "c" {
  name        = "orders-config"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
    volume_size_in_gbs     = 10
  }
}
`;

describe('code actions over stdio', () => {
  let client: LspClient;
  const uri = 'file:///actions/main.tf';
  before(async () => {
    client = await LspClient.start(undefined, { workspace: { workspaceEdit: { documentChanges: true } } });
    await client.open(uri, TEXT);
  });
  after(() => client.stop());

  test('the server advertises quick fixes and answers with edits that clear the diagnostic', async () => {
    assert.deepEqual(client.initializeResult?.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    let text = TEXT;
    for (const code of ['sagemaker/unknown-argument', 'sagemaker/replacement-order']) {
      const diagnostic = diagnostics.find((d) => d.code === code)!;
      const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const preferred = actions.find((a) => a.isPreferred)!;
      assert.ok(preferred, `a preferred fix for ${code}`);
      const edits = (preferred.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
      text = TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 1, text), edits);
    }
    await client.change(uri, text);
    assert.deepEqual(await client.freshDiagnostics(uri), [], text);
  });
});

// An empty data_capture_config misses two required arguments, both reported on its header with the same code.
const TWO_MISSING = `resource "aws_sagemaker_endpoint_configuration" "c" {
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
  data_capture_config {
    capture_options {
      capture_mode = "Input"
    }
  }
  lifecycle {
    create_before_destroy = true
  }
}
`;

for (const dataSupport of [true, false]) {
  describe(`code actions of two diagnostics with the same code and range (publishDiagnostics.dataSupport: ${dataSupport})`, () => {
    let client: LspClient;
    const uri = `file:///actions-${dataSupport}/main.tf`;
    before(async () => {
      client = await LspClient.start(undefined, {
        workspace: { workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { dataSupport } },
      });
      await client.open(uri, TWO_MISSING);
    });
    after(() => client.stop());

    test('each gets its own fix, and applying both clears them', async () => {
      const diagnostics = (await client.waitForDiagnostics(uri, (d) => d.length >= 2)).filter((d) => d.code === 'sagemaker/missing-required-argument');
      assert.equal(diagnostics.length, 2);
      assert.deepEqual(diagnostics[0].range, diagnostics[1].range);
      // Only for clients that keep it, a diagnostic's data points at its finding (the version and its place).
      assert.deepEqual(diagnostics.map((d) => d.data !== undefined), [dataSupport, dataSupport]);
      if (dataSupport) assert.deepEqual(diagnostics.map((d) => Object.keys(d.data as object).sort()), [['finding', 'version'], ['finding', 'version']]);
      const titles: string[] = [];
      let text = TWO_MISSING;
      for (const diagnostic of diagnostics) {
        const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic], only: ['quickfix'] },
        });
        // The fix, then the two ignore comments (test/lsp/suppressions.test.ts).
        assert.deepEqual(actions.slice(1).map((a) => a.title), ['Ignore sagemaker/missing-required-argument on this line', 'Ignore sagemaker/missing-required-argument in this block']);
        titles.push(actions[0].title);
        // Both insert before the same closing brace, so applying one after the other keeps both ranges valid.
        text = TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 1, text), (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
      }
      assert.deepEqual(titles, ['Add the required argument "initial_sampling_percentage"', 'Add the required argument "destination_s3_uri"']);
      await client.change(uri, text);
      assert.deepEqual(await client.freshDiagnostics(uri), [], text);
    });
  });
}
