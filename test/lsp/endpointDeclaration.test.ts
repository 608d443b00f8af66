import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EndpointDeclarationRequest, type EndpointDeclarationParams, type EndpointDeclarationResult } from '../../shared/protocol';
import { LspClient } from './lspClient';

// The declaration behind an endpoint, asked of the built server over stdio. Each folder of
// test/fixtures/declaration is a module; its requests.json lists requests and the exact answer to each, with every
// `uri` written as the name of the module's file (the test makes it the file's URI).

const ROOT = join(__dirname, '../fixtures/declaration');

interface Case {
  address: string;
  endpointName?: string;
  /** Why this request is here, for the test's name. */
  about?: string;
  expect: EndpointDeclarationResult;
}

/** `uri: "main.tf"` members as the URIs of the module's files. */
function withUris(tree: unknown, folder: string): unknown {
  if (Array.isArray(tree)) return tree.map((t) => withUris(t, folder));
  if (typeof tree !== 'object' || tree === null) return tree;
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, k === 'uri' && typeof v === 'string' && !('known' in tree) ? LspClient.uri(join(folder, v)) : withUris(v, folder)]),
  );
}

const folders = readdirSync(ROOT)
  .filter((name) => statSync(join(ROOT, name)).isDirectory())
  .sort();

describe('endpoint declaration request', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(ROOT);
  });
  after(() => client.stop());

  const ask = (params: EndpointDeclarationParams) => client.connection.sendRequest<EndpointDeclarationResult>(EndpointDeclarationRequest, params);

  for (const name of folders) {
    const folder = join(ROOT, name);
    const cases = JSON.parse(readFileSync(join(folder, 'requests.json'), 'utf8')) as Case[];
    const uri = LspClient.uri(join(folder, readdirSync(folder).find((f) => f.endsWith('.tf')) ?? 'main.tf'));
    for (const c of cases) {
      const label = `${name}: ${c.address}${c.endpointName === undefined ? '' : ` named ${c.endpointName}`}${c.about ? ` (${c.about})` : ''}`;
      test(label, async () => {
        const answer = await ask({ uri, address: c.address, endpointName: c.endpointName });
        assert.deepEqual(answer, withUris(c.expect, folder));
      });
    }
  }

  test('no server error was logged', () => {
    assert.deepEqual(client.logs.filter((l) => l.type === 1), []);
  });
});

/** A configuration whose variants and name come from each instance of a for_each over `collection`. */
const perInstance = (collection: string) => `resource "aws_sagemaker_endpoint_configuration" "c" {
  for_each = ${collection}
  name     = "\${each.key}-config"

  dynamic "production_variants" {
    for_each = each.value
    content {
      variant_name           = production_variants.key
      model_name             = "m"
      instance_type          = "ml.m5.large"
      initial_instance_count = production_variants.value
    }
  }
}

resource "aws_sagemaker_endpoint" "e" {
  for_each             = ${collection}
  name                 = "\${each.key}-endpoint"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c[each.key].name
}
`;

