import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { LspClient, positionOf } from './lspClient';

const TEXT = `resource "aws_sagemaker_endpoint_configuration" "c" {
  name = "cfg"
  production_variants {
    instance_type = "ml.g5.xlarge"
    routing_config {
      routing_strategy = "LEAST_OUTSTANDING_REQUESTS"
    }
  }
  async_inference_config {
    output_config {
      s3_output_path = "s3://b/out"
      notification_config {
        include_inference_response_in = ["SUCCESS_NOTIFICATION_TOPIC"]
      }
    }
  }
}

resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
}

resource "aws_s3_bucket" "b" {
  bucket = "x"
}
`;

describe('hover', () => {
  let client: LspClient;
  const uri = 'file:///hover/main.tf';
  before(async () => {
    client = await LspClient.start();
    await client.open(uri, TEXT);
  });
  after(() => client.stop());

  const hoverAt = async (needle: string, delta = 1) => {
    const p = positionOf(TEXT, needle, delta);
    const result = await client.hover(uri, p.line, p.character);
    return result ? (result.contents as MarkupContent).value : undefined;
  };

  test('an argument: what it is, requirement, type, allowed values, replacement, docs link', async () => {
    const text = await hoverAt('instance_type');
    assert.ok(text);
    assert.match(text, /\*\*instance_type\*\*/);
    assert.match(text, /Optional/);
    assert.match(text, /string/);
    assert.match(text, /277 values/);
    assert.match(text, /replaces/);
    assert.match(text, /registry\.terraform\.io.*sagemaker_endpoint_configuration#instance_type/);
  });

  test('conflicts are shown', async () => {
    const text = await hoverAt('name = "cfg"');
    assert.match(text!, /Conflicts with `name_prefix`/);
  });

  test('a block', async () => {
    const text = await hoverAt('production_variants');
    assert.match(text!, /\*\*production_variants\*\*/);
    assert.match(text!, /Required/);
    assert.match(text!, /Between 1 and 10/);
  });

  test('a resource type label', async () => {
    const text = await hoverAt('aws_sagemaker_endpoint"');
    assert.match(text!, /\*\*aws_sagemaker_endpoint\*\*/);
  });

  test('an enum value, also inside a set', async () => {
    assert.match((await hoverAt('LEAST_OUTSTANDING_REQUESTS', 3))!, /LEAST_OUTSTANDING_REQUESTS/);
    assert.match((await hoverAt('ml.g5.xlarge', 3))!, /ml\.g5\.xlarge/);
    assert.match((await hoverAt('SUCCESS_NOTIFICATION_TOPIC', 3))!, /SUCCESS_NOTIFICATION_TOPIC/);
  });

  test('an endpoint argument that updates in place says so', async () => {
    const text = await hoverAt('endpoint_config_name');
    assert.match(text!, /without replacing/);
  });

  test('nothing outside our resources', async () => {
    assert.equal(await hoverAt('bucket = '), undefined);
    assert.equal(await hoverAt('aws_s3_bucket'), undefined);
  });
});
