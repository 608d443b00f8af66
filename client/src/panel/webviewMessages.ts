import { isProblemAction, type ProblemAction } from '../status/problems';
import { isMetricsRange, type MetricsRange } from '../metrics/queries';

// What the status webview may post (its script in status/html.ts): "refresh", one of our problem actions, or a
// metrics range (metrics/metricsHtml.ts).
// Anything else, including look-alikes (inherited properties, objects that stringify to a known word), is refused.

export type WebviewMessage = { type: 'refresh' } | { type: 'action'; action: ProblemAction } | { type: 'metricsRange'; range: MetricsRange };

const own = (value: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined);

export function webviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const type = own(raw, 'type');
  if (type === 'refresh') return { type };
  const action = own(raw, 'action');
  if (type === 'action' && typeof action === 'string' && isProblemAction(action)) return { type, action };
  const range = own(raw, 'range');
  if (type === 'metricsRange' && isMetricsRange(range)) return { type, range };
  return undefined;
}
