import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { LspClient, positionOf } from './lspClient';

// A module written partly in Terraform's JSON syntax, as CDKTF generates it (`cdk.tf.json`) beside a hand-written
// `.tf` file: the JSON file's declarations count for the `.tf` file, and its resources get diagnostics, hover and
// completion of argument names at their JSON keys.

const CDK = `{
  "//": { "metadata": { "stackName": "inference", "version": "0.20.0" } },
  "variable": { "instance_type": { "type": "string", "default": "ml.m5.large" } },
  "resource": {
    "aws_sagemaker_endpoint_configuration": {
      "config": {
        "name_prefix": "inference-",
        "production_variants": [
          {
            "variant_name": "AllTraffic",
            "model_name": "model",
            "instance_type": "ml.m5.larg",
            "initial_instance_count": 1
          }
        ],
        "lifecycle": { "create_before_destroy": true }
      }
    }
  }
}
`;

const MAIN = `resource "aws_sagemaker_endpoint" "endpoint" {
  name                 = "inference"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.config.name
  tags = {
    Size = var.instance_type
  }
}
`;

const codes = (d: Diagnostic[]) => d.map((x) => String(x.code)).sort();

describe('Terraform JSON configuration files', () => {
  let client: LspClient;
  let folder: string;
  const uri = (name: string) => LspClient.uri(join(folder, name));
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sm-json-'));
    writeFileSync(join(folder, 'cdk.tf.json'), CDK);
    writeFileSync(join(folder, 'main.tf'), MAIN);
    client = await LspClient.start(folder);
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the workspace scan reads the JSON file: its resources get diagnostics on the JSON values', async () => {
    const diagnostics = await client.waitForDiagnostics(uri('cdk.tf.json'), (d) => d.length > 0);
    const enumValue = diagnostics.find((d) => d.code === 'sagemaker/invalid-enum-value');
    assert.ok(enumValue, JSON.stringify(diagnostics));
    const at = positionOf(CDK, '"ml.m5.larg"');
    assert.deepEqual(enumValue.range, { start: at, end: { line: at.line, character: at.character + '"ml.m5.larg"'.length } });
  });

  test('a .tf reference to a configuration and a variable declared in the JSON file is not undeclared', async () => {
    await client.open(uri('main.tf'), MAIN);
    const diagnostics = await client.freshDiagnostics(uri('main.tf'));
    assert.deepEqual(codes(diagnostics).filter((c) => c.startsWith('sagemaker/undeclared')), [], JSON.stringify(diagnostics));
  });

  test('hover on an argument name in JSON describes the argument', async () => {
    await client.open(uri('cdk.tf.json'), CDK, 'json');
    const p = positionOf(CDK, '"initial_instance_count"', 3);
    const hover = await client.hover(uri('cdk.tf.json'), p.line, p.character);
    assert.ok(hover && (hover.contents as MarkupContent).value.includes('initial_instance_count'), JSON.stringify(hover));
    const at = positionOf(CDK, 'initial_instance_count');
    assert.deepEqual(hover.range, { start: at, end: { line: at.line, character: at.character + 'initial_instance_count'.length } });
  });

  test('completion of argument names at a JSON key inserts the name only, without what is already there', async () => {
    const typing = CDK.replace('"model_name": "model",', '"model_name": "model",\n            "initial_v",');
    await client.open(uri('cdk.tf.json'), typing, 'json');
    const p = positionOf(typing, '"initial_v"', '"initial_v'.length);
    const items = await client.completion(uri('cdk.tf.json'), p.line, p.character);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('initial_variant_weight'), labels.join());
    assert.ok(!labels.includes('instance_type') && !labels.includes('variant_name'), 'present arguments are not offered');
    const edit = items.find((i) => i.label === 'initial_variant_weight')!.textEdit as TextEdit;
    const start = positionOf(typing, '"initial_v"', 1);
    assert.deepEqual(edit, { range: { start, end: { line: start.line, character: start.character + 'initial_v'.length } }, newText: 'initial_variant_weight' });
  });

  test('editing the JSON file away from the configuration makes the .tf reference undeclared; no quick fix writes HCL into JSON', async () => {
    const renamed = CDK.replace('"config": {', '"other": {');
    await client.open(uri('cdk.tf.json'), renamed, 'json');
    const main = await client.waitForDiagnostics(uri('main.tf'), (d) => d.some((x) => x.code === 'sagemaker/undeclared-reference'));
    assert.ok(main.length > 0);
    const json = await client.freshDiagnostics(uri('cdk.tf.json'));
    const actions = await client.connection.sendRequest<unknown[]>('textDocument/codeAction', {
      textDocument: { uri: uri('cdk.tf.json') },
      range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } },
      context: { diagnostics: json },
    });
    assert.deepEqual(actions, []);
  });
});
