import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

const UNFORMATTED = 'resource "aws_sagemaker_endpoint" "e" {\nname="x"\n  endpoint_config_name = "${var.c}"\n}\n';
const FORMATTED = 'resource "aws_sagemaker_endpoint" "e" {\n  name                 = "x"\n  endpoint_config_name = var.c\n}\n';

function format(client: LspClient, uri: string): Promise<TextEdit[] | null> {
  return client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
}

describe('formatting', () => {
  const clients: LspClient[] = [];
  after(() => Promise.all(clients.map((c) => c.stop())));

  test('formats a document as terraform fmt does, whatever the editor\'s tab settings', async () => {
    const client = await LspClient.start();
    clients.push(client);
    assert.equal(client.initializeResult?.capabilities.documentFormattingProvider, true);
    const uri = 'file:///fmt/main.tf';
    await client.open(uri, UNFORMATTED);
    const edits = await format(client, uri);
    assert.equal(edits?.length, 1);
    assert.deepEqual(edits![0].range.start, { line: 0, character: 0 });
    assert.ok(edits![0].range.end.line >= 4);
    assert.equal(edits![0].newText, FORMATTED);

    await client.change(uri, FORMATTED);
    assert.deepEqual(await format(client, uri), [], 'a formatted file gets no edit');
    await client.change(uri, 'resource "aws_sagemaker_endpoint" "e" {\n  name = \n');
    assert.deepEqual(await format(client, uri), [], 'a file with syntax errors is left alone');
    await client.open('file:///fmt/main.tf.json', '{"resource": {}}');
    assert.deepEqual(await format(client, 'file:///fmt/main.tf.json'), [], 'JSON syntax is not ours to format');
  });

  test('a client with another Terraform formatter turns it off', async () => {
    const client = await LspClient.start(undefined, {}, { formatting: false });
    clients.push(client);
    assert.ok(!client.initializeResult?.capabilities.documentFormattingProvider);
  });
});
