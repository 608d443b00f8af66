import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GatewayOptions, SageMakerGateway } from '../../../client/src/aws/index';
import { GatewayCache } from '../../../client/src/gateways';
import type { AwsSettings } from '../../../client/src/settings';

// Settings per folder: a workspace may set its own profile for one folder, as it may set its own region.
const SETTINGS: Record<string, AwsSettings> = {
  'file:///work/prod/main.tf': { profile: 'prod', useInstanceMetadata: false },
  'file:///work/dev/main.tf': { profile: 'dev', useInstanceMetadata: false },
  window: { useInstanceMetadata: false },
};

function cache(settings: Record<string, AwsSettings> = SETTINGS) {
  const made: GatewayOptions[] = [];
  const disposed: GatewayOptions[] = [];
  const gateways = new GatewayCache({
    settings: (scope) => settings[scope?.toString() ?? 'window'],
    create: (options) => {
      made.push(options);
      return { dispose: () => disposed.push(options) } as unknown as SageMakerGateway;
    },
    log: () => undefined,
  });
  return { gateways, made, disposed };
}

const uri = (text: string) => ({ toString: () => text }) as never;

test('each document gets the profile its folder sets; the same settings share one gateway', () => {
  const { gateways, made } = cache();
  const prod = gateways.get('us-east-1', uri('file:///work/prod/main.tf'));
  const dev = gateways.get('us-east-1', uri('file:///work/dev/main.tf'));
  assert.notEqual(prod, dev);
  assert.deepEqual(made.map((m) => m.profile), ['prod', 'dev']);
  assert.equal(gateways.get('us-east-1', uri('file:///work/prod/main.tf')), prod, 'reused');
  gateways.get('eu-west-1', uri('file:///work/prod/main.tf'));
  gateways.get('us-east-1');
  assert.deepEqual(made.map((m) => [m.region, m.profile]), [['us-east-1', 'prod'], ['us-east-1', 'dev'], ['eu-west-1', 'prod'], ['us-east-1', undefined]]);
});

test('clear() disposes every gateway and the next request makes a new one', () => {
  const { gateways, made, disposed } = cache();
  const first = gateways.get('us-east-1', uri('file:///work/dev/main.tf'));
  gateways.clear();
  assert.equal(disposed.length, 1);
  assert.notEqual(gateways.get('us-east-1', uri('file:///work/dev/main.tf')), first);
  assert.equal(made.length, 2);
});

test('a custom endpoint URL in use is logged once per gateway, without the user name, password or query it carries', () => {
  const lines: string[] = [];
  const gateways = new GatewayCache({
    settings: () => ({ endpointUrl: 'http://someone:hunter2@127.0.0.1:4566/base?X-Amz-Security-Token=t0ken#frag', useInstanceMetadata: false }),
    create: () => ({ dispose() {} }) as unknown as SageMakerGateway,
    log: (line) => lines.push(line),
  });
  gateways.get('us-east-1');
  gateways.get('us-east-1');
  assert.deepEqual(lines, ['SageMaker requests go to "http://127.0.0.1:4566/base" (setting sagemakerTerraform.aws.endpointUrl), not to AWS']);
  const plain = cache();
  plain.gateways.get('us-east-1');
  assert.equal(plain.made.length, 1);
});

test('prune() drops only the gateways whose settings changed; the others (and their requests under way) stay', () => {
  // VS Code reports every restricted setting as changed when a folder becomes trusted, values unchanged or not.
  const settings: Record<string, AwsSettings> = { ...SETTINGS };
  const { gateways, made, disposed } = cache(settings);
  const prod = gateways.get('us-east-1', uri('file:///work/prod/main.tf'));
  const dev = gateways.get('us-east-1', uri('file:///work/dev/main.tf'));
  gateways.prune();
  assert.equal(disposed.length, 0, 'nothing changed: nothing dropped');
  assert.equal(gateways.get('us-east-1', uri('file:///work/prod/main.tf')), prod);

  settings['file:///work/dev/main.tf'] = { profile: 'dev', endpointUrl: 'http://127.0.0.1:4566', useInstanceMetadata: false };
  gateways.prune();
  assert.deepEqual(disposed.map((d) => d.profile), ['dev'], 'the gateway made with the old dev settings is dropped');
  assert.equal(gateways.get('us-east-1', uri('file:///work/prod/main.tf')), prod, 'prod keeps its gateway');
  const devAgain = gateways.get('us-east-1', uri('file:///work/dev/main.tf'));
  assert.notEqual(devAgain, dev);
  assert.equal(made.at(-1)?.endpointUrl, 'http://127.0.0.1:4566');
});
