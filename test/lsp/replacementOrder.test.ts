import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

// The replacement-order rule over stdio: a module rule, so the configuration in one open document is judged by the
// endpoint in another; its severity follows whether an endpoint uses the configuration, and its quick fix clears it.

const CODE = 'sagemaker/replacement-order';

const config = (naming: string) => `resource "aws_sagemaker_endpoint_configuration" "orders" {
${naming}
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = "orders-model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
`;

const ENDPOINT = `resource "aws_sagemaker_endpoint" "orders" {
  name                 = "orders"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.orders.name
}
`;

const ofRule = (d: Diagnostic[]) => d.filter((x) => x.code === CODE);

describe('replacement order over stdio', () => {
  let client: LspClient;
  const configUri = 'file:///replacement/configuration.tf';
  const endpointUri = 'file:///replacement/endpoint.tf';
  before(async () => {
    client = await LspClient.start(undefined, { workspace: { workspaceEdit: { documentChanges: true } } });
  });
  after(() => client.stop());

  test('a fixed name: information alone, a warning naming the consequence once an endpoint in another file uses it', async () => {
    await client.open(configUri, config('  name = "orders-config"'));
    const alone = ofRule(await client.freshDiagnostics(configUri, (d) => ofRule(d).length > 0));
    assert.equal(alone.length, 1);
    assert.equal(alone[0].severity, DiagnosticSeverity.Information);
    assert.equal(alone[0].range.start.line, 1);

    await client.open(endpointUri, ENDPOINT);
    const used = ofRule(await client.waitForDiagnostics(configUri, (d) => ofRule(d)[0]?.severity === DiagnosticSeverity.Warning));
    assert.equal(used.length, 1);
    assert.match(String(used[0].message), /same name "orders-config", so aws_sagemaker_endpoint\.orders sees no change and keeps running the old configuration/);
    assert.deepEqual(ofRule(await client.freshDiagnostics(endpointUri)), [], 'the endpoint file itself has no finding');
  });

  test('name_prefix without create_before_destroy: the update failure, and a quick fix that clears it', async () => {
    await client.change(configUri, config('  name_prefix = "orders-"'));
    const [diagnostic] = ofRule(await client.freshDiagnostics(configUri, (d) => ofRule(d).length > 0));
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostic.range.start.line, 0, 'on the resource header');
    assert.match(String(diagnostic.message), /fails at apply \("Could not find endpoint configuration"\)/);

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: configUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.equal(fix?.title, 'Add create_before_destroy');
    const edits = (fix!.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(configUri, 'terraform', 1, config('  name_prefix = "orders-"')), edits);
    assert.match(fixed, /lifecycle \{\n    create_before_destroy = true\n  \}\n\}/);
    await client.change(configUri, fixed);
    assert.deepEqual(await client.freshDiagnostics(configUri), [], fixed);
  });
});
