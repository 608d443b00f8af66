// "Show Endpoint Status" as a newcomer meets it: the palette in a module whose provider sets the region (no region
// setting, no AWS_REGION), several regions in one workspace, a panel that recovers after its own advice, one panel per
// endpoint, a typo's panel replaced, Close All, and a command asked for in an untrusted folder. The real gateway over
// HTTP to the fake SageMaker on 127.0.0.1 (which lists per signed region), the real panels, the vscode stub.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createGateway, type SageMakerGateway } from '../../../../client/src/aws/index';
import { DeclaredEndpoints, EndpointAtPosition, type EndpointTarget } from '../../../../shared/protocol';
import { useAwsEnv, type AwsEnv } from '../../../support/awsEnv';
import { guardedFakeSageMaker } from '../../../support/guardedFake';
import { FakeSageMaker, LIST, endpointPayload, listedSummary, signedRegion } from '../../../support/fakeSageMaker';
import { created, installVscodeStub, settings, stubWindow, ui, workspaceState } from '../../../support/vscodeStub';
import { FakeClock, flush, until } from '../../../support/fakeClock';

installVscodeStub();
const { ShowEndpointStatus } = require('../../../../client/src/commands/showEndpointStatus') as typeof import('../../../../client/src/commands/showEndpointStatus');
const { StatusPanels } = require('../../../../client/src/panel/statusPanels') as typeof import('../../../../client/src/panel/statusPanels');
const { awsSettings } = require('../../../../client/src/settings') as typeof import('../../../../client/src/settings');

const REGION_SETTING = 'sagemakerTerraform.aws.region';
const summary = listedSummary;
const target = (name: string | undefined, region?: string, file = 'main.tf'): EndpointTarget => ({
  name,
  address: `aws_sagemaker_endpoint.${name ?? 'computed'}`,
  uri: `file:///w/${file}`,
  line: 0,
  region,
});

