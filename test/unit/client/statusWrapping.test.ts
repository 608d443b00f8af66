// A narrow status panel wraps between words ("AllTraffic" stays whole); only a word wider than the panel (an ARN) is
// broken, and only where it must.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderStatusHtml } from '../../../client/src/status/html';

test('the status panel style never breaks inside a word that fits on a line', () => {
  const html = renderStatusHtml({ endpointName: 'e', loading: false, now: new Date(0), nonce: 'AAAAAAAAAAAAAAAAAAAAAA', cspSource: 'vscode-webview:' });
  const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  assert.ok(style.length > 0, 'the panel has a style');
  assert.doesNotMatch(style, /break-all|overflow-wrap:\s*anywhere|word-break:\s*break-word/);
  const rules = [...style.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter((m) => /word-break/.test(m[2]));
  assert.ok(rules.length >= 4, 'names, codes, messages and problem text say how they wrap');
  for (const [, selector, body] of rules) assert.match(body, /word-break: normal; overflow-wrap: break-word;/, selector.trim());
});
