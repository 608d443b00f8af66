import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-types';
import { DeclaredEndpoints, EndpointAtPosition, type EndpointTarget } from '../../shared/protocol';
import { LspClient } from './lspClient';

const MAIN = `provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "east"
  region = "us-east-1"
}

resource "aws_sagemaker_endpoint" "literal" {
  name                 = "fraud-detector"
  endpoint_config_name = "cfg"
}

resource "aws_sagemaker_endpoint" "aliased" {
  provider             = aws.east
  name                 = "east-endpoint"
  endpoint_config_name = "cfg"
}

resource "aws_sagemaker_endpoint" "computed" {
  name                 = "\${var.env}-endpoint"
  endpoint_config_name = "cfg"
  region               = "ap-south-1"
}
`;

describe('endpoint requests and CodeLens', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-endpoints-'));
    writeFileSync(join(dir, 'main.tf'), MAIN);
    writeFileSync(join(dir, 'other.tf'), 'resource "aws_sagemaker_endpoint" "disk" {\n  name = "from-disk"\n  endpoint_config_name = "c"\n}\n');
    uri = LspClient.uri(join(dir, 'main.tf'));
    client = await LspClient.start(dir, {}, { endpointStatusCommand: 'sagemakerTerraform.showEndpointStatus' });
    await client.open(uri, MAIN);
  });
  after(() => client.stop());

  const at = (line: number, character = 4) =>
    client.connection.sendRequest<EndpointTarget | null>(EndpointAtPosition, { textDocument: { uri }, position: { line, character } });

  test('the endpoint under the cursor, with its literal name and its provider region', async () => {
    const target = await at(11);
    assert.deepEqual(target, { address: 'aws_sagemaker_endpoint.literal', name: 'fraud-detector', region: 'eu-west-1', uri, line: 9 });
  });

  test('an aliased provider gives its own region; a resource region wins; computed names are not guessed', async () => {
    assert.equal((await at(16))?.region, 'us-east-1');
    const computed = await at(21);
    assert.equal(computed?.name, undefined);
    assert.equal(computed?.region, 'ap-south-1');
  });

  test('outside an endpoint there is none', async () => {
    assert.equal(await at(1), null);
  });

  test('declared endpoints cover the module, including files never opened', async () => {
    const all = await client.connection.sendRequest<EndpointTarget[]>(DeclaredEndpoints, {});
    const names = all.map((t) => t.name).filter(Boolean).sort();
    assert.deepEqual(names, ['east-endpoint', 'fraud-detector', 'from-disk']);
  });

  test('a CodeLens above every aws_sagemaker_endpoint runs the client command with the target', async () => {
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((l) => l.range.start.line), [9, 14, 20]);
    assert.equal(lenses[0].command?.command, 'sagemakerTerraform.showEndpointStatus');
    assert.equal((lenses[0].command?.arguments?.[0] as EndpointTarget).name, 'fraud-detector');
  });

  test('clients that name no command get no CodeLens capability', async () => {
    const plain = await LspClient.start();
    try {
      assert.equal(plain.initializeResult?.capabilities.codeLensProvider, undefined);
    } finally {
      await plain.stop();
    }
  });
});