describe('Show Endpoint Status: regions, panels and trust', () => {
  let fake: FakeSageMaker;
  let env: AwsEnv;
  const gateways: SageMakerGateway[] = [];
  const logged: string[] = [];
  let panels: InstanceType<typeof StatusPanels>;
  let declared: EndpointTarget[] = [];
  let command: InstanceType<typeof ShowEndpointStatus>;
  let clock: FakeClock;

  const log = { info: (l: string) => logged.push(l), warn: (l: string) => logged.push(l), error: (l: string) => logged.push(l) };
  const gateway = (region: string | undefined) => {
    const g = createGateway({ ...awsSettings(), endpointUrl: fake.url, region, timeoutMs: 5000, maxAttempts: 1, log: (l) => logged.push(l) });
    gateways.push(g);
    return g;
  };
  const languageClient = {
    async sendRequest(method: string) {
      if (method === DeclaredEndpoints) return declared;
      if (method === EndpointAtPosition) return null;
      throw new Error(`unexpected request ${method}`);
    },
  };

  /** Runs the palette command until its quick pick has items, then hands the pick and the run back. */
  async function openPick(): Promise<{ pick: (typeof ui.quickPicks)[number]; run: Promise<void> }> {
    const run = command.run();
    await until(() => ui.quickPicks[0] !== undefined && !ui.quickPicks[0].busy, 'the quick pick filling');
    await flush();
    return { pick: ui.quickPicks[0]!, run };
  }
  const settled = (index = 0) =>
    until(() => created[index] !== undefined && !created[index].webview.html.includes('aria-busy="true"') && created[index].htmlHistory.length >= 2, 'the panel settling');
  const describeRegions = () => fake.requestsFor('DescribeEndpoint').map((r) => signedRegion(r));

  const running = guardedFakeSageMaker();
  beforeEach(() => {
    fake = running();
    env = useAwsEnv(); // keys, but no AWS_REGION and no profile region: only Terraform or the setting can say
    fake.reset();
    ui.reset();
    settings.reset();
    workspaceState.isTrusted = true;
    logged.length = 0;
    declared = [];
    stubWindow.activeTextEditor = undefined;
    clock = new FakeClock();
    panels = new StatusPanels({ gateway, refreshSeconds: () => 10, runAction: () => undefined, log: log as never, clock: clock.api });
    command = new ShowEndpointStatus({ server: { languageClient: languageClient as never }, panels, gateway, runAction: () => undefined, log: log as never });
  });
  afterEach(() => {
    command.dispose();
    panels.dispose();
    for (const g of gateways.splice(0)) g.dispose();
    env.restore();
  });

  test('the palette lists the region the module’s provider sets, as the CodeLens does (no "No AWS region" notice)', async () => {
    declared = [target('orders', 'us-east-1')];
    fake.listedIn = new Map([['us-east-1', [summary('orders', 'us-east-1'), summary('churn', 'us-east-1', 'Creating')]]]);
    const { pick, run } = await openPick();
    assert.deepEqual(ui.messages, [], 'no notification');
    assert.deepEqual(pick.items.map((i) => [i.label, i.description]), [
      ['$(sync~spin) churn', 'Creating'],
      ['$(pass-filled) orders', 'InService'],
      ['$(edit) Enter an endpoint name…', undefined],
    ]);
    assert.equal(pick.placeholder, 'Endpoints in us-east-1');
    assert.deepEqual(fake.requestsFor('ListEndpoints').map(signedRegion), ['us-east-1']);
    pick.accept((i) => i.name === 'churn');
    await run;
    await settled();
    assert.deepEqual(panels.snapshot().map((p) => [p.name, p.region]), [['churn', 'us-east-1']]);
    assert.deepEqual(describeRegions(), ['us-east-1']);
  });

  test('"Enter an endpoint name…" uses the module’s region too', async () => {
    declared = [target('orders', 'us-east-1')];
    fake.listedIn = new Map([['us-east-1', []]]);
    fake.put(endpointPayload('typed-one', 'InService'));
    const { pick, run } = await openPick();
    ui.inputBoxAnswer = 'typed-one';
    pick.accept((i) => i.label.includes('Enter an endpoint name'));
    await run;
    await settled();
    assert.deepEqual(ui.messages, []);
    assert.deepEqual(panels.snapshot().map((p) => [p.name, p.region, p.status]), [['typed-one', 'us-east-1', 'InService']]);
  });

  test('several regions: each region’s live endpoints, each item naming its region; a typed name asks which region', async () => {
    declared = [target('orders', 'us-east-1', 'us.tf'), target('orders', 'eu-west-1', 'eu.tf')];
    fake.listedIn = new Map([
      ['us-east-1', [summary('orders', 'us-east-1')]],
      ['eu-west-1', [summary('orders', 'eu-west-1', 'Updating'), summary('fraud', 'eu-west-1')]],
    ]);
    const { pick, run } = await openPick();
    assert.deepEqual(ui.messages, []);
    assert.deepEqual(pick.items.map((i) => [i.label, i.description, i.region]), [
      ['$(pass-filled) fraud', 'InService · eu-west-1', 'eu-west-1'],
      ['$(sync~spin) orders', 'Updating · eu-west-1', 'eu-west-1'],
      ['$(pass-filled) orders', 'InService · us-east-1', 'us-east-1'],
      ['$(edit) Enter an endpoint name…', undefined, undefined],
    ]);
    assert.equal(pick.placeholder, 'Endpoints in eu-west-1, us-east-1');
    assert.deepEqual(fake.requestsFor('ListEndpoints').map(signedRegion).sort(), ['eu-west-1', 'us-east-1']);
    ui.inputBoxAnswer = 'typed-one';
    ui.simplePickAnswer = 'eu-west-1';
    pick.accept((i) => i.label.includes('Enter an endpoint name'));
    await run;
    assert.deepEqual(ui.simplePicks[0]!.items.map((i) => i.label).sort(), ['eu-west-1', 'us-east-1']);
    await settled();
    assert.deepEqual(panels.snapshot().map((p) => [p.name, p.region]), [['typed-one', 'eu-west-1']]);
  });

  test('the region setting still wins over Terraform in the palette', async () => {
    settings.merged.set(REGION_SETTING, 'ap-south-1');
    declared = [target('orders', 'us-east-1')];
    fake.listedIn = new Map([['ap-south-1', [summary('orders', 'ap-south-1')]]]);
    const { pick, run } = await openPick();
    assert.deepEqual(fake.requestsFor('ListEndpoints').map(signedRegion), ['ap-south-1']);
    assert.equal(pick.items[0]!.description, 'InService');
    pick.hide();
    await run;
  });

  test('Refresh after setting the region (as "Open Settings" advises) uses it', async () => {
    fake.put(endpointPayload('orders', 'InService'));
    await command.run(target('orders'));
    await settled();
    assert.equal(panels.snapshot()[0]!.problem, 'No AWS region is set');
    assert.equal(fake.requests.length, 0);
    settings.merged.set(REGION_SETTING, 'us-east-1');
    created[0]!.messages.fire({ type: 'refresh' });
    await clock.advance(1000); // a Refresh right after the first request waits out the poller's one-second gap
    await until(() => panels.snapshot()[0]!.status === 'InService', 'the refresh with the new region');
    assert.deepEqual(describeRegions(), ['us-east-1']);
    assert.equal(panels.snapshot()[0]!.problem, undefined);
  });

  test('one endpoint has one panel: asking again (after the region was set) reveals it', async () => {
    fake.put(endpointPayload('orders', 'InService'));
    await command.run(target('orders'));
    await settled();
    settings.merged.set(REGION_SETTING, 'us-east-1');
    await command.run(target('orders'));
    await command.run(target('orders', 'us-east-1'));
    assert.equal(created.length, 1, 'no second tab');
    assert.equal(created[0]!.revealed, 2);
  });

  test('a panel for a name that does not exist is replaced by the next one, not stacked; Close All closes every panel', async () => {
    settings.merged.set(REGION_SETTING, 'us-east-1');
    fake.put(endpointPayload('orders', 'InService'));
    fake.put(endpointPayload('fraud', 'InService'));
    await command.run(target('ordrs'));
    await settled(0);
    assert.match(panels.snapshot()[0]!.problem ?? '', /was not found/);
    await command.run(target('orders'));
    await settled(1);
    assert.deepEqual(panels.snapshot().map((p) => p.name), ['orders'], 'the typo’s panel is gone');
    await command.run(target('fraud'));
    await settled(2);
    assert.deepEqual(panels.snapshot().map((p) => p.name).sort(), ['fraud', 'orders'], 'panels of endpoints that exist stay');
    panels.closeAll();
    assert.deepEqual(panels.snapshot(), []);
  });

  test('asked in an untrusted folder: it says so, then carries on once the folder is trusted (once)', async () => {
    workspaceState.isTrusted = false;
    settings.merged.set(REGION_SETTING, 'us-east-1');
    fake.put(endpointPayload('orders', 'InService'));
    await command.run(target('orders'));
    assert.equal(ui.messages.length, 1);
    assert.equal(ui.messages[0]!.severity, 'warning');
    assert.match(ui.messages[0]!.message, /Trust the folder and it carries on by itself\.$/);
    assert.equal(created.length, 0);
    assert.equal(fake.requests.length, 0);
    workspaceState.grantTrust();
    await settled();
    assert.deepEqual(panels.snapshot().map((p) => [p.name, p.status]), [['orders', 'InService']]);
    workspaceState.isTrusted = false;
    workspaceState.grantTrust();
    await flush();
    assert.equal(created.length, 1, 'trust granted again does not run it again');
    assert.equal(fake.requestsFor('DescribeEndpoint').length, 1);
  });

  test('every status failure is logged with its title and detail as separate sentences', async () => {
    settings.merged.set(REGION_SETTING, 'us-east-1');
    await command.run(target('ordrs'));
    await settled();
    const line = logged.find((l) => l.startsWith('Endpoint "ordrs" in us-east-1:'));
    assert.ok(line, logged.join('\n'));
    assert.match(line!, /was not found in us-east-1\. It may not be deployed yet/);
    fake.setAlways(LIST, { type: 'awsError', code: 'AccessDeniedException', message: 'no' });
    const { pick, run } = await openPick();
    pick.hide();
    await run;
    assert.ok(logged.some((l) => /^SageMaker: Show Endpoint Status: Access denied\. The credentials in use/.test(l)), logged.join('\n'));
  });
});
