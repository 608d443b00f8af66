import { isProblemAction, type ProblemAction } from '../status/problems';

// What the status webview may post (its script in status/html.ts): "refresh", or one of our problem actions.
// Anything else, including look-alikes (inherited properties, objects that stringify to a known word), is refused.

export type WebviewMessage = { type: 'refresh' } | { type: 'action'; action: ProblemAction };

const own = (value: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined);

export function webviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const type = own(raw, 'type');
  if (type === 'refresh') return { type };
  const action = own(raw, 'action');
  if (type === 'action' && typeof action === 'string' && isProblemAction(action)) return { type, action };
  return undefined;
}
