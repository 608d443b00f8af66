// What was last learnt about each endpoint, whoever asked AWS: the status panel writes after each refresh, the
// endpoints view after its own, and both (and the CodeLens, once it reads it) show the same thing. Keyed by the
// endpoint's name and the region it was asked in as the panel asks it (setting > Terraform literal > undefined for the
// SDK's own), so a panel and a tree node about the same declaration meet on one entry. No `vscode` and no AWS here:
// entries are plain data and every write notifies the readers.
import type { ProblemKind } from './problems';
import type { StatusTone } from './model';

/**
 * Terraform vs live, summarised: `differences` 0 is "in sync". Filled by the drift comparison (the status panel's
 * Terraform vs live section) through `record(…, { drift })`; readers show it with `driftWords`.
 */
export interface DriftSummary {
  differences: number;
  /** The comparison's own words when they say more than the count ("Terraform being deployed", "not compared"). */
  text?: string;
}

export interface LastKnown {
  /** SageMaker's EndpointStatus (unchecked: show it through uiText's shownStatus). */
  status?: string;
  statusTone?: StatusTone;
  /** The last request failed: its kind. A later success clears it; the status before it stays (it may be stale). */
  problem?: ProblemKind;
  drift?: DriftSummary;
  /** When the entry last changed (the writer's clock, ms). */
  at: number;
}

/** What a writer reports: a status or a problem, a drift summary, or both; missing members keep their value. */
export type LastKnownUpdate = Partial<Omit<LastKnown, 'at'>>;

/** The most entries kept: the oldest are dropped first (a workspace lists far fewer endpoints). */
export const MAX_ENTRIES = 5_000;

type Listener = (key: { name: string; region: string | undefined }) => void;

export class LastKnownStatus {
  private readonly entries = new Map<string, LastKnown>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly now: () => number = Date.now) {}

  get(name: string, region: string | undefined): LastKnown | undefined {
    return this.entries.get(keyOf(name, region));
  }

  /** Merges `update` into the entry: a status clears the problem, a `problem: undefined` member clears it too. */
  record(name: string, region: string | undefined, update: LastKnownUpdate): void {
    const key = keyOf(name, region);
    const previous = this.entries.get(key);
    const next: LastKnown = { ...previous, ...update, at: this.now() };
    if (update.status !== undefined && !('problem' in update)) delete next.problem;
    for (const member of Object.keys(next) as (keyof LastKnown)[]) if (next[member] === undefined) delete next[member];
    this.entries.delete(key); // re-inserted last: the map's order is the age order MAX_ENTRIES drops by
    this.entries.set(key, next);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.notify(name, region);
  }

  /** Forgets everything (AWS settings or trust changed: what was learnt may belong to another account). */
  clear(): void {
    if (!this.entries.size) return;
    this.entries.clear();
    this.notify('', undefined);
  }

  /** `listener` hears of every change (an empty name: everything changed). */
  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private notify(name: string, region: string | undefined): void {
    for (const listener of [...this.listeners]) {
      try {
        listener({ name, region });
      } catch {
        // One reader failing must not stop the others, nor the writer.
      }
    }
  }
}

function keyOf(name: string, region: string | undefined): string {
  return `${region ?? ''}\u0000${name}`;
}

/** `in sync`, `1 difference`, `3 differences`: our words only. */
export function driftWords(drift: DriftSummary | undefined): string | undefined {
  if (!drift || !Number.isInteger(drift.differences) || drift.differences < 0) return undefined;
  if (drift.text) return drift.text;
  if (drift.differences === 0) return 'in sync';
  return `${drift.differences.toLocaleString('en-US')} ${drift.differences === 1 ? 'difference' : 'differences'}`;
}

/**
 * Records what one DescribeEndpoint said (the panel and the view write through here alike): a status clears any
 * problem; "not found" also forgets the status (the endpoint is gone); another problem keeps the status before it.
 */
export function recordAnswer(
  cache: LastKnownStatus,
  name: string,
  region: string | undefined,
  answer: { view: { status: string; statusTone: StatusTone }; drift?: DriftSummary } | { problem: { kind: ProblemKind } },
): void {
  // A panel's answer carries its Terraform-vs-live summary (undefined: nothing compared); the view's keeps the last one.
  const drift = 'drift' in answer ? { drift: answer.drift } : {};
  if ('view' in answer) cache.record(name, region, { status: answer.view.status, statusTone: answer.view.statusTone, problem: undefined, ...drift });
  else if (answer.problem.kind === 'notFound') cache.record(name, region, { problem: 'notFound', status: undefined, statusTone: undefined, drift: undefined });
  else cache.record(name, region, { problem: answer.problem.kind });
}
