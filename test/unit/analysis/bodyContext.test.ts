import assert from 'node:assert/strict';
import { test } from 'node:test';
import { childContext, contextOf, dynamicSchema } from '../../../server/src/analysis/bodyContext';
import { ParsedFile } from '../../../server/src/analysis/parsedFile';
import { getResourceSchema } from '../../../server/src/schema';
import type { Block } from '../../../server/src/hcl/ast';

const PROTOTYPE_NAMES = [...new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__'])];

/** The resource block and its first nested block of `source`'s first resource. */
function nested(source: string): { resource: Block; child: Block } {
  const file = new ParsedFile('file:///m/main.tf', source, 1);
  const resource = file.resources[0].block;
  const child = resource.body.items.find((i): i is Block => i.kind === 'Block')!;
  return { resource, child };
}

test('a block or dynamic label named after an Object.prototype member has no schema', () => {
  const schema = getResourceSchema('aws_sagemaker_endpoint_configuration')!;
  for (const name of PROTOTYPE_NAMES) {
    for (const header of [`${name}`, `dynamic "${name}"`]) {
      const { resource, child } = nested(`resource "aws_sagemaker_endpoint_configuration" "c" {\n  ${header} {\n  }\n}\n`);
      assert.deepEqual(contextOf(schema, [resource, child]), { kind: 'unknown' }, header);
    }
  }
});

test('the schema of a dynamic block has no prototype either', () => {
  const target = getResourceSchema('aws_sagemaker_endpoint_configuration')!.body.blocks.production_variants;
  const { body } = dynamicSchema(target);
  assert.equal(Object.getPrototypeOf(body.attributes), null);
  assert.equal(Object.getPrototypeOf(body.blocks), null);
  const { resource, child } = nested(`resource "aws_sagemaker_endpoint_configuration" "c" {\n  dynamic "production_variants" {\n    constructor {}\n  }\n}\n`);
  const inner = childContext(contextOf(getResourceSchema('aws_sagemaker_endpoint_configuration')!, [resource]), child);
  assert.equal(inner.kind, 'schema');
  const grandchild = child.body.items.find((i): i is Block => i.kind === 'Block')!;
  assert.deepEqual(childContext(inner, grandchild), { kind: 'unknown' });
});
