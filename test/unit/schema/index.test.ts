import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  META_ARGUMENTS,
  RESOURCE_SCHEMAS,
  docsLink,
  getResourceSchema,
  resolveBody,
  type ResourceSchema,
} from '../../../server/src/schema';
import { flatten } from './walk';

function get(type: string): ResourceSchema {
  const r = getResourceSchema(type);
  assert.ok(r, type);
  return r;
}

test('RESOURCE_SCHEMAS holds the two resources and getResourceSchema finds them', () => {
  assert.deepEqual(
    RESOURCE_SCHEMAS.map((r) => r.type),
    ['aws_sagemaker_endpoint', 'aws_sagemaker_endpoint_configuration'],
  );
  assert.equal(getResourceSchema('aws_sagemaker_model'), undefined);
  assert.equal(getResourceSchema('constructor'), undefined);
});

test('registry pages and the missing timeouts block', () => {
  assert.equal(
    get('aws_sagemaker_endpoint').docsUrl,
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint',
  );
  assert.equal(
    get('aws_sagemaker_endpoint_configuration').docsUrl,
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration',
  );
  for (const r of RESOURCE_SCHEMAS) {
    assert.ok(r.unsupportedBlocks?.timeouts, `${r.type}: timeouts reason`);
    assert.ok(!('timeouts' in r.body.blocks));
  }
  assert.match(get('aws_sagemaker_endpoint').unsupportedBlocks!.timeouts, /60 minutes/);
});

test('docsLink adds the anchor when there is one', () => {
  const r = get('aws_sagemaker_endpoint');
  assert.equal(docsLink(r, 'deployment_config'), `${r.docsUrl}#deployment_config`);
  assert.equal(docsLink(r), r.docsUrl);
});

test('meta-arguments are merged into every resource, after the provider arguments, without clashes', () => {
  for (const r of RESOURCE_SCHEMAS) {
    for (const name of ['count', 'for_each', 'provider', 'depends_on']) {
      assert.equal(r.body.attributes[name]?.meta, true, `${r.type}.${name}`);
    }
    for (const name of ['lifecycle', 'provisioner', 'connection']) {
      assert.equal(r.body.blocks[name]?.meta, true, `${r.type}.${name}`);
    }
    const attrs = Object.keys(r.body.attributes);
    const firstMeta = attrs.findIndex((n) => r.body.attributes[n].meta);
    assert.ok(attrs.slice(firstMeta).every((n) => r.body.attributes[n].meta), 'meta attributes come last');
    const providerOnly = flatten(r.body, { skipMeta: true }).filter((e) => !e.path.includes('.'));
    assert.equal(
      providerOnly.length + Object.keys(META_ARGUMENTS.attributes).length + Object.keys(META_ARGUMENTS.blocks).length,
      Object.keys(r.body.attributes).length + Object.keys(r.body.blocks).length,
      'a provider argument shares a name with a meta-argument',
    );
  }
});

test('meta-argument shapes', () => {
  const r = get('aws_sagemaker_endpoint');
  assert.equal(r.body.attributes.count.integer, true);
  const lifecycle = r.body.blocks.lifecycle;
  assert.equal(lifecycle.maxItems, 1);
  for (const name of ['create_before_destroy', 'prevent_destroy', 'ignore_changes', 'replace_triggered_by']) {
    assert.ok(lifecycle.body.attributes[name], name);
  }
  for (const name of ['precondition', 'postcondition']) {
    const b = lifecycle.body.blocks[name];
    assert.equal(b.maxItems, undefined, `${name} repeats`);
    assert.equal(b.body.attributes.condition.required, true);
    assert.equal(b.body.attributes.error_message.required, true);
  }
  assert.equal(r.body.blocks.provisioner.labels, 1);
  assert.equal(r.body.blocks.provisioner.opaque, true);
  assert.equal(r.body.blocks.provisioner.maxItems, undefined);
  assert.equal(r.body.blocks.connection.opaque, true);
  assert.equal(r.body.blocks.connection.maxItems, 1);
  for (const e of flatten(META_ARGUMENTS)) {
    assert.equal(e.schema.meta, true, `${e.path} is marked meta`);
    assert.equal(e.schema.forceNew, false, `${e.path}`);
  }
});

