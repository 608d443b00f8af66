// The line under the status page's header that says whether the panel refreshes on its own: every N seconds while the
// endpoint is transitional, else when and why it stopped. Escaped like every string on the page.
import type { AutoRefreshState } from './autoRefresh';
import { escapeHtml, timeHtml } from './html';

/** `everySeconds` is set while the panel refreshes on its own; `status` is the endpoint's, once known. */
export function autoRefreshHtml(state: AutoRefreshState | undefined, everySeconds: number | undefined, status: string | undefined, now: Date): string {
  if (everySeconds !== undefined && everySeconds > 0 && status !== undefined) {
    // No live region here: the page is rebuilt at every refresh, and a screen reader would announce it each time.
    return `<p class="auto-refresh">Refreshing every ${escapeHtml(everySeconds)} s while the endpoint is ${escapeHtml(status)}.</p>`;
  }
  if (state?.kind !== 'stopped') return '';
  const why =
    state.reason === 'settled'
      ? `the endpoint reached ${escapeHtml(state.status)}, which does not change by itself. Press Refresh to check again.`
      : `a refresh failed (${escapeHtml(state.problem)}). Press Refresh to try again; it refreshes on its own again while the endpoint is changing.`;
  return `<p class="auto-refresh stopped" role="status" data-reason="${state.reason}">Stopped refreshing on its own at ${timeHtml(state.at, now)}: ${why}</p>`;
}
