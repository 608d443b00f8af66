import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, FoldingRange, Location, LocationLink } from 'vscode-languageserver-types';
import { LspClient, positionOf } from './lspClient';

// A module of two files: main.tf is opened, configs.tf stays on disk only.
const MAIN = `# Endpoints of the fraud model.
# Both use the same configuration.
resource "aws_sagemaker_endpoint" "a" {
  endpoint_config_name = aws_sagemaker_endpoint_configuration.cfg.name
}

resource "aws_sagemaker_endpoint" "b" {
  endpoint_config_name = aws_sagemaker_endpoint_configuration.cfg[0].name
  tags = {
    model = aws_sagemaker_model.m.name
  }
}
`;

const CONFIGS = `resource "aws_sagemaker_model" "m" {
  name = "m"
}

resource "aws_sagemaker_endpoint_configuration" "cfg" {
  production_variants {
    variant_name = "primary"
    model_name   = aws_sagemaker_model.m.name
  }
}
`;

describe('navigation over LSP', () => {
  let client: LspClient;
  let dir: string;
  let main: string;
  let configs: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-navigation-'));
    writeFileSync(join(dir, 'main.tf'), MAIN);
    writeFileSync(join(dir, 'configs.tf'), CONFIGS);
    main = LspClient.uri(join(dir, 'main.tf'));
    configs = LspClient.uri(join(dir, 'configs.tf'));
    client = await LspClient.start(dir, { textDocument: { definition: { linkSupport: true } } });
    await client.open(main, MAIN);
  });
  after(() => client.stop());

  test('advertises the four capabilities', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.ok(capabilities?.definitionProvider);
    assert.ok(capabilities?.referencesProvider);
    assert.ok(capabilities?.documentSymbolProvider);
    assert.ok(capabilities?.foldingRangeProvider);
  });

  test('definition crosses into the file that was never opened, with and without an index', async () => {
    for (const needle of ['configuration.cfg.name', 'configuration.cfg[0].name', 'aws_sagemaker_model.m']) {
      const links = await client.connection.sendRequest<LocationLink[]>('textDocument/definition', {
        textDocument: { uri: main },
        position: positionOf(MAIN, needle, needle.length - 2),
      });
      assert.equal(links.length, 1, needle);
      assert.equal(links[0].targetUri, configs);
      const line = needle.startsWith('configuration') ? 4 : 0;
      assert.equal(links[0].targetSelectionRange.start.line, line);
    }
  });

  test('references include the declaration in the unopened file', async () => {
    const locations = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: main },
      position: positionOf(MAIN, 'aws_sagemaker_endpoint_configuration.cfg[0]'),
      context: { includeDeclaration: true },
    });
    const where = locations.map((l) => `${l.uri === main ? 'main' : 'configs'}:${l.range.start.line}`).sort();
    assert.deepEqual(where, ['configs:4', 'main:3', 'main:7']);
  });

  test('references from a reference, without the declaration', async () => {
    const locations = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: main },
      position: positionOf(MAIN, 'cfg.name', 1),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(locations.map((l) => l.range.start.line).sort(), [3, 7]);
    assert.ok(locations.every((l) => l.uri === main));
  });

  test('document symbols outline the file', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: main } });
    assert.deepEqual(symbols.map((s) => [s.name, s.kind, s.range.start.line, s.range.end.line]), [
      ['aws_sagemaker_endpoint.a', 5, 2, 4],
      ['aws_sagemaker_endpoint.b', 5, 6, 11],
    ]);
  });

  test('references from the declaration header once its file is opened, with variants in its outline', async () => {
    await client.open(configs, CONFIGS);
    const locations = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: configs },
      position: positionOf(CONFIGS, '"cfg"', 1),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(locations.map((l) => `${l.uri === main ? 'main' : 'configs'}:${l.range.start.line}`).sort(), ['main:3', 'main:7']);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: configs } });
    assert.deepEqual(symbols.map((s) => s.name), ['aws_sagemaker_model.m', 'aws_sagemaker_endpoint_configuration.cfg']);
    assert.deepEqual(symbols[1].children?.map((c) => c.name), ['primary']);
    await client.close(configs);
  });

  test('folding ranges: comments, blocks and objects', async () => {
    const ranges = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: main } });
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [0, 1, 'comment'],
        [2, 3, undefined],
        [6, 10, undefined],
        [8, 9, undefined],
      ],
    );
  });

  test('plain Locations for clients without link support', async () => {
    const plain = await LspClient.start(dir);
    try {
      await plain.open(main, MAIN);
      const result = await plain.connection.sendRequest<Location[]>('textDocument/definition', {
        textDocument: { uri: main },
        position: positionOf(MAIN, 'cfg.name', 1),
      });
      assert.deepEqual(result, [{ uri: configs, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 53 } } }]);
    } finally {
      await plain.stop();
    }
  });
});
