/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SageMakerTerraformApi } from '../../../client/src/extension';
import { FakeSageMaker, fullPayload } from '../../support/fakeSageMaker';
import { activateExtension, closeAllEditors, hoverText, openDocument, positionOf, waitFor } from './helpers';

// Restricted mode (the trust suite: runTests.mjs --suite trust): workspace trust is on and the fixture folder opens
// untrusted. The vscode API cannot grant trust, so it is granted as a person does: this suite opens the Workspace
// Trust editor with workbench.trust.manage (what the "Manage Workspace Trust" button of our notice runs) and asks the
// launcher, which drives the workbench page, to click its Trust button (test/e2e/launcher/uiRequests.mjs).

const COMMAND = 'sagemakerTerraform.showEndpointStatus';

describe('restricted mode', function () {
  this.timeout(60_000);
  let fake: FakeSageMaker;
  let api: SageMakerTerraformApi;
  let main: vscode.TextDocument;
  const settings = () => vscode.workspace.getConfiguration('sagemakerTerraform');
  const ourLenses = async () =>
    (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', main.uri)).filter((l) => l.command?.command === COMMAND);

  before(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the trust suite opens the folder untrusted');
    ({ api } = await activateExtension());
    fake = await FakeSageMaker.start();
    // User settings: restricted settings are read from them in an untrusted folder, only the workspace's are not.
    await settings().update('aws.endpointUrl', fake.url, vscode.ConfigurationTarget.Global);
    await settings().update('aws.region', 'us-east-1', vscode.ConfigurationTarget.Global);
    main = await openDocument('main.tf');
  });

  after(async () => {
    await closeAllEditors();
    for (const key of ['aws.endpointUrl', 'aws.region']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await fake?.close();
  });

  it('offers no endpoint CodeLens while the folder is untrusted, though the language features work', async () => {
    assert.match(await hoverText(main.uri, positionOf(main, 'instance_type', 2)), /instance_type/, 'the language server answers');
    assert.deepEqual(await ourLenses(), []);
  });

  it('the status command waits while untrusted and carries on by itself once the folder is trusted', async () => {
    fake.put(fullPayload('orders-prod', 'InService'));
    const target = { address: 'aws_sagemaker_endpoint.orders', name: 'orders-prod', region: 'us-east-1', uri: main.uri.toString(), line: 0 };
    // Not awaited: the command's notice stays until someone answers it.
    void vscode.commands.executeCommand(COMMAND, target);
    // Nothing to wait for that would show it waits: a second is long enough for a panel or a request to appear.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(api.statusPanels(), [], 'no panel while untrusted');
    assert.deepEqual(fake.requests, [], 'no call to SageMaker while untrusted');

    let granted = false;
    const listening = vscode.workspace.onDidGrantWorkspaceTrust(() => (granted = true));
    try {
      await vscode.commands.executeCommand('workbench.trust.manage');
      console.log('[e2e-ui] trust-folder');
      await waitFor('the folder to be trusted (the Trust button clicked in the Workspace Trust editor)', () => granted);
    } finally {
      listening.dispose();
    }
    assert.equal(vscode.workspace.isTrusted, true);

    const shown = await waitFor('the orders-prod panel after trust', () => {
      const p = api.statusPanels().find((panel) => panel.name === 'orders-prod');
      return p && !p.loading ? p : undefined;
    });
    assert.deepEqual([shown.status, shown.problem], ['InService', undefined]);
    assert.equal(shown.region, 'us-east-1');
    assert.deepEqual(fake.requestsFor('DescribeEndpoint').map((r) => r.body), [{ EndpointName: 'orders-prod' }]);
  });

  it('offers the endpoint CodeLens once the folder is trusted', async () => {
    const lenses = await ourLenses();
    assert.deepEqual(lenses.map((l) => (l.command?.arguments?.[0] as { name?: string }).name), ['orders-prod', 'ghost-endpoint']);
  });
});
