import * as vscode from 'vscode';
import { DeclaredEndpoints, type EndpointTarget } from '../../../shared/protocol';
import type { SageMakerGateway } from '../aws/index';
import { systemClock, type Clock } from '../clock';
import type { LanguageServer } from '../languageServer';
import type { StatusPanels } from '../panel/statusPanels';
import type { ComparisonDependencies } from '../panel/terraformComparison';
import { awsSettings, refreshIntervalSeconds } from '../settings';
import type { LastKnownStatus } from '../status/lastKnown';
import { shownName, shownRegion } from '../uiText';
import { ENDPOINTS_COMMANDS, ENDPOINTS_CONTEXT, ENDPOINTS_VIEW } from './endpointsCommands';
import { EndpointsRefresher } from './endpointsRefresh';
import { EndpointsTreeProvider, type TreeSnapshot } from './endpointsTree';

// Registers the "SageMaker Endpoints" view in the Explorer, beside the files it is about: its commands, the context
// keys its welcome text and title buttons use, and what makes it refresh: the first time it shows (in a trusted
// folder), the Refresh button, .tf edits (declarations again; statuses only for new endpoints), workspace trust.
// Timed refreshes follow the poller: only while an endpoint is transitional and the view is visible.

export interface EndpointsViewDependencies {
  server: Pick<LanguageServer, 'languageClient'>;
  /** Settles once the language server's first start has finished: true when it runs. */
  serverReady: Promise<boolean>;
  gateway(region: string | undefined, scope?: vscode.Uri): SageMakerGateway;
  panels: Pick<StatusPanels, 'show'>;
  lastKnown: LastKnownStatus;
  /** The language server's declarations: each refresh compares Terraform with live, as the panel does. */
  declarations?: ComparisonDependencies;
  log: Pick<vscode.LogOutputChannel, 'info' | 'warn'>;
  clock?: Clock;
}

/** How long after the last .tf change the declarations are asked again (the server re-reads files on its own). */
const DECLARATIONS_DELAY_MS = 800;

export interface EndpointsView extends vscode.Disposable {
  /** What the view shows: its message and nodes (for the extension API). */
  snapshot(): { message?: string; nodes: TreeSnapshot[] };
  /** AWS settings or workspace trust changed. */
  reset(): void;
}

export function registerEndpointsView(deps: EndpointsViewDependencies): EndpointsView {
  const clock = deps.clock ?? systemClock;
  const scopeOf = (uri: string | undefined) => (uri ? vscode.Uri.parse(uri) : undefined);
  const refresher = new EndpointsRefresher({
    declared: async () => {
      const client = deps.server.languageClient;
      if (!client) return undefined;
      return client.sendRequest<EndpointTarget[]>(DeclaredEndpoints, {});
    },
    gateway: (region, scope) => deps.gateway(region, scopeOf(scope)),
    settingRegion: (scope) => awsSettings(scopeOf(scope)).region,
    trusted: () => vscode.workspace.isTrusted,
    folders: () => (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()),
    lastKnown: deps.lastKnown,
    declarations: deps.declarations,
    intervalMs: () => refreshIntervalSeconds() * 1000,
    clock,
    log: (line) => deps.log.info(line),
  });
  const provider = new EndpointsTreeProvider(refresher);
  const view = vscode.window.createTreeView(ENDPOINTS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  let state = '';
  const update = () => {
    view.message = refresher.message();
    const next = refresher.serverState !== 'running' ? refresher.serverState : refresher.declaredCount ? 'listed' : 'empty';
    if (next !== state) {
      state = next;
      void vscode.commands.executeCommand('setContext', ENDPOINTS_CONTEXT.state, next);
    }
  };
  const showUndeclared = async (show: boolean) => {
    void vscode.commands.executeCommand('setContext', ENDPOINTS_CONTEXT.showingUndeclared, show);
    await refresher.setShowUndeclared(show);
  };
  // The first showing in a trusted folder asks for statuses; before that the view only lists declarations.
  let asked = false;
  const showing = () => {
    if (!view.visible) return refresher.pause();
    refresher.resume();
    if (!asked && vscode.workspace.isTrusted && refresher.serverState === 'running') {
      asked = true;
      void refresher.refresh();
    }
  };
  let timer: unknown;
  let timerSet = false;
  let disposed = false;
  const declarationsChanged = () => {
    if (timerSet) clock.clearTimeout(timer);
    timerSet = true;
    timer = clock.setTimeout(() => {
      timerSet = false;
      void refresher.declarationsChanged();
    }, DECLARATIONS_DELAY_MS);
  };
  const terraformFile = (uri: vscode.Uri) => /\.tf(\.json)?$/i.test(uri.path);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{tf,tf.json}');
  const disposables: vscode.Disposable[] = [
    view,
    provider,
    refresher,
    watcher,
    refresher.onDidChange(update),
    view.onDidChangeVisibility(showing),
    watcher.onDidCreate(declarationsChanged),
    watcher.onDidChange(declarationsChanged),
    watcher.onDidDelete(declarationsChanged),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && terraformFile(e.document.uri)) declarationsChanged();
    }),
    vscode.commands.registerCommand(ENDPOINTS_COMMANDS.refresh, () => refresher.refresh()),
    vscode.commands.registerCommand(ENDPOINTS_COMMANDS.showUndeclared, () => showUndeclared(true)),
    vscode.commands.registerCommand(ENDPOINTS_COMMANDS.hideUndeclared, () => showUndeclared(false)),
    vscode.commands.registerCommand(ENDPOINTS_COMMANDS.openLive, (name: unknown, region: unknown) => {
      // Arguments come from our own nodes, but a command can be run by anyone: checked like any input.
      const shown = shownName(name);
      if (!shown || !vscode.workspace.isTrusted || (region !== undefined && !shownRegion(region))) return;
      deps.panels.show(shown, region as string | undefined);
    }),
    vscode.commands.registerCommand(ENDPOINTS_COMMANDS.openDeclaration, async (node: unknown) => {
      const target = (node as { target?: EndpointTarget } | undefined)?.target;
      if (typeof target?.uri !== 'string') return;
      const line = Number.isInteger(target.line) && target.line >= 0 ? target.line : 0;
      await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { selection: new vscode.Range(line, 0, line, 0) });
    }),
  ];
  void vscode.commands.executeCommand('setContext', ENDPOINTS_CONTEXT.showingUndeclared, false);
  update();
  void deps.serverReady.then(async (running) => {
    refresher.setServerState(running ? 'running' : 'stopped');
    if (!running) return;
    await refresher.declarationsChanged();
    showing();
  });
  return {
    snapshot: () => ({ message: view.message, nodes: provider.snapshot() }),
    reset: () => {
      if (disposed) return;
      refresher.reset();
      if (view.visible && vscode.workspace.isTrusted) {
        asked = true;
        void refresher.refresh();
      }
    },
    dispose: () => {
      disposed = true;
      if (timerSet) clock.clearTimeout(timer);
      disposables.forEach((d) => d.dispose());
    },
  };
}
