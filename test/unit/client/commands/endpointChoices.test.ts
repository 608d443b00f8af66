import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseRegion, endpointChoices, endpointNameProblem, regionsToList } from '../../../../client/src/commands/endpointChoices';
import type { EndpointTarget } from '../../../../shared/protocol';

const declared = (name: string | undefined, file = 'main.tf', region?: string): EndpointTarget => ({
  address: `aws_sagemaker_endpoint.${name ?? 'computed'}`,
  name,
  region,
  uri: `file:///work/${file}`,
  line: 0,
});

test('live endpoints merge with declared ones; declared-only ones say they are not deployed', () => {
  const live = [
    { name: 'fraud', status: 'InService', statusTone: 'ok' },
    { name: 'churn', status: 'Creating', statusTone: 'progress' },
    { name: 'broken', status: 'Failed', statusTone: 'error' },
  ] as const;
  const { choices } = endpointChoices(
    [{ region: undefined, resolved: 'us-east-1', endpoints: live }],
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

test('regions to list: the setting alone, else each region the declarations pin (and the SDK for unpinned ones)', () => {
  const decls = [declared('a', 'a.tf', 'us-east-1'), declared('b', 'b.tf', 'eu-west-1'), declared('c', 'c.tf', 'us-east-1')];
  assert.deepEqual(regionsToList('us-west-2', decls), [undefined]);
  assert.deepEqual(regionsToList(undefined, decls), ['us-east-1', 'eu-west-1']);
  assert.deepEqual(regionsToList(undefined, [...decls, declared('d')]), ['us-east-1', 'eu-west-1', undefined]);
  assert.deepEqual(regionsToList(undefined, []), [undefined], 'nothing declared: the SDK');
  assert.deepEqual(regionsToList(undefined, [declared('e', 'e.tf', '$(alert) x')]), [undefined], 'a region of the wrong shape is not listed');
});

test('several regions: live endpoints of each, merged with the declarations of that region, each naming its region', () => {
  const { choices } = endpointChoices(
    [
      { region: 'us-east-1', resolved: 'us-east-1', endpoints: [{ name: 'fraud', status: 'InService', statusTone: 'ok' }] },
      { region: 'eu-west-1', resolved: 'eu-west-1', endpoints: [{ name: 'fraud', status: 'Creating', statusTone: 'progress' }] },
    ],
    [declared('fraud', 'us.tf', 'us-east-1'), declared('planned', 'eu.tf', 'eu-west-1')],
    undefined,
  );
  assert.deepEqual(
    choices.map((c) => [c.name, c.description, c.region, c.detail]),
    [
      ['fraud', 'Creating · eu-west-1', 'eu-west-1', undefined],
      ['fraud', 'InService · us-east-1', 'us-east-1', 'Declared as aws_sagemaker_endpoint.fraud (us.tf)'],
      ['planned', 'not deployed in eu-west-1', 'eu-west-1', 'Declared as aws_sagemaker_endpoint.planned (eu.tf)'],
    ],
  );
});

test('one region: items do not repeat it; a region both pinned and the SDK\'s is listed once', () => {
  const endpoints = [{ name: 'fraud', status: 'InService', statusTone: 'ok' }] as const;
  const { choices } = endpointChoices(
    [
      { region: 'us-east-1', resolved: 'us-east-1', endpoints },
      { region: undefined, resolved: 'us-east-1', endpoints },
    ],
    [declared('fraud', 'a.tf', 'us-east-1'), declared('fraud', 'b.tf')],
    undefined,
  );
  assert.deepEqual(choices.map((c) => [c.name, c.description]), [['fraud', 'InService']]);
  assert.match(choices[0]!.detail!, /a\.tf.*b\.tf/);
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

test('a declared endpoint, live or not, carries the resource declaring it (for Terraform vs live); a live-only one none', () => {
  const { choices } = endpointChoices(
    [{ region: undefined, resolved: 'us-east-1', endpoints: [{ name: 'fraud', status: 'InService', statusTone: 'ok' }, { name: 'stray', status: 'InService', statusTone: 'ok' }] }],
    [declared('fraud'), declared('fraud', 'copy.tf'), declared('planned', 'other.tf')],
    'us-east-1',
  );
  const by = (name: string) => choices.find((c) => c.name === name)!;
  assert.deepEqual(by('fraud').declaredAt, { uri: 'file:///work/main.tf', address: 'aws_sagemaker_endpoint.fraud' });
  assert.deepEqual(by('planned').declaredAt, { uri: 'file:///work/other.tf', address: 'aws_sagemaker_endpoint.planned' });
  assert.equal('declaredAt' in by('stray'), false);
});
