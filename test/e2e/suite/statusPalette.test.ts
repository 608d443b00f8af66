/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import { endpointPayload, FakeSageMaker, signedRegion } from '../../support/fakeSageMaker';
import { activateExtension, closeAllEditors, openDocument, waitFor, workspaceUri } from './helpers';

// The palette and the panels as a newcomer meets them, in the real VS Code: no region setting and no AWS_REGION, so
// the region comes from the module's `provider "aws"` (us-east-1), as it does for the CodeLens; a second module with
// another region; a panel that recovers once the region is set; one panel per endpoint; Close All.

const COMMAND = 'sagemakerTerraform.showEndpointStatus';
const summary = (name: string, region: string, status = 'InService') => ({
  EndpointName: name,
  EndpointArn: `arn:aws:sagemaker:${region}:123456789012:endpoint/${name}`,
  CreationTime: 1_700_000_000,
  LastModifiedTime: 1_700_000_000,
  EndpointStatus: status,
});

describe('endpoint status from the palette', function () {
  this.timeout(60_000);
  let fake: FakeSageMaker;
  let api: SageMakerTerraformApi;
  const savedRegion = process.env.AWS_REGION;
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const euModule = workspaceUri('eu/main.tf');

  /** Runs the palette command (no argument, no editor) until its pick has filled; then closes the pick. */
  async function pickItems() {
    await closeAllEditors();
    // The last run's snapshot stays until this run's pick begins: taking it for this run's would close the pick
    // before it shows, and the run would then wait on it for good.
    const previous = api.lastEndpointPick();
    const run = vscode.commands.executeCommand(COMMAND);
    const pick = await waitFor('the endpoint pick to fill', () => {
      const p = api.lastEndpointPick();
      return p !== previous && p;
    });
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await run;
    return pick;
  }

  before(async () => {
    ({ api } = await activateExtension());
    fake = await FakeSageMaker.start();
    delete process.env.AWS_REGION; // the extension host is this process: the SDK finds no region of its own
    await settings().update('aws.endpointUrl', fake.url, vscode.ConfigurationTarget.Global);
    await settings().update('aws.region', undefined, vscode.ConfigurationTarget.Global);
    await openDocument('main.tf'); // the language server knows the module (provider "aws" { region = "us-east-1" })
  });

  after(async () => {
    await vscode.commands.executeCommand('sagemakerTerraform.closeAllEndpointPanels');
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(euModule, '..'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    for (const key of ['aws.endpointUrl', 'aws.region']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    if (savedRegion === undefined) delete process.env.AWS_REGION;
    else process.env.AWS_REGION = savedRegion;
    await fake?.close();
  });

  it('lists the live endpoints of the region the module’s provider sets (no region setting, no AWS_REGION)', async () => {
    fake.reset();
    fake.listedIn = new Map([['us-east-1', [summary('orders-prod', 'us-east-1')]]]);
    const pick = await pickItems();
    assert.equal(pick.placeholder, 'Endpoints in us-east-1');
    assert.deepEqual(fake.requestsFor('ListEndpoints').map(signedRegion), ['us-east-1']);
    const labels = pick.items.map((i) => `${i.label} | ${i.description ?? ''}`);
    assert.ok(labels.includes('$(pass-filled) orders-prod | InService'), labels.join('\n'));
    assert.ok(labels.includes('$(file-code) ghost-endpoint | not deployed in us-east-1'), labels.join('\n'));
  });

  it('with a second module in another region, lists both regions and names each item’s region', async () => {
    fake.reset();
    await vscode.workspace.fs.writeFile(
      euModule,
      Buffer.from('provider "aws" {\n  region = "eu-west-1"\n}\n\nresource "aws_sagemaker_endpoint" "eu" {\n  name                 = "eu-orders"\n  endpoint_config_name = "eu-config"\n}\n'),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(euModule));
    fake.listedIn = new Map([
      ['us-east-1', [summary('orders-prod', 'us-east-1')]],
      ['eu-west-1', [summary('eu-orders', 'eu-west-1', 'Updating')]],
    ]);
    const pick = await waitFor('a pick listing both regions', async () => {
      const p = await pickItems();
      return p.placeholder === 'Endpoints in eu-west-1, us-east-1' ? p : undefined;
    });
    const labels = pick.items.map((i) => `${i.label} | ${i.description ?? ''}`);
    assert.ok(labels.includes('$(sync~spin) eu-orders | Updating · eu-west-1'), labels.join('\n'));
    assert.ok(labels.includes('$(pass-filled) orders-prod | InService · us-east-1'), labels.join('\n'));
    assert.deepEqual([...new Set(fake.requestsFor('ListEndpoints').map(signedRegion))].sort(), ['eu-west-1', 'us-east-1']);
  });

  it('a panel recovers once the region is set, and one endpoint keeps one panel', async () => {
    fake.reset();
    fake.put(endpointPayload('orders-prod', 'InService'));
    const main = await openDocument('main.tf');
    // A target that pins no region (as for a resource whose provider has none): no region at all yet.
    const target = { address: 'aws_sagemaker_endpoint.orders', name: 'orders-prod', uri: main.uri.toString(), line: 0 };
    await vscode.commands.executeCommand(COMMAND, target);
    await waitFor('the panel to say no region is set', () => api.statusPanels().find((p) => p.name === 'orders-prod' && p.problem === 'No AWS region is set'));
    assert.equal(fake.requestsFor('DescribeEndpoint').length, 0);
    await settings().update('aws.region', 'us-east-1', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand(COMMAND, target);
    const shown = await waitFor('the same panel to show InService', () => api.statusPanels().find((p) => p.name === 'orders-prod' && p.status === 'InService'));
    assert.equal(shown.region, 'us-east-1');
    assert.equal(api.statusPanels().filter((p) => p.name === 'orders-prod').length, 1, 'one panel for the endpoint');
    assert.match(String(fake.requestsFor('DescribeEndpoint')[0]!.headers.authorization), /\/us-east-1\/sagemaker\//);
  });

  it('a typo’s panel is replaced by the next one; Close All Endpoint Panels closes them all', async () => {
    await vscode.commands.executeCommand(COMMAND, { address: 'aws_sagemaker_endpoint.typo', name: 'ordrs-prod', uri: workspaceUri('main.tf').toString(), line: 0 });
    await waitFor('the typo panel to say not found', () => api.statusPanels().find((p) => p.name === 'ordrs-prod' && /was not found/.test(p.problem ?? '')));
    fake.put(endpointPayload('ghost-endpoint', 'InService'));
    await vscode.commands.executeCommand(COMMAND, { address: 'aws_sagemaker_endpoint.ghost', name: 'ghost-endpoint', uri: workspaceUri('main.tf').toString(), line: 0 });
    await waitFor('the ghost-endpoint panel', () => api.statusPanels().find((p) => p.name === 'ghost-endpoint' && p.status === 'InService'));
    assert.deepEqual(api.statusPanels().map((p) => p.name).sort(), ['ghost-endpoint', 'orders-prod']);
    await vscode.commands.executeCommand('sagemakerTerraform.closeAllEndpointPanels');
    await waitFor('no panel left', () => api.statusPanels().length === 0);
  });
});
