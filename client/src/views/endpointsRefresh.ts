// What the endpoints view knows and when it asks AWS: the declared endpoints (the language server's
// DeclaredEndpoints), a DescribeEndpoint per declared endpoint on Refresh (bounded, a few at a time, written to the
// shared LastKnownStatus), timed refreshes of the transitional ones only, stopping once all are stable (../status/
// poller), Terraform vs live for each endpoint that answered (the panel's comparison, written to the same store), and,
// when asked, one ListEndpoints per region the workspace deploys to. No AWS call in an untrusted folder,
// none while the view is hidden, none on its own before the first refresh. No `vscode` here: scopes are URI strings.
import type { EndpointTarget } from '../../../shared/protocol';
import type { SageMakerGateway } from '../aws/index';
import type { ComparisonDependencies } from '../panel/terraformComparison';
import { comparedSummary, TerraformComparison } from '../panel/terraformComparison';
import type { Clock } from '../clock';
import { chooseRegion, regionsToList } from '../commands/endpointChoices';
import { listRegion, type ListedRegion } from '../commands/listRegion';
import { recordAnswer, type DriftSummary, type LastKnownStatus } from '../status/lastKnown';
import { isTransitional, type EndpointView } from '../status/model';
import { Poller } from '../status/poller';
import { problemLogLine, StatusProblemError, toProblem, type StatusProblem } from '../status/problems';
import { shownName } from '../uiText';
import { endpointsTree, MAX_DECLARED, undeclaredEndpoints, type UndeclaredListing, type ViewNode } from './endpointsModel';

export interface RefresherDependencies {
  /** The declared endpoints; undefined when the language server is not running. */
  declared(): Promise<readonly EndpointTarget[] | undefined>;
  /** `scope`: the document a request is about (its settings apply), as a URI string. */
  gateway(region: string | undefined, scope: string | undefined): SageMakerGateway;
  /** The region setting that applies to `scope`. */
  settingRegion(scope: string | undefined): string | undefined;
  trusted(): boolean;
  folders(): readonly string[];
  lastKnown: LastKnownStatus;
  /** The language server's declarations, for Terraform vs live; without it the view keeps the panels' summaries. */
  declarations?: ComparisonDependencies;
  intervalMs(): number;
  clock: Clock;
  log(line: string): void;
}

/** The most endpoints one refresh describes (the rest say "not refreshed" and are one click from their panel). */
export const MAX_DESCRIBED = 50;
/** DescribeEndpoint requests in flight at once. */
export const MAX_CONCURRENT = 4;

type RunMode = 'full' | 'new' | 'timed';

const TRANSITIONAL = 'transitional';
const STABLE = 'stable';

export type ServerState = 'starting' | 'running' | 'stopped';

export class EndpointsRefresher {
  private targets: readonly EndpointTarget[] = [];
  private server: ServerState = 'starting';
  private problem: StatusProblem | undefined;
  private listings: ListedRegion[] | undefined;
  private showUndeclared = false;
  private listing = false;
  /** True once a person (or the first showing of the view) asked for statuses; .tf changes then fetch new ones. */
  private live = false;
  /** What a person or a .tf change asked for, done by the next (or the running) poller run. */
  private pending: 'full' | 'new' | undefined;
  /** How many declared endpoints the last full refresh left out (over MAX_DESCRIBED). */
  private leftOut = 0;
  private readonly inFlight = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly poller: Poller;
  private readonly unsubscribe: { dispose(): void };

  constructor(private readonly deps: RefresherDependencies) {
    this.poller = new Poller({
      intervalMs: () => deps.intervalMs(),
      refresh: () => this.run(),
      isTransitional: (state) => state === TRANSITIONAL,
      setTimeout: deps.clock.setTimeout,
      clearTimeout: deps.clock.clearTimeout,
      now: deps.clock.now,
    });
    this.unsubscribe = deps.lastKnown.onDidChange(() => this.changed());
  }

  /** The view's nodes now. */
  nodes(): ViewNode[] {
    const trusted = this.deps.trusted();
    return endpointsTree({
      declared: this.targets,
      folders: this.deps.folders(),
      regionOf: (t) => this.regionOf(t),
      lastKnown: (name, region) => this.deps.lastKnown.get(name, region),
      refreshing: (name, region) => this.inFlight.has(key(name, region)),
      trusted,
      problem: trusted ? this.problem : undefined,
      undeclared: !this.showUndeclared || !trusted ? undefined : this.listing ? 'loading' : this.undeclared(),
    });
  }

  get serverState(): ServerState {
    return this.server;
  }

  get showingUndeclared(): boolean {
    return this.showUndeclared;
  }

  get declaredCount(): number {
    return this.targets.length;
  }

