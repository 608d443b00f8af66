import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { intRange } from '../../../../server/src/schema/constraints';
import type { ResourceSchema } from '../../../../server/src/schema/types';
import { provisionedConcurrency } from '../../../../server/src/analysis/rules/provisionedConcurrency';
import { config, table } from './harness';

const v = (max: string, provisioned: string) =>
  config(`  production_variants {\n    variant_name = "v"\n    model_name = "m"\n    serverless_config {\n      memory_size_in_mb = 2048\n      max_concurrency = ${max}\n      provisioned_concurrency = ${provisioned}\n    }\n  }`);

table(provisionedConcurrency, [
  { name: 'below', tf: v('5', '4'), lines: [] },
  { name: 'equal', tf: v('5', '5'), lines: [] },
  { name: 'above', tf: v('5', '6'), lines: [8] },
  { name: 'numeric strings', tf: v('"5"', '"6"'), lines: [8] },
  { name: 'computed max', tf: v('var.max', '6'), lines: [] },
  { name: 'computed provisioned', tf: v('5', 'var.p'), lines: [] },
  { name: 'template', tf: v('5', '"${var.p}"'), lines: [] },
  { name: 'out of range values are left to the range check', tf: v('200', '201'), lines: [] },
]);

test('the range the comparison trusts is the schema constraint, not a copy of it', () => {
  const file = new ParsedFile('file:///m/main.tf', v('300', '301'), 1);
  const resource = file.resources[0];
  assert.deepEqual(provisionedConcurrency.check({ file, resource, options: {}, scope: ModuleScope.of([file]) }), []);
  // The same text against a schema that allows up to 500 concurrent invocations.
  const variants = resource.schema.body.blocks.production_variants;
  const serverless = variants.body.blocks.serverless_config;
  const wider = (name: string) => ({ ...serverless.body.attributes[name], constraint: intRange(1, 500) });
  const schema: ResourceSchema = {
    ...resource.schema,
    body: {
      ...resource.schema.body,
      blocks: {
        ...resource.schema.body.blocks,
        production_variants: {
          ...variants,
          body: {
            ...variants.body,
            blocks: {
              ...variants.body.blocks,
              serverless_config: {
                ...serverless,
                body: { ...serverless.body, attributes: { ...serverless.body.attributes, max_concurrency: wider('max_concurrency'), provisioned_concurrency: wider('provisioned_concurrency') } },
              },
            },
          },
        },
      },
    },
  };
  const reports = provisionedConcurrency.check({ file, resource: { ...resource, schema }, options: {}, scope: ModuleScope.of([file]) });
  assert.deepEqual(reports.map((r) => r.message), ['provisioned_concurrency (301) cannot exceed max_concurrency (300).']);
});
