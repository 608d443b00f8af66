import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INSTANCE_CAPACITY } from '../../../../server/src/analysis/rules/instanceCapacity';
import { getResourceSchema } from '../../../../server/src/schema';

// The two serverless-versus-instance rules read the instance capacity arguments from the schema's flag.
test('instance capacity is what the schema flags, in both kinds of variant', () => {
  assert.deepEqual(INSTANCE_CAPACITY, ['instance_type', 'initial_instance_count']);
  const config = getResourceSchema('aws_sagemaker_endpoint_configuration')!;
  for (const kind of ['production_variants', 'shadow_production_variants']) {
    const flagged = Object.entries(config.body.blocks[kind].body.attributes).filter(([, a]) => a.instanceCapacity).map(([n]) => n);
    assert.deepEqual(flagged, INSTANCE_CAPACITY, kind);
  }
});
