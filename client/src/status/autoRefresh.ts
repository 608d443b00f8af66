// Whether the status panel is refreshing on its own, and once it stopped, when and why: the endpoint reached a status
// that does not change by itself, or a refresh failed (the poller then waits for a person to refresh). A pure
// transition from each refresh's outcome, so the panel can say it and tests can drive it without a clock.

export type RefreshOutcome = { status: string; transitional: boolean } | { problem: string };

export type AutoRefreshState =
  | { kind: 'refreshing'; status: string }
  | { kind: 'stopped'; reason: 'settled'; at: Date; status: string }
  | { kind: 'stopped'; reason: 'error'; at: Date; problem: string };

/**
 * The state after a refresh that ended at `at`. Nothing is said about refreshing until the panel has refreshed on its
 * own (a stable endpoint opened fresh never was); a failure while stopped keeps the reason it stopped for.
 */
export function nextAutoRefreshState(previous: AutoRefreshState | undefined, outcome: RefreshOutcome, at: Date): AutoRefreshState | undefined {
  if ('problem' in outcome) {
    if (previous?.kind === 'refreshing') return { kind: 'stopped', reason: 'error', at, problem: outcome.problem };
    return previous;
  }
  if (outcome.transitional) return { kind: 'refreshing', status: outcome.status };
  if (!previous) return undefined;
  if (previous.kind === 'stopped' && previous.reason === 'settled' && previous.status === outcome.status) return previous;
  return { kind: 'stopped', reason: 'settled', at, status: outcome.status };
}