  /** A line for the top of the view, or undefined: why statuses are missing or incomplete, in our words. */
  message(): string | undefined {
    if (!this.deps.trusted()) return 'This folder is not trusted: the view lists the endpoints Terraform declares, and asks AWS for their status once you trust the folder.';
    if (this.leftOut > 0) return `Statuses of the first ${MAX_DESCRIBED} endpoints; open any other one to see its status.`;
    return undefined;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The language server started (or restarted) or stopped. */
  setServerState(state: ServerState): void {
    this.server = state;
    if (state !== 'running') this.targets = [];
    this.changed();
  }

  /** Refresh: the declarations again, every status (up to MAX_DESCRIBED), the undeclared list when shown. */
  refresh(): Promise<void> {
    this.live = true;
    this.want('full');
    return this.poller.requestRefresh();
  }

  /** The .tf files changed: the declarations again; only endpoints with no status yet are described (once live). */
  async declarationsChanged(): Promise<void> {
    // Hidden: the new endpoints are described when the view shows again (resume).
    if (!this.live || !this.deps.trusted() || this.poller.isPaused) return this.loadDeclarations();
    this.want('new');
    return this.poller.refreshNow();
  }

  /** Shows or hides the live endpoints no Terraform declares. Showing lists them (when trusted). */
  async setShowUndeclared(show: boolean): Promise<void> {
    this.showUndeclared = show;
    if (!show) {
      this.changed();
      return;
    }
    await this.loadDeclarations(); // the regions to list are those the declarations deploy to now
    await this.listUndeclared();
  }

  /** The view was hidden: no timed refresh until it shows again. */
  pause(): void {
    this.poller.pause();
  }

  resume(): void {
    this.poller.resume();
    if (this.live && this.deps.trusted() && this.unique().some(({ name, region }) => !this.deps.lastKnown.get(name, region))) {
      this.want('new');
      void this.poller.refreshNow();
    }
  }

  /** Forget the statuses' context (settings or trust changed); the next refresh starts afresh. */
  reset(): void {
    this.problem = undefined;
    this.listings = undefined;
    this.changed();
  }

  dispose(): void {
    this.poller.dispose();
    this.unsubscribe.dispose();
    this.listeners.clear();
  }

  /**
   * One poller run: what was asked for (a full refresh, or the new endpoints after a .tf change), else a timed one of
   * the transitional endpoints only; what is asked for while it runs is done before it ends. Says whether to keep
   * polling.
   */
  private async run(): Promise<string> {
    let mode: RunMode = this.pending ?? 'timed';
    for (;;) {
      this.pending = undefined;
      await this.work(mode);
      if (!this.pending) break;
      mode = this.pending;
    }
    this.changed();
    return this.anyTransitional() ? TRANSITIONAL : STABLE;
  }

  private want(mode: 'full' | 'new'): void {
    if (this.pending !== 'full') this.pending = mode;
  }

  private async work(mode: RunMode): Promise<void> {
    if (mode !== 'timed') await this.loadDeclarations();
    if (!this.deps.trusted()) return;
    const all = this.unique();
    const status = (e: { name: string; region: string | undefined }) => this.deps.lastKnown.get(e.name, e.region);
    const chosen = mode === 'full' ? all : mode === 'new' ? all.filter((e) => !status(e)) : all.filter((e) => isTransitional(status(e)?.status ?? ''));
    if (mode === 'full') this.leftOut = Math.max(0, chosen.length - MAX_DESCRIBED);
    const outcomes = await this.describeAll(chosen.slice(0, MAX_DESCRIBED));
    if (mode === 'full') {
      this.problem = sharedProblem(outcomes);
      if (this.showUndeclared) await this.listUndeclared();
    }
  }

  private anyTransitional(): boolean {
    return this.deps.trusted() && this.unique().some(({ name, region }) => isTransitional(this.deps.lastKnown.get(name, region)?.status ?? ''));
  }

  private async loadDeclarations(): Promise<void> {
    let declared: readonly EndpointTarget[] | undefined;
    try {
      declared = await this.deps.declared();
    } catch (error) {
      this.deps.log(`Endpoints view: the language server did not list the declared endpoints: ${error instanceof Error ? error.message : String(error)}`);
      declared = undefined;
    }
    if (declared === undefined) {
      this.targets = [];
      if (this.server !== 'starting') this.server = 'stopped';
    } else {
      this.server = 'running';
      this.targets = Array.isArray(declared) ? declared.slice(0, MAX_DECLARED).filter(isTarget) : [];
    }
    this.changed();
  }

  /** The declared endpoints with a valid literal name, once per (name, region), with the scope of the first. */
  private unique(): Described[] {
    const seen = new Map<string, Described>();
    for (const target of this.targets) {
      const name = shownName(target.name);
      if (!name) continue;
      const region = this.regionOf(target);
      const k = key(name, region);
      if (!seen.has(k)) seen.set(k, { name, region, scope: target.uri, address: target.address });
    }
    return [...seen.values()];
  }

  private regionOf(target: EndpointTarget): string | undefined {
    return chooseRegion(this.deps.settingRegion(target.uri), target.region).region;
  }

  /** Describes each endpoint, MAX_CONCURRENT at a time; returns one outcome per endpoint (undefined: it answered). */
  private async describeAll(endpoints: readonly Described[]): Promise<(StatusProblem | undefined)[]> {
    const problems: (StatusProblem | undefined)[] = [];
    let next = 0;
    const worker = async () => {
      while (next < endpoints.length) {
        const endpoint = endpoints[next++]!;
        problems.push(await this.describe(endpoint));
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAX_CONCURRENT, endpoints.length) }, worker));
    return problems;
  }

  private async describe({ name, region, scope, address }: Described): Promise<StatusProblem | undefined> {
    const k = key(name, region);
    this.inFlight.add(k);
    this.changed();
    try {
      const gateway = this.deps.gateway(region, scope);
      const view = await gateway.describeEndpoint(name);
      recordAnswer(this.deps.lastKnown, name, region, { view, ...(await this.drift({ name, scope, address }, view, gateway)) });
      return undefined;
    } catch (error) {
      const problem = error instanceof StatusProblemError ? error.problem : toProblem(error, { endpointName: name, region });
      this.deps.log(`Endpoints view: ${JSON.stringify(name)}${region ? ` in ${region}` : ''}: ${problemLogLine(problem)}`);
      recordAnswer(this.deps.lastKnown, name, region, { problem });
      return problem;
    } finally {
      this.inFlight.delete(k);
    }
  }

  /** Terraform vs live as the panel compares it; `{}` (keep the last summary) when there are no declarations to read. */
  private async drift({ name, scope, address }: Omit<Described, 'region'>, view: EndpointView, gateway: SageMakerGateway): Promise<{ drift?: DriftSummary }> {
    if (!this.deps.declarations) return {};
    // The comparison turns every failure into its section's own state; a DescribeEndpointConfig denied is "not compared".
    const section = await new TerraformComparison({ uri: scope, address }, this.deps.declarations).section(name, view, gateway);
    return { drift: comparedSummary(section) };
  }

  private async listUndeclared(): Promise<void> {
    if (!this.deps.trusted()) {
      this.changed();
      return;
    }
    this.listing = true;
    this.changed();
    try {
      const setting = this.deps.settingRegion(undefined);
      const regions = regionsToList(setting, this.targets);
      this.listings = await Promise.all(regions.map((region) => listRegion(setting, region, (requested) => this.deps.gateway(requested, undefined))));
      for (const l of this.listings) if (l.problem) this.deps.log(`Endpoints view: listing ${l.region ?? 'the SDK region'}: ${problemLogLine(l.problem)}`);
    } finally {
      this.listing = false;
      this.changed();
    }
  }

  private undeclared(): readonly UndeclaredListing[] {
    if (!this.listings) return [];
    const listed = this.listings.filter((l) => l.resolved);
    // A region the SDK cannot resolve matters only when it was the one place to look (as in the palette).
    const shown = this.listings.filter((l) => l.resolved || !l.problem || l.problem.kind !== 'noRegion' || listed.length === 0);
    return undeclaredEndpoints(shown, this.targets, this.deps.settingRegion(undefined)).listings;
  }

  private changed(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A failing listener must not stop a refresh.
      }
    }
  }
}

/**
 * The problem the whole view shows: when every endpoint described failed in the same way and that way is not about
 * one endpoint (not found, an invalid name): no credentials, no region, access denied, the network… `outcomes` has one
 * entry per endpoint described, undefined for those that answered.
 */
export function sharedProblem(outcomes: readonly (StatusProblem | undefined)[]): StatusProblem | undefined {
  const first = outcomes[0];
  if (!first || first.kind === 'notFound' || first.kind === 'invalidName') return undefined;
  return outcomes.every((p) => p?.kind === first.kind) ? first : undefined;
}

/** An endpoint one refresh describes: its scope (the declaring file's URI) and address name its declaration. */
interface Described {
  name: string;
  region: string | undefined;
  scope: string;
  address: string;
}

function key(name: string, region: string | undefined): string {
  return `${region ?? ''}\u0000${name}`;
}

function isTarget(value: unknown): value is EndpointTarget {
  const t = value as EndpointTarget | null;
  return typeof t === 'object' && t !== null && typeof t.address === 'string' && typeof t.uri === 'string' && (t.name === undefined || typeof t.name === 'string') && (t.region === undefined || typeof t.region === 'string');
}
