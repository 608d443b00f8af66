import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { EndpointTarget } from '../../../../shared/protocol';
import { EndpointsRefresher } from '../../../../client/src/views/endpointsRefresh';
import type { ViewNode } from '../../../../client/src/views/endpointsModel';
import { useAwsEnv, type AwsEnv } from '../../../support/awsEnv';
import { accessDenied, endpointPayload, LIST, listedSummary, signedRegion, type FakeSageMaker } from '../../../support/fakeSageMaker';
import { guardedFakeSageMaker } from '../../../support/guardedFake';
import { viewOverHttp } from '../../../support/viewOverHttp';

// The endpoints view against the real AWS SDK over real HTTP to the fake SageMaker on 127.0.0.1: statuses by
// DescribeEndpoint, the endpoints no Terraform declares by ListEndpoints in each region the workspace deploys to.

const summary = listedSummary;

const declared = (name: string, region: string | undefined, file = 'main.tf'): EndpointTarget => ({
  address: `aws_sagemaker_endpoint.${name.replace(/-/g, '_')}`,
  name,
  region,
  uri: `file:///work/${file}`,
  line: 3,
});

describe('endpoints view over HTTP: statuses and the endpoints not in Terraform', () => {
  const running = guardedFakeSageMaker();
  let fake: FakeSageMaker;
  let env: AwsEnv;
  let http: ReturnType<typeof viewOverHttp>;
  let refresher: EndpointsRefresher;
  let targets: EndpointTarget[];

  beforeEach(() => {
    fake = running();
    fake.reset();
    env = useAwsEnv({ region: 'us-west-2' }); // the SDK's own region, for declarations without a literal
    http = viewOverHttp(() => fake.url, () => targets);
    refresher = new EndpointsRefresher(http.deps);
    refresher.setServerState('running');
  });
  afterEach(() => {
    refresher.dispose();
    http.dispose();
    env.restore();
  });

  const undeclared = () =>
    refresher
      .nodes()
      .filter((n) => n.kind === 'undeclared')
      .map((n: ViewNode) => ({ label: n.label, description: n.description, children: (n.children ?? []).map((c) => `${c.label}: ${c.description}`) }));

  test('each region the workspace deploys to is listed once; declared endpoints are left out; statuses shown', async () => {
    targets = [declared('orders-prod', 'us-east-1'), declared('eu-scorer', 'eu-west-1', 'eu/main.tf'), declared('sdk-one', undefined)];
    fake.listedIn = new Map([
      ['us-east-1', [summary('orders-prod', 'us-east-1'), summary('batch-legacy', 'us-east-1', 'Updating'), summary('$(alert)[x](command:y)', 'us-east-1')]],
      ['eu-west-1', [summary('eu-scorer', 'eu-west-1')]],
      ['us-west-2', [summary('sdk-one', 'us-west-2'), summary('orders-prod', 'us-west-2', 'Failed')]],
    ]);
    fake.pageSize = 1; // every region pages
    await refresher.setShowUndeclared(true);
    assert.deepEqual(undeclared(), [
      { label: 'Not in Terraform · us-east-1', description: '1 endpoint', children: ['batch-legacy: Updating'] },
      { label: 'Not in Terraform · eu-west-1', description: 'no endpoints', children: [] },
      { label: 'Not in Terraform · us-west-2', description: '1 endpoint', children: ['orders-prod: Failed'] },
    ]);
    const regions = fake.requestsFor('ListEndpoints').map(signedRegion);
    assert.deepEqual([...new Set(regions)].sort(), ['eu-west-1', 'us-east-1', 'us-west-2']);
    assert.equal(fake.requestsFor('DescribeEndpoint').length, 0, 'listing does not describe');
    const live = refresher.nodes().find((n) => n.kind === 'undeclared')!.children![0]!;
    assert.deepEqual(live.live, { name: 'batch-legacy', region: 'us-east-1' });
  });

  test('a refresh describes the declared endpoints and lists again; hiding the list asks nothing', async () => {
    targets = [declared('orders-prod', 'us-east-1'), declared('ghost', 'us-east-1')];
    fake.put(endpointPayload('orders-prod', 'Creating'));
    fake.listedIn = new Map([['us-east-1', [summary('orders-prod', 'us-east-1', 'Creating'), summary('other', 'us-east-1')]]]);
    await refresher.setShowUndeclared(true);
    await refresher.refresh();
    const module = refresher.nodes().find((n) => n.kind === 'module')!;
    assert.deepEqual(module.children!.map((c) => `${c.label}: ${c.description}`), ['ghost: not deployed in us-east-1', 'orders-prod: Creating']);
    assert.equal(fake.requestsFor('ListEndpoints').length, 2, 'shown, then listed again by the refresh');
    assert.deepEqual(undeclared()[0]!.children, ['other: InService']);
    await refresher.setShowUndeclared(false);
    assert.deepEqual(undeclared(), []);
    assert.equal(fake.requestsFor('ListEndpoints').length, 2);
  });

  test('a region the credentials may not list says so in our words; the other regions still show', async () => {
    targets = [declared('a', 'us-east-1'), declared('b', 'eu-west-1')];
    fake.listedIn = new Map([['eu-west-1', [summary('z', 'eu-west-1')]]]);
    fake.script(LIST, accessDenied('ListEndpoints'));
    await refresher.setShowUndeclared(true);
    const shown = undeclared();
    assert.equal(shown.length, 2);
    const denied = shown.find((n) => n.description === 'access denied')!;
    assert.ok(denied, 'one region says access denied');
    assert.deepEqual(denied.children, ['Access denied: open the AWS settings']);
    assert.ok(shown.some((n) => n.children.includes('z: InService')));
    const problem = refresher.nodes().flatMap((n) => n.children ?? []).find((n) => n.kind === 'problem')!;
    assert.ok(!problem.tooltip.includes('arn:aws:iam'), 'what AWS said stays in the log');
  });
});