test('resolveBody walks block names and nothing else', () => {
  const ec = get('aws_sagemaker_endpoint_configuration');
  assert.equal(resolveBody(ec, []), ec.body);
  const core = resolveBody(ec, ['production_variants', 'core_dump_config']);
  assert.equal(core?.attributes.kms_key_id.required, false);
  const shadowCore = resolveBody(ec, ['shadow_production_variants', 'core_dump_config']);
  assert.equal(shadowCore?.attributes.kms_key_id.required, true);
  assert.ok(resolveBody(ec, ['lifecycle', 'precondition'])?.attributes.condition);
  assert.equal(resolveBody(ec, ['production_variants', 'model_name']), undefined, 'an attribute is not a block');
  assert.equal(resolveBody(ec, ['nope']), undefined);
  assert.equal(resolveBody(ec, ['constructor']), undefined);
  assert.equal(resolveBody(ec, ['production_variants', 'toString']), undefined);
  const ep = get('aws_sagemaker_endpoint');
  assert.ok(
    resolveBody(ep, ['deployment_config', 'blue_green_update_policy', 'traffic_routing_configuration', 'canary_size'])
      ?.attributes.value,
  );
});

test('production and shadow variants differ only where the provider makes them differ', () => {
  const ec = get('aws_sagemaker_endpoint_configuration');
  const prod = resolveBody(ec, ['production_variants'])!;
  const shadow = resolveBody(ec, ['shadow_production_variants'])!;
  assert.equal(prod.attributes.volume_size_in_gb.computed, true);
  assert.equal(shadow.attributes.volume_size_in_gb.computed, undefined);
  assert.deepEqual(Object.keys(prod.attributes).sort(), Object.keys(shadow.attributes).sort());
  assert.deepEqual(Object.keys(prod.blocks).sort(), Object.keys(shadow.blocks).sort());
  assert.equal(ec.body.blocks.production_variants.minItems, 1);
  assert.equal(ec.body.blocks.shadow_production_variants.minItems, 0);
  assert.equal(ec.body.blocks.shadow_production_variants.maxItems, 10);
});

test('cross-field declarations, references and deprecation', () => {
  const ec = get('aws_sagemaker_endpoint_configuration');
  const ep = get('aws_sagemaker_endpoint');
  assert.deepEqual(ec.body.attributes.name.conflictsWith, ['name_prefix']);
  assert.deepEqual(ec.body.attributes.name_prefix.conflictsWith, ['name']);
  assert.deepEqual(resolveBody(ep, ['deployment_config'])?.exactlyOneOf, [['blue_green_update_policy', 'rolling_update_policy']]);
  assert.deepEqual(resolveBody(ec, ['data_capture_config', 'capture_content_type_header'])?.atLeastOneOf, [
    ['csv_content_types', 'json_content_types'],
  ]);
  assert.deepEqual(ep.body.attributes.endpoint_config_name.references, {
    resourceType: 'aws_sagemaker_endpoint_configuration',
    attribute: 'name',
  });
  for (const v of ['production_variants', 'shadow_production_variants']) {
    const body = resolveBody(ec, [v])!;
    assert.deepEqual(body.attributes.model_name.references, { resourceType: 'aws_sagemaker_model', attribute: 'name' });
    assert.ok(body.attributes.accelerator_type.deprecated);
    assert.equal(body.attributes.model_name.required, false);
  }
  for (const r of RESOURCE_SCHEMAS) {
    for (const name of ['id', 'arn', 'tags_all']) {
      assert.equal(r.body.attributes[name].readOnly, true, `${r.type}.${name}`);
      assert.equal(r.body.attributes[name].computed, true, `${r.type}.${name}`);
    }
  }
});

test('patterns compile in unicode mode and mean what they say', () => {
  const ec = get('aws_sagemaker_endpoint_configuration');
  const body = resolveBody(ec, ['production_variants'])!;
  for (const name of ['variant_name', 'model_name']) {
    const c = body.attributes[name].constraint;
    assert.equal(c?.kind, 'pattern');
    if (c?.kind !== 'pattern') continue;
    const re = new RegExp(c.pattern, 'u');
    for (const ok of ['a', 'variant-1', 'A--b', 'x'.repeat(63)]) assert.ok(re.test(ok) && ok.length <= c.maxLength, `${name} ${ok}`);
    for (const bad of ['-a', 'a-', 'a_b', 'a.b', '']) assert.ok(!re.test(bad), `${name} ${bad}`);
    assert.equal(c.maxLength, 63);
  }
});

test('every number attribute carries a range or set unless the provider has none, and ints say so', () => {
  for (const r of RESOURCE_SCHEMAS) {
    for (const e of flatten(r.body, { skipMeta: true })) {
      if (e.kind !== 'attribute' || e.schema.type !== 'number') continue;
      assert.ok(e.schema.constraint, `${r.type}.${e.path} has no numeric constraint`);
      const kind = e.schema.constraint.kind;
      assert.ok(kind === 'intRange' || kind === 'floatRange' || kind === 'intSet', `${r.type}.${e.path}: ${kind}`);
      assert.equal(kind === 'floatRange', !e.schema.integer, `${r.type}.${e.path}: float/int mismatch`);
    }
  }
});
