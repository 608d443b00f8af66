import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { SageMakerGateway } from '../aws/index';
import type { EndpointView } from '../status/model';
import { problemLogLine, StatusProblemError, toProblem, type ProblemAction, type StatusProblem } from '../status/problems';
import { redact } from '../aws/redact';
import { renderStatusHtml } from '../status/html';
import { capText, isTransitional } from '../status/model';
import { shownName, shownStatus } from '../uiText';
import type { Clock } from '../clock';
import { Poller } from '../status/poller';
import { nextAutoRefreshState, type AutoRefreshState } from '../status/autoRefresh';
import { recordAnswer, type LastKnownStatus } from '../status/lastKnown';
import { webviewMessage } from './webviewMessages';
import { chooseRegion } from '../commands/endpointChoices';
import { awsSettings } from '../settings';
import { comparedSummary, lensSummary, TerraformComparison, type ComparisonDependencies, type DeclaredAt } from './terraformComparison';
import type { DriftSection } from '../status/driftHtml';
import { PanelMetrics } from '../metrics/panelMetrics';

// One webview panel per endpoint (and region), reused when asked again; the region is worked out again at every
// refresh, so changing the region setting and pressing Refresh uses the new one. All AWS calls run here in the extension
// host; the webview only renders HTML and posts "refresh" or an action back.

export interface PanelDependencies {
  /** `scope`: the document the endpoint was asked from, whose settings (the profile among them) apply. */
  gateway(region: string | undefined, scope?: vscode.Uri): SageMakerGateway;
  refreshSeconds(): number;
  runAction(action: ProblemAction, retry: () => void): void;
  log: vscode.LogOutputChannel;
  /** Timers for the poller and the time the panel shows and logs (tests drive them by hand). */
  clock?: Clock;
  /** The language server's declarations, for the Terraform-vs-live section. */
  declarations?: ComparisonDependencies;
  /** Where each panel records what it learned, for the endpoints view and the CodeLens titles. */
  lastKnown?: LastKnownStatus;
}

export class StatusPanels implements vscode.Disposable {
  private readonly panels = new Set<StatusPanel>();

  constructor(private readonly deps: PanelDependencies) {}

  /**
   * The panel of endpoint `name` in the region the settings and `terraformRegion` (the declaration's literal) give
   * now: revealed when open (one endpoint, one panel), else opened. A panel whose endpoint does not exist (not found,
   * or not a valid name) is closed first, so a typo's panel is replaced rather than stacked. `declaredAt`: the
   * resource that declares the endpoint, whose Terraform the panel compares with the live endpoint.
   */
  show(name: string, terraformRegion: string | undefined, scope?: vscode.Uri, declaredAt?: DeclaredAt): void {
    const region = regionFor(terraformRegion, scope);
    const existing = [...this.panels].find((p) => p.name === name && p.region() === region);
    if (existing) {
      if (declaredAt) existing.comparison.declaredAt = declaredAt;
      existing.reveal();
      return;
    }
    for (const panel of [...this.panels]) if (panel.endpointMissing()) panel.dispose();
    const panel = new StatusPanel(name, terraformRegion, scope, declaredAt, this.deps, () => this.panels.delete(panel));
    this.panels.add(panel);
  }

  /** What each open panel shows: exported to other extensions and end-to-end tests through the extension API. */
  snapshot(): PanelSnapshot[] {
    return [...this.panels].map((p) => p.snapshot());
  }

  /** "SageMaker: Close All Endpoint Panels". */
  closeAll(): void {
    for (const panel of [...this.panels]) panel.dispose();
  }

  dispose(): void {
    this.closeAll();
  }
}

/** The region a panel asks: the setting (re-read every time, so a Refresh after changing it uses it), else Terraform's. */
function regionFor(terraformRegion: string | undefined, scope: vscode.Uri | undefined): string | undefined {
  return chooseRegion(awsSettings(scope).region, terraformRegion).region;
}

export interface PanelSnapshot {
  name: string;
  region?: string;
  title: string;
  status?: string;
  problem?: string;
  loading: boolean;
  html: string;
  /** The Terraform-vs-live summary ("in sync", "2 differences"), once compared. */
  drift?: string;
}

class StatusPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly poller: Poller;
  private view?: EndpointView;
  private drift?: DriftSection;
  readonly comparison: TerraformComparison;
  private problem?: StatusProblem;
  private loading = false;
  private lastUpdated?: Date;
  /** Whether the panel refreshes on its own, or when and why it stopped. */
  private autoRefresh?: AutoRefreshState;
  /** Which profile signed the last request (shown in the panel, escaped). */
  private credentials?: string;
  private disposed = false;
  private ignoredMessageLogged = false;
  private readonly now: () => number;
  private readonly metrics: PanelMetrics;

  constructor(
    readonly name: string,
    private readonly terraformRegion: string | undefined,
    private readonly scope: vscode.Uri | undefined,
    declaredAt: DeclaredAt | undefined,
    private readonly deps: PanelDependencies,
    onDispose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'sagemakerTerraform.endpointStatus',
      panelTitle(name, undefined),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableCommandUris: false },
    );
    this.now = deps.clock?.now ?? Date.now;
    this.comparison = new TerraformComparison(declaredAt, deps.declarations);
    this.metrics = new PanelMetrics({ now: () => this.now(), changed: () => this.render() });
    this.poller = new Poller({
      intervalMs: () => deps.refreshSeconds() * 1000,
      refresh: () => this.refresh(),
      ...deps.clock,
    });
    // The webview is ours, but what it posts is checked like any input: a known shape, or ignored (logged once).
    this.panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = webviewMessage(raw);
      if (message?.type === 'refresh') {
        this.comparison.forget();
        this.metrics.invalidate();
        void this.poller.requestRefresh();
      } else if (message?.type === 'metricsRange') {
        this.metrics.setRange(message.range);
        this.updateMetrics(this.deps.gateway(this.region(), this.scope));
      }
      else if (message?.type === 'action') deps.runAction(message.action, () => void this.poller.requestRefresh());
      else if (!this.ignoredMessageLogged) {
        this.ignoredMessageLogged = true;
        deps.log.warn(`Endpoint status panel: ignored a message of unknown shape from the webview (further ones are ignored silently)`);
      }
    });
    this.panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.visible) {
        this.render();
        this.poller.resume();
      } else {
        this.poller.pause();
      }
    });
    this.panel.onDidDispose(() => {
      this.disposed = true;
      this.poller.dispose();
      onDispose();
    });
    void this.refreshNow();
  }

  /** The region this panel asks now (settings are read again each time). */
  region(): string | undefined {
    return regionFor(this.terraformRegion, this.scope);
  }

  /** True when the last answer said the endpoint does not exist (or its name cannot exist). */
  endpointMissing(): boolean {
    return this.problem?.kind === 'notFound' || this.problem?.kind === 'invalidName';
  }

  snapshot(): PanelSnapshot {
    return {
      name: this.name,
      region: this.region(),
      title: this.panel.title,
      status: this.view?.status,
      problem: this.problem?.title,
      loading: this.loading,
      html: this.panel.webview.html,
      drift: lensSummary(this.drift),
    };
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    void this.poller.requestRefresh();
  }

  dispose(): void {
    this.panel.dispose();
  }

  private async refreshNow(): Promise<void> {
    await this.poller.refreshNow();
  }

  /** One request; returns the status so the poller knows whether to keep going. */
  private async refresh(): Promise<string | undefined> {
    if (this.disposed) return undefined;
    this.loading = true;
    this.render();
    const started = this.now();
    const region = this.region();
    let gateway: SageMakerGateway | undefined;
    try {
      await vscode.window.withProgress(
        // The status bar renders $(icons): the name appears only when it is a valid endpoint name.
        { location: vscode.ProgressLocation.Window, title: `SageMaker: ${shownName(this.name) ?? 'endpoint status'}` },
        async () => {
          gateway = this.deps.gateway(region, this.scope);
          try {
            this.view = await gateway.describeEndpoint(this.name);
            this.problem = undefined;
            this.drift = await this.comparison.section(this.name, this.view, gateway);
          } finally {
            this.credentials = gateway.credentialSource();
          }
        },
      );
    } catch (error) {
      this.problem = error instanceof StatusProblemError ? error.problem : toProblem(error, { endpointName: this.name, region });
      const where = region ? ` in ${capText(region, 40)}` : '';
      this.deps.log.warn(redact(`Endpoint ${JSON.stringify(capText(this.name, 80))}${where}: ${problemLogLine(this.problem)} (${this.now() - started} ms)`));
    }
    if (this.deps.lastKnown) recordAnswer(this.deps.lastKnown, this.name, region, this.problem ? { problem: this.problem } : { view: this.view!, drift: comparedSummary(this.drift) });
    this.loading = false;
    // What the panel shows is as old as the last answer: a failed refresh leaves the time of the one before.
    if (!this.problem) this.lastUpdated = new Date(this.now());
    const outcome = this.problem ? { problem: this.problem.title } : { status: this.view?.status ?? '', transitional: isTransitional(this.view?.status ?? '') };
    this.autoRefresh = nextAutoRefreshState(this.autoRefresh, outcome, new Date(this.now()));
    this.render();
    if (!this.problem && gateway) this.updateMetrics(gateway);
    return this.problem ? undefined : this.view?.status;
  }

  /** Metrics follow the status answer without holding it up (PanelMetrics decides whether they are due). */
  private updateMetrics(gateway: SageMakerGateway): void {
    if (this.disposed || !this.view) return;
    void this.metrics.update(this.view, gateway);
  }

  private render(): void {
    if (this.disposed) return;
    const status = this.view?.status;
    const autoRefreshSeconds = !this.problem && status && isTransitional(status) ? this.deps.refreshSeconds() : undefined;
    this.panel.title = panelTitle(this.name, status);
    this.panel.webview.html = renderStatusHtml({
      view: this.view,
      endpointName: this.name,
      problem: this.problem,
      loading: this.loading,
      lastUpdated: this.lastUpdated,
      now: new Date(this.now()),
      autoRefreshSeconds,
      autoRefresh: this.autoRefresh,
      credentials: this.credentials,
      drift: this.drift,
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      metrics: this.view ? this.metrics.part() : undefined,
    });
  }
}

/** `Endpoint: orders-prod (InService)`. Tab titles are plain text in VS Code; the name and status are checked anyway. */
function panelTitle(name: string, status: string | undefined): string {
  const shown = shownStatus(status);
  return `Endpoint: ${shownName(name) ?? '(not a valid endpoint name)'}${shown ? ` (${shown})` : ''}`;
}
