import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { runFileRules } from '../../../../server/src/analysis/rules';
import { docsAt } from '../../../../server/src/analysis/rules/reportDocs';
import { headerSpan } from '../../../../server/src/analysis/tree/blocks';
import { getResourceSchema } from '../../../../server/src/schema';
import type { ResourceSchema } from '../../../../server/src/schema/types';

// A rule's docs link is the one of the argument or block its finding sits on (or, for an absent one, names), not one
// fixed link per rule.

const CONFIG_DOCS = getResourceSchema('aws_sagemaker_endpoint_configuration')!.docsUrl;

function links(text: string): string[] {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  return runFileRules(file, ModuleScope.of([file])).map((f) => `${f.code.slice('sagemaker/'.length)} ${f.docs.slice(f.docs.indexOf('#'))}`);
}

test('findings link to the argument they are reported on', () => {
  const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name    = "m"
    instance_type = "ml.m5.large"
    serverless_config {
      max_concurrency         = 2
      memory_size_in_mb       = 1024
      provisioned_concurrency = 5
    }
  }
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
  shadow_production_variants {
  }
}
`;
  assert.deepEqual(links(text), [
    'shadow-variant-count #production_variants',
    'shadow-variant-incompatible #serverless_config',
    'serverless-with-instance-settings #instance_type',
    'serverless-unsupported-feature #production_variants',
    'provisioned-concurrency-exceeds-max #provisioned_concurrency',
    'inference-components-need-role #execution_role_arn',
    'missing-kms-key #kms_key_arn',
  ]);
});

test('a finding about an absent argument links to it, in the nearest body that has it', () => {
  const text = `resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = "c"
  deployment_config {
    blue_green_update_policy {
      traffic_routing_configuration {
        type                     = "CANARY"
        wait_interval_in_seconds = 60
      }
    }
  }
}
`;
  assert.deepEqual(links(text), ['traffic-routing-size #canary_size']);
});

test('docsAt: the resource header, nested blocks, dynamic content and docs anchors', () => {
  const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  dynamic "production_variants" {
    for_each = var.v
    content {
      model_name = "m"
      core_dump_config {
        destination_s3_uri = "s3://b/d"
      }
    }
  }
}
`;
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  const resource = file.resources[0];
  const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
  assert.equal(docsAt(resource, headerSpan(resource.block)), CONFIG_DOCS);
  assert.equal(docsAt(resource, at('model_name')), `${CONFIG_DOCS}#model_name`);
  assert.equal(docsAt(resource, at('"s3://b/d"')), `${CONFIG_DOCS}#destination_s3_uri`);
  assert.equal(docsAt(resource, at('core_dump_config')), `${CONFIG_DOCS}#core_dump_config`);
  assert.equal(docsAt(resource, at('dynamic "production_variants"')), `${CONFIG_DOCS}#production_variants`);
  assert.equal(docsAt(resource, at('core_dump_config'), 'kms_key_id'), `${CONFIG_DOCS}#kms_key_id`);
  assert.equal(docsAt(resource, at('core_dump_config'), 'execution_role_arn'), `${CONFIG_DOCS}#execution_role_arn`);
  // An anchor on the schema entry wins over its name.
  const schema = resource.schema;
  const variants = schema.body.blocks.production_variants;
  const anchored: ResourceSchema = {
    ...schema,
    body: { ...schema.body, blocks: { ...schema.body.blocks, production_variants: { ...variants, docsAnchor: 'variants' } } },
  };
  assert.equal(docsAt({ ...resource, schema: anchored }, at('dynamic "production_variants"')), `${CONFIG_DOCS}#variants`);
});
