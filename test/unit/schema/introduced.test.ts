// The provider versions on the schema: well-formed, never earlier than the block around them (a child inherits its
// parent's version instead of repeating or contradicting it), and the researched facts where they matter most.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESOURCE_SCHEMAS, sinceOf } from '../../../server/src/schema';
import { compareVersions, version } from '../../../server/src/schema/version';
import { flatten } from './walk';

const FULL = /^\d+\.\d+\.\d+$/;
const later = (a: string, b: string) => compareVersions(version(a), version(b)) > 0;

test('every own version is a full x.y.z later than the one it would inherit, and every required-before is later than since', () => {
  let own = 0;
  for (const resource of RESOURCE_SCHEMAS) {
    assert.match(resource.since, FULL);
    for (const entry of flatten(resource.body, { skipMeta: true })) {
      const parent = entry.ancestors.length ? sinceOf(entry.ancestors[entry.ancestors.length - 1])! : resource.since;
      const effective = sinceOf(entry.schema);
      assert.ok(effective, `${resource.type}.${entry.path} has a version`);
      assert.ok(!later(parent, effective), `${resource.type}.${entry.path}: a child never predates its parent`);
      if (entry.schema.since !== undefined) {
        own++;
        assert.match(entry.schema.since, FULL);
        // Under shadow_production_variants (4.47.0) the variant body's older versions are simply inherited over.
        if (!entry.path.startsWith('shadow_production_variants.')) {
          assert.ok(later(entry.schema.since, parent), `${resource.type}.${entry.path}: an own version says something new`);
        }
      }
      if (entry.schema.requiredBefore !== undefined) {
        assert.match(entry.schema.requiredBefore, FULL);
        if (!entry.path.startsWith('shadow_production_variants.')) assert.ok(later(entry.schema.requiredBefore, effective), `${resource.type}.${entry.path}: optional only after it existed`);
      }
    }
  }
  assert.ok(own >= 30, `${own} entries carry their own version`);
});

test('researched versions: inherited where the schema writes none, the latest of own and parent otherwise', () => {
  const at = (type: string, path: string) => {
    const resource = RESOURCE_SCHEMAS.find((r) => r.type === type)!;
    const entry = flatten(resource.body).find((e) => e.path === path);
    assert.ok(entry, path);
    return sinceOf(entry.schema);
  };
  const config = 'aws_sagemaker_endpoint_configuration';
  const endpoint = 'aws_sagemaker_endpoint';
  const table: [string, string, string][] = [
    [config, 'execution_role_arn', '6.21.0'],
    [config, 'region', '6.0.0'],
    [config, 'tags_all', '3.38.0'],
    [config, 'kms_key_arn', '2.4.0'],
    [config, 'production_variants.serverless_config', '4.20.0'],
    [config, 'production_variants.serverless_config.max_concurrency', '4.20.0'],
    [config, 'production_variants.serverless_config.provisioned_concurrency', '5.1.0'],
    [config, 'shadow_production_variants.serverless_config', '4.47.0'],
    [config, 'shadow_production_variants.capacity_reservation_config', '6.54.0'],
    [config, 'async_inference_config.output_config.s3_failure_path', '4.66.0'],
    [config, 'data_capture_config.capture_options.capture_mode', '3.14.0'],
    [endpoint, 'name', '2.5.0'],
    [endpoint, 'deployment_config.blue_green_update_policy', '3.66.0'],
    [endpoint, 'deployment_config.rolling_update_policy.maximum_batch_size.type', '5.11.0'],
  ];
  for (const [type, path, expected] of table) assert.equal(at(type, path), expected, `${type}.${path}`);
  assert.equal(RESOURCE_SCHEMAS.find((r) => r.type === config)!.since, '2.4.0');
  assert.equal(RESOURCE_SCHEMAS.find((r) => r.type === endpoint)!.since, '2.5.0');
});
