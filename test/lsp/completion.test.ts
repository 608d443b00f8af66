import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { LspClient, positionOf } from './lspClient';

// Completion over stdio against the built server, in a module folder with a second file that is never opened.

const CONFIG = `resource "aws_sagemaker_endpoint_configuration" "main" {
  name = "main-config"

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.m.name
    initial_instance_count = 1
    instance_t
  }
}

resource "aws_sagemaker_model" "m" {
  name               = "m"
  execution_role_arn = "arn:aws:iam::123456789012:role/r"
}

resource "aws_s3_bucket" "b" {
  
}
`;

const OTHER = `resource "aws_sagemaker_endpoint_configuration" "from_disk" {
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
resource "aws_sagemaker_model" "counted" {
  count = 2
}
`;

describe('completion', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-completion-'));
    writeFileSync(join(dir, 'other.tf'), OTHER);
    writeFileSync(join(dir, 'main.tf'), CONFIG);
    uri = LspClient.uri(join(dir, 'main.tf'));
    client = await LspClient.start(dir);
  });
  after(() => client.stop());

  const labels = async (text: string, position: { line: number; character: number }) => {
    await client.open(uri, text);
    return (await client.completion(uri, position.line, position.character)).map((i) => i.label);
  };

  test('resource type labels after resource "aws_sagemaker_', async () => {
    const text = 'resource "aws_sagemaker_';
    const items = await labels(text, { line: 0, character: text.length });
    assert.deepEqual(items.sort(), ['aws_sagemaker_endpoint', 'aws_sagemaker_endpoint_configuration']);
  });

  test('a whole-resource snippet at top level holds the required arguments and blocks as tab stops', async () => {
    await client.open(uri, '\n');
    const items = await client.completion(uri, 0, 0);
    const config = items.find((i) => i.label === 'resource "aws_sagemaker_endpoint_configuration"');
    assert.ok(config && config.textEdit && 'newText' in config.textEdit);
    assert.match(config.textEdit.newText, /production_variants \{/);
    assert.equal(config.insertTextFormat, 2);
    const endpoint = items.find((i) => i.label === 'resource "aws_sagemaker_endpoint"');
    assert.ok(endpoint && endpoint.textEdit && 'newText' in endpoint.textEdit);
    assert.match(endpoint.textEdit.newText, /endpoint_config_name = "\$\{2:name\}"/);
  });

  test('while typing instance_t inside production_variants, its arguments are offered, present ones left out', async () => {
    const position = positionOf(CONFIG, 'instance_t\n', 'instance_t'.length);
    const items = await labels(CONFIG, position);
    assert.ok(items.includes('instance_type'));
    assert.ok(items.includes('serverless_config'));
    assert.ok(items.includes('routing_config'));
    assert.ok(!items.includes('variant_name'), 'already present');
    assert.ok(!items.includes('initial_instance_count'), 'already present');
    assert.ok(!items.includes('production_variants'), 'not a child of the variant');
  });

  test('resource bodies offer arguments, blocks and meta-arguments; required first', async () => {
    const text = 'resource "aws_sagemaker_endpoint" "e" {\n  \n}\n';
    await client.open(uri, text);
    const items = await client.completion(uri, 1, 2);
    const names = items.map((i) => i.label);
    for (const name of ['endpoint_config_name', 'name', 'tags', 'deployment_config', 'count', 'for_each', 'provider', 'depends_on', 'lifecycle']) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(!names.includes('arn'), 'read-only');
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.equal(sorted[0].label, 'endpoint_config_name');
    const docs = items.find((i) => i.label === 'endpoint_config_name')!;
    assert.match(docs.detail!, /Required/);
    assert.ok(docs.documentation);
  });

  test('repeatable blocks stay offered when present; single ones do not', async () => {
    const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name = "m"
  }
  data_capture_config {
  }
  
}
`;
    const items = await labels(text, { line: 6, character: 2 });
    assert.ok(items.includes('production_variants'));
    assert.ok(!items.includes('data_capture_config'));
  });

  test('instance types are offered quoted after =, bare inside a string', async () => {
    const text = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    instance_type = \n  }\n}\n';
    await client.open(uri, text);
    const quoted = await client.completion(uri, 2, 20);
    assert.equal(quoted.length, 277);
    const g5 = quoted.find((i) => i.label === 'ml.g5.xlarge')!;
    assert.ok(g5.textEdit && 'newText' in g5.textEdit && g5.textEdit.newText === '"ml.g5.xlarge"');
    const inString = text.replace('instance_type = \n', 'instance_type = "ml.g\n');
    await client.open(uri, inString);
    const bare = await client.completion(uri, 2, 25);
    const item = bare.find((i) => i.label === 'ml.g5.xlarge')!;
    assert.ok(item.textEdit && 'range' in item.textEdit);
    assert.equal(item.textEdit.newText, 'ml.g5.xlarge');
    assert.deepEqual(item.textEdit.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 25 } });
  });

  test('enums, booleans and integer sets', async () => {
    const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    routing_config {
      routing_strategy = 
    }
    serverless_config {
      memory_size_in_mb = 
    }
  }
  data_capture_config {
    enable_capture = 
  }
}
`;
    assert.deepEqual((await labels(text, { line: 3, character: 25 })).sort(), ['LEAST_OUTSTANDING_REQUESTS', 'PREFIX_AWARE', 'RANDOM']);
    assert.deepEqual(await labels(text, { line: 6, character: 26 }), ['1024', '2048', '3072', '4096', '5120', '6144']);
    assert.deepEqual(await labels(text, { line: 10, character: 21 }), ['true', 'false']);
  });

  test('endpoint_config_name offers configurations of the whole module, including files never opened', async () => {
    const text = CONFIG + '\nresource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = \n}\n';
    const line = text.split('\n').findIndex((l) => l.includes('endpoint_config_name = '));
    const items = await labels(text, { line, character: 25 });
    assert.ok(items.includes('aws_sagemaker_endpoint_configuration.main.name'));
    assert.ok(items.includes('aws_sagemaker_endpoint_configuration.from_disk.name'));
  });

  test('model_name offers aws_sagemaker_model references, indexed when counted', async () => {
    const text = CONFIG.replace('model_name             = aws_sagemaker_model.m.name', 'model_name = ');
    const position = positionOf(text, 'model_name = ', 'model_name = '.length);
    const items = await labels(text, position);
    assert.ok(items.includes('aws_sagemaker_model.m.name'));
    assert.ok(items.includes('aws_sagemaker_model.counted[0].name'));
  });

  test('other resource types get nothing from us', async () => {
    const position = positionOf(CONFIG, 'aws_s3_bucket" "b" {\n  ', 'aws_s3_bucket" "b" {\n  '.length);
    assert.deepEqual(await labels(CONFIG, position), []);
  });

  test('a line after an unterminated string still completes inside production_variants', async () => {
    const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    variant_name = "unterminated
    instance_t
  }
}
`;
    const items = await labels(text, { line: 3, character: 14 });
    assert.ok(items.includes('instance_type'));
  });

  test('dynamic blocks complete their target body inside content', async () => {
    const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  dynamic "production_variants" {
    for_each = var.variants
    content {
      
    }
  }
}
`;
    const items = await labels(text, { line: 4, character: 6 });
    assert.ok(items.includes('instance_type'));
    assert.ok(items.includes('model_name'));
  });
});

