import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIST_IN_FULL, behaviourOf } from '../../../server/src/analysis/constraints';
import { fileFindings } from '../../../server/src/analysis/diagnostics';
import { ModuleScope } from '../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../server/src/analysis/parsedFile';
import { attributeSnippet, snippetText, TabStops, valueSnippet } from '../../../server/src/analysis/snippets';
import { getResourceSchema, resolveBody } from '../../../server/src/schema';
import type { AttributeSchema, Constraint } from '../../../server/src/schema/types';

// Snippet values come from the constraint behaviour: a choice list where the behaviour has few candidates, an
// example where it has none, nothing where it has many (completion lists them after insertion).

const CONFIG = getResourceSchema('aws_sagemaker_endpoint_configuration')!;
const attr = (path: string[], name: string): AttributeSchema => resolveBody(CONFIG, path)!.attributes[name];
const snippet = (a: AttributeSchema) => valueSnippet(a, new TabStops());

test('value snippets: choices, examples, or empty for long lists', () => {
  assert.equal(snippet(attr(['production_variants', 'routing_config'], 'routing_strategy')), '"${1|LEAST_OUTSTANDING_REQUESTS,PREFIX_AWARE,RANDOM|}"');
  assert.equal(snippet(attr(['production_variants', 'serverless_config'], 'memory_size_in_mb')), '${1|1024,2048,3072,4096,5120,6144|}');
  assert.equal(snippet(attr(['production_variants'], 'instance_type')), '"${1}"');
  assert.equal(snippet(attr(['production_variants'], 'volume_size_in_gb')), '${1:1}');
  assert.equal(snippet(attr([], 'kms_key_arn')), '"${1:arn:aws:kms:us-east-1:123456789012:key/…}"');
  assert.equal(snippet(attr(['data_capture_config', 'capture_content_type_header'], 'csv_content_types')), '["${1:text/csv}"]');
});

test('a set of enumerated strings gets its choices inside a list, and the inserted text validates', () => {
  const include = attr(['async_inference_config', 'output_config', 'notification_config'], 'include_inference_response_in');
  const value = snippet(include);
  assert.equal(value, '["${1|ERROR_NOTIFICATION_TOPIC,SUCCESS_NOTIFICATION_TOPIC|}"]');
  const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
  async_inference_config {
    output_config {
      s3_output_path = "s3://b/out"
      notification_config {
        ${snippetText(attributeSnippet('include_inference_response_in', include, new TabStops()))}
      }
    }
  }
}
`;
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  assert.deepEqual(fileFindings(file, ModuleScope.of([file])).filter((f) => f.severity !== 'information').map((f) => f.message), []);
});

test('one limit decides choice lists, spelled-out values and re-opened suggestions', () => {
  const values = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `V${i}` }));
  const enumAttr = (n: number): AttributeSchema => ({
    type: 'string',
    required: false,
    forceNew: false,
    description: 'd',
    constraint: { kind: 'enum', values: values(n), unknownSeverity: 'error' },
  });
  const short = enumAttr(LIST_IN_FULL);
  const long = enumAttr(LIST_IN_FULL + 1);
  assert.match(snippet(short), /^"\$\{1\|V0,.*,V11\|\}"$/);
  assert.equal(snippet(long), '"${1}"');
  const describe = (a: AttributeSchema) => behaviourOf(a.constraint as Constraint).describe(a.constraint as Constraint);
  assert.match(describe(short), /^Valid values: /);
  assert.match(describe(long), /^One of 13 values/);
  const check = (a: AttributeSchema) => behaviourOf(a.constraint as Constraint).check(a.constraint as Constraint, 'x', 'v')!.message;
  assert.match(check(short), /Valid values: V0/);
  assert.match(check(long), /^"x" is not a valid v\. Did you mean "V0"\?$/, "a long list is not spelled out");
});
