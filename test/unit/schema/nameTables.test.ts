import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESOURCE_SCHEMAS, nameTable, resolveBody } from '../../../server/src/schema';
import type { BodySchema } from '../../../server/src/schema/types';
import { flatten } from './walk';

// Names from a document are looked up in these tables; Object.prototype's members must find nothing there.
const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** The resource body and every nested block body. */
function bodies(body: BodySchema): BodySchema[] {
  return [body, ...flatten(body).flatMap((e) => (e.kind === 'block' ? [e.schema.body] : []))];
}

test('every table of both resources has no prototype', () => {
  for (const resource of RESOURCE_SCHEMAS) {
    for (const body of bodies(resource.body)) {
      assert.equal(Object.getPrototypeOf(body.attributes), null);
      assert.equal(Object.getPrototypeOf(body.blocks), null);
    }
    assert.equal(Object.getPrototypeOf(resource.unsupportedBlocks), null);
  }
});

test('Object.prototype member names are neither arguments, blocks nor unsupported blocks anywhere', () => {
  for (const resource of RESOURCE_SCHEMAS) {
    for (const body of bodies(resource.body)) {
      for (const name of PROTOTYPE_NAMES) {
        assert.equal(body.attributes[name], undefined, `${resource.type}: attribute ${name}`);
        assert.equal(body.blocks[name], undefined, `${resource.type}: block ${name}`);
      }
    }
    for (const name of PROTOTYPE_NAMES) {
      assert.equal(resource.unsupportedBlocks?.[name], undefined);
      assert.equal(resolveBody(resource, [name]), undefined);
      assert.equal(resolveBody(resource, ['lifecycle', name]), undefined);
    }
  }
});

test('preparing the tables keeps every entry and its order', () => {
  const config = RESOURCE_SCHEMAS.find((r) => r.type === 'aws_sagemaker_endpoint_configuration')!;
  const names = Object.keys(config.body.attributes);
  assert.ok(names.indexOf('name') < names.indexOf('count'), 'provider arguments before meta-arguments');
  assert.ok(resolveBody(config, ['production_variants', 'core_dump_config'])?.attributes.destination_s3_uri);
  assert.ok(config.unsupportedBlocks?.timeouts);
});

test('nameTable: own entries only, an own "__proto__" entry included', () => {
  const table = nameTable<number>({ a: 1, b: 2 });
  assert.deepEqual(Object.keys(table), ['a', 'b']);
  assert.equal(table.constructor, undefined);
  assert.equal(table.__proto__, undefined);
  assert.equal('toString' in table, false);
  const withProto = nameTable<number>(JSON.parse('{"__proto__": 3}') as Record<string, number>);
  assert.equal(Object.getPrototypeOf(withProto), null);
  assert.equal(withProto.__proto__, 3);
});
