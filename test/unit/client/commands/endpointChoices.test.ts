import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseRegion, endpointChoices, endpointNameProblem } from '../../../../client/src/commands/endpointChoices';
import type { EndpointTarget } from '../../../../shared/protocol';

const declared = (name: string | undefined, file = 'main.tf', region?: string): EndpointTarget => ({
  address: `aws_sagemaker_endpoint.${name ?? 'computed'}`,
  name,
  region,
  uri: `file:///work/${file}`,
  line: 0,
});

test('live endpoints merge with declared ones; declared-only ones say they are not deployed', () => {
  const { choices } = endpointChoices(
    [
      { name: 'fraud', status: 'InService', statusTone: 'ok' },
      { name: 'churn', status: 'Creating', statusTone: 'progress' },
      { name: 'broken', status: 'Failed', statusTone: 'error' },
    ],
    [declared('fraud'), declared('planned', 'other.tf', 'eu-west-1'), declared(undefined)],
    'us-east-1',
  );
  assert.deepEqual(choices.map((c) => c.name), ['broken', 'churn', 'fraud', 'planned']);
  assert.equal(choices.find((c) => c.name === 'fraud')!.label, '$(pass-filled) fraud');
  assert.match(choices.find((c) => c.name === 'fraud')!.detail!, /aws_sagemaker_endpoint\.fraud \(main\.tf\)/);
  assert.equal(choices.find((c) => c.name === 'churn')!.label, '$(sync~spin) churn');
  assert.equal(choices.find((c) => c.name === 'broken')!.label, '$(error) broken');
  const planned = choices.find((c) => c.name === 'planned')!;
  assert.equal(planned.description, 'not deployed in us-east-1');
  assert.equal(planned.region, 'eu-west-1');
});

test('region: the setting, else Terraform, else the SDK', () => {
  assert.deepEqual(chooseRegion('us-west-2', 'eu-west-1'), { region: 'us-west-2', source: 'setting' });
  assert.deepEqual(chooseRegion(undefined, 'eu-west-1'), { region: 'eu-west-1', source: 'terraform' });
  assert.deepEqual(chooseRegion(undefined, undefined), { source: 'sdk' });
});

test('typed endpoint names follow SageMaker rules', () => {
  assert.equal(endpointNameProblem('my-endpoint-1'), undefined);
  for (const bad of ['', '-x', 'x-', 'a_b', 'x'.repeat(64)]) assert.ok(endpointNameProblem(bad), bad);
});
