import * as vscode from 'vscode';
import type { SageMakerGateway } from './aws/index';
import { loadAws, loadLanguageServer } from './bundles';
import { CLOSE_PANELS_COMMAND, RESTART_COMMAND, SHOW_STATUS_COMMAND } from './commandIds';
import { ShowEndpointStatus, type PickSnapshot } from './commands/showEndpointStatus';
import { GatewayCache } from './gateways';
import type { LanguageServer } from './languageServer';
import { StatusPanels, type PanelSnapshot } from './panel/statusPanels';
import { AWS_SETTINGS_QUERY, awsSettings, refreshIntervalSeconds } from './settings';
import type { ProblemAction } from './status/problems';
import { LastKnownStatus } from './status/lastKnown';
import { EndpointDeclarationRequest, type EndpointDeclarationParams, type EndpointDeclarationResult } from '../../shared/protocol';
import { CodeLensTitles } from './codeLensTitles';
import { chooseRegion } from './commands/endpointChoices';
import { registerEndpointsView } from './views/endpointsView';
import type { TreeSnapshot } from './views/endpointsTree';

// Activation: register the commands and start the language server. Nothing here loads the AWS SDK (the first
// status request does), and the language client, most of the extension's code, is loaded just after activation
// returns (./bundles), so activating costs little even though the server starts at once.

let server: LanguageServer | undefined;
let active = false;

/** What the extension offers other extensions (and its end-to-end tests) through `extension.exports`. */
export interface SageMakerTerraformApi {
  /** The open endpoint status panels and what they show. */
  statusPanels(): PanelSnapshot[];
  /** What the palette's endpoint pick last listed (its placeholder and items), once it has filled. */
  lastEndpointPick(): PickSnapshot | undefined;
  /**
   * Settles once the first start of the language server has finished: true when it runs (its providers are
   * registered), false when it could not start. The server starts just after activation, not within it.
   */
  languageServerReady(): Promise<boolean>;
  /** What the SageMaker Endpoints view shows: its message and its nodes. */
  endpointsView(): { message?: string; nodes: TreeSnapshot[] };
}

export async function activate(context: vscode.ExtensionContext): Promise<SageMakerTerraformApi> {
  active = true;
  const log = vscode.window.createOutputChannel('SageMaker Terraform', { log: true });

  const gateways = new GatewayCache({
    settings: awsSettings,
    create: (options) => loadAws().createGateway(options),
    log: (line) => log.info(line),
  });
  const gateway = (region: string | undefined, scope?: vscode.Uri): SageMakerGateway => gateways.get(region, scope);
  // What each endpoint last answered, shared by the panels and the endpoints view; it belongs to the settings in use.
  const lastKnown = new LastKnownStatus();
  let resetView = () => {};
  const forgetGateways = () => {
    gateways.clear();
    lastKnown.clear();
    resetView();
  };
  const runAction = (action: ProblemAction, retry: () => void) => {
    if (action === 'openSettings') void vscode.commands.executeCommand('workbench.action.openSettings', AWS_SETTINGS_QUERY);
    else if (action === 'showLogs') log.show(true);
    else retry();
  };
  // The language server's declarations feed the panels' Terraform vs live; the CodeLens shows what was last learnt.
  const declarations = {
    declaration: async (params: EndpointDeclarationParams) =>
      server?.languageClient?.sendRequest<EndpointDeclarationResult>(EndpointDeclarationRequest, params),
  };
  const lensTitles = new CodeLensTitles(lastKnown, (target) => chooseRegion(awsSettings(vscode.Uri.parse(target.uri)).region, target.region).region);
  const panels = new StatusPanels({ gateway, refreshSeconds: refreshIntervalSeconds, runAction, log, declarations, lastKnown });
  const languageServer = { get languageClient() { return server?.languageClient; } };
  const showStatus = new ShowEndpointStatus({ server: languageServer, panels, gateway, runAction, log });

  context.subscriptions.push(
    log,
    panels,
    showStatus,
    { dispose: forgetGateways },
    vscode.commands.registerCommand(SHOW_STATUS_COMMAND, (argument?: unknown) => showStatus.run(argument)),
    vscode.commands.registerCommand(CLOSE_PANELS_COMMAND, () => panels.closeAll()),
    vscode.commands.registerCommand(RESTART_COMMAND, () => server?.restart()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(AWS_SETTINGS_QUERY)) gateways.prune();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => gateways.prune()),
  );
  const failed = (error: unknown) => log.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  const ready = new Promise<boolean>((settle) => {
    setImmediate(() => {
      if (!active) return settle(false);
      try {
        const started = new (loadLanguageServer().LanguageServer)(context, log, lensTitles);
        server = started;
        started.start().then(
          () => settle(started.languageClient !== undefined),
          (error: unknown) => {
            failed(error);
            settle(false);
          },
        );
      } catch (error) {
        failed(error);
        settle(false);
      }
    });
  });
  const endpointsView = registerEndpointsView({ server: languageServer, serverReady: ready, gateway, panels, lastKnown, declarations, log });
  resetView = () => endpointsView.reset();
  context.subscriptions.push(endpointsView);
  return {
    statusPanels: () => panels.snapshot(),
    lastEndpointPick: () => showStatus.lastPick,
    languageServerReady: () => ready,
    endpointsView: () => endpointsView.snapshot(),
  };
}

export async function deactivate(): Promise<void> {
  active = false;
  await server?.dispose();
  server = undefined;
}