// With the options the VS Code client sends (test/unit/client/languageServer.test.ts checks it sends these).
describe('completion for the VS Code client', () => {
  let client: LspClient;
  const uri = 'file:///completion/vscode/main.tf';
  const TEXT = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    \n  }\n}\n';
  before(async () => {
    client = await LspClient.start(undefined, {}, { retriggerSuggestCommand: 'editor.action.triggerSuggest' });
    await client.open(uri, TEXT);
  });
  after(() => client.stop());

  const raw = (line: number, character: number) =>
    client.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });

  test('inserting instance_type reopens the suggest list (and only instance_type does)', async () => {
    const items = await client.completion(uri, 2, 4);
    const retriggered = items.filter((i) => i.command);
    assert.deepEqual(retriggered.map((i) => i.label), ['instance_type']);
    assert.deepEqual(retriggered[0].command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  });

  test('every answer is complete (isIncomplete false): the client filters as the user types, without asking again', async () => {
    await client.change(uri, TEXT.replace('    \n', '    instance_type = "ml.\n'));
    for (const [line, character] of [[2, 4], [2, 23], [0, 10], [5, 0]] as const) {
      const result = await raw(line, character);
      const complete = Array.isArray(result) || (result !== null && result.isIncomplete === false);
      assert.ok(complete, `at ${line}:${character} the answer is ${JSON.stringify(result).slice(0, 80)}`);
    }
    const values = await raw(2, 23);
    assert.ok(Array.isArray(values) && values.length === 277, 'all instance types in one answer');
    await client.change(uri, TEXT);
  });
});
