import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webviewMessage } from '../../../../client/src/panel/webviewMessages';

test('webview messages: refresh, our actions and our metrics ranges; look-alikes are refused', () => {
  assert.deepEqual(webviewMessage({ type: 'refresh' }), { type: 'refresh' });
  assert.deepEqual(webviewMessage({ type: 'action', action: 'retry' }), { type: 'action', action: 'retry' });
  for (const range of ['1h', '3h', '24h', '7d']) assert.deepEqual(webviewMessage({ type: 'metricsRange', range }), { type: 'metricsRange', range });
  const inherited = Object.create({ range: '1h' }) as Record<string, unknown>;
  inherited.type = 'metricsRange';
  for (const junk of [
    { type: 'metricsRange', range: '2y' },
    { type: 'metricsRange', range: 'constructor' },
    { type: 'metricsRange', range: '__proto__' },
    { type: 'metricsRange', range: { toString: () => '1h' } },
    { type: 'metricsRange', range: ['1h'] },
    { type: 'metricsRange' },
    inherited,
    ['metricsRange', '1h'],
    null,
    'metricsRange',
  ]) {
    assert.equal(webviewMessage(junk), undefined, JSON.stringify(junk));
  }
});