describe('endpoint declaration request: edits, bounds and bad input', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-declaration-'));
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_sagemaker_endpoint" "e" {\n  name = "on-disk"\n  endpoint_config_name = "c"\n}\n');
    uri = LspClient.uri(join(dir, 'main.tf'));
    client = await LspClient.start(dir);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = (params: unknown) => client.connection.sendRequest<EndpointDeclarationResult>(EndpointDeclarationRequest, params);

  test('the file on disk is read when it is not open, and an open document wins over it, unsaved', async () => {
    assert.deepEqual((await ask({ uri, address: 'aws_sagemaker_endpoint.e' }))?.name, { known: true, value: 'on-disk' });
    await client.open(uri, 'resource "aws_sagemaker_endpoint" "e" {\n  name = "in-editor"\n  endpoint_config_name = "c"\n}\n');
    assert.deepEqual((await ask({ uri, address: 'aws_sagemaker_endpoint.e' }))?.name, { known: true, value: 'in-editor' });
  });

  test('no such endpoint, another resource type, or a malformed address: null', async () => {
    await client.open(uri, 'resource "aws_sagemaker_endpoint_configuration" "e" {\n  name = "c"\n}\n');
    for (const address of ['aws_sagemaker_endpoint.missing', 'aws_sagemaker_endpoint_configuration.e', 'aws_sagemaker_endpoint.e[', 'aws_sagemaker_endpoint.e[x]', 'aws_sagemaker_endpoint.e["k"]', '']) {
      assert.equal(await ask({ uri, address }), null, address);
    }
  });

  test('bad parameters are answered null, not with an error', async () => {
    for (const params of [null, {}, { uri }, { uri: 42, address: 'aws_sagemaker_endpoint.e' }, { uri: 'not a uri', address: 'aws_sagemaker_endpoint.e' }, { uri, address: ['x'] }]) {
      assert.equal(await ask(params), null, JSON.stringify(params));
    }
  });

  test('instances that declare different variants are one declaration whose variants cannot all be listed', async () => {
    await client.open(uri, perInstance('{ a = { v1 = 1 }, b = { v1 = 2, v2 = 1 } }'));
    const merged = await ask({ uri, address: 'aws_sagemaker_endpoint.e' });
    assert.equal(merged?.address, 'aws_sagemaker_endpoint.e');
    assert.equal(merged?.configuration?.address, 'aws_sagemaker_endpoint_configuration.c');
    assert.equal(merged?.configuration?.variantsIncomplete, true);
    assert.deepEqual(merged?.name, { known: false, expression: '"${each.key}-endpoint"' });
    // Picked by name, one instance is exact.
    const b = await ask({ uri, address: 'aws_sagemaker_endpoint.e', endpointName: 'b-endpoint' });
    assert.equal(b?.configuration?.variantsIncomplete, undefined);
    assert.deepEqual(
      b?.configuration?.productionVariants.map((v) => [v.variantName, v.initialInstanceCount]),
      [[{ known: true, value: 'v1' }, { known: true, value: 2 }], [{ known: true, value: 'v2' }, { known: true, value: 1 }]],
    );
  });

  test('a for_each or count not known before plan is one instance whose per-instance values are unknown', async () => {
    await client.open(uri, perInstance('var.models'));
    const unknown = await ask({ uri, address: 'aws_sagemaker_endpoint.e', endpointName: 'a-endpoint' });
    assert.equal(unknown?.address, 'aws_sagemaker_endpoint.e');
    assert.deepEqual(unknown?.name, { known: false, expression: '"${each.key}-endpoint"' });
    assert.equal(unknown?.configuration?.variantsIncomplete, true);
    await client.open(uri, 'resource "aws_sagemaker_endpoint" "e" {\n  count = var.n\n  name = "e-${count.index}"\n  endpoint_config_name = "c"\n}\n');
    assert.deepEqual((await ask({ uri, address: 'aws_sagemaker_endpoint.e' }))?.name, { known: false, expression: '"e-${count.index}"' });
  });

  test('collections too large to go through are not expanded, and the answer still comes', async () => {
    const entries = Array.from({ length: 400 }, (_, i) => `k${i} = { v = 1 }`).join(', ');
    await client.open(uri, perInstance(`{ ${entries} }`));
    const answer = await ask({ uri, address: 'aws_sagemaker_endpoint.e', endpointName: 'k7-endpoint' });
    assert.equal(answer?.address, 'aws_sagemaker_endpoint.e');
    assert.equal(answer?.name.known, false);
    await client.open(uri, 'resource "aws_sagemaker_endpoint" "e" {\n  count = 1e9\n  name = "e-${count.index}"\n  endpoint_config_name = "c"\n}\n');
    assert.equal((await ask({ uri, address: 'aws_sagemaker_endpoint.e' }))?.name.known, false);
  });

  test('long expressions are shortened to one line of 200 characters; odd tag keys are plain keys', async () => {
    const long = `lookup(var.names, "${'x'.repeat(500)}",\n  "fallback")`;
    await client.open(uri, `resource "aws_sagemaker_endpoint" "e" {\n  name = ${long}\n  endpoint_config_name = "c"\n  tags = { "__proto__" = "p", constructor = 1 }\n}\n`);
    const answer = await ask({ uri, address: 'aws_sagemaker_endpoint.e' });
    assert.equal(answer?.name.known, false);
    const expression = answer?.name.known === false ? answer.name.expression : '';
    assert.equal(expression.length, 200);
    assert.ok(expression.startsWith('lookup(var.names, "xxx') && expression.endsWith('…') && !expression.includes('\n'));
    assert.deepEqual(answer?.tags, { known: true, value: JSON.parse('{"__proto__":"p","constructor":"1"}') });
  });

  test('no server error was logged', () => {
    assert.deepEqual(client.logs.filter((l) => l.type === 1), []);
  });
});
