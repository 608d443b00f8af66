// The Terraform vs live section: every state in words, rows with both values, and every string escaped.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderDriftSection, type DriftSection } from '../../../client/src/status/driftHtml';
import type { DriftReport } from '../../../client/src/status/drift';
import type { DriftKind } from '../../../client/src/status/driftRows';
import { renderStatusHtml } from '../../../client/src/status/html';
import type { EndpointView } from '../../../client/src/status/model';

const reportOf = (s: (label: string) => string, kinds: DriftKind[] = ['instanceType', 'autoscaled']): DriftReport => ({
  rows: kinds.map((kind) => ({ subject: s(`subject-${kind}`), terraform: s('tf'), live: s('live'), meaning: s('meaning'), kind, expected: kind === 'autoscaled' || kind === 'deploying' })),
  notCompared: [s('at-plan')],
  comparedWith: s('config'),
  configuration: 'same',
});
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('states', () => {
  test('differences: a summary and one row per difference with Terraform, live and meaning; expected rows dimmed', () => {
    const html = renderDriftSection({ state: 'compared', report: reportOf((l) => l), address: 'aws_sagemaker_endpoint.orders' });
    assert.match(html, /<h2>Terraform vs live<\/h2>/);
    assert.match(html, /1 difference: <code>aws_sagemaker_endpoint\.orders<\/code> compared with live configuration <strong>config<\/strong>\./);
    assert.match(html, /<tr class="differs" data-kind="instanceType"><th scope="row">subject-instanceType<\/th><td>tf<\/td><td>live<\/td><td>meaning<\/td><\/tr>/);
    assert.match(html, /<tr class="expected" data-kind="autoscaled">/);
    assert.match(html, /<ul class="not-compared"><li>at-plan<\/li><\/ul>/);
  });

  test('in sync is said plainly; not compared is not in sync', () => {
    const inSync = renderDriftSection({ state: 'compared', report: { rows: [], notCompared: [], comparedWith: 'c', configuration: 'same' } });
    assert.match(inSync, /In sync: The declaration matches with live configuration <strong>c<\/strong>\./);
    assert.doesNotMatch(inSync, /<table/);
    const none = renderDriftSection({ state: 'compared', report: { rows: [], notCompared: [], configuration: 'unknown' } });
    assert.match(none, /Not compared: The declaration could not be compared with the live configuration\./);
    assert.doesNotMatch(none, /In sync/);
  });

  test('not declared, unavailable, and a problem fetching the live configuration', () => {
    assert.match(renderDriftSection({ state: 'notDeclared' }), /No Terraform in this workspace declares this endpoint/);
    assert.match(renderDriftSection({ state: 'unavailable', reason: 'The server <b>is</b> away.' }), /<p class="note">The server &lt;b&gt;is&lt;\/b&gt; away\.<\/p>/);
    const denied = renderDriftSection({
      state: 'compared',
      report: { rows: [], notCompared: [], configuration: 'same' },
      problem: { kind: 'accessDenied', title: 'Access denied', detail: 'Ask for the `sagemaker:DescribeEndpointConfig` permission.', actions: ['openSettings'] },
    });
    assert.match(denied, /<div class="drift-problem" role="alert" data-kind="accessDenied"><strong>Access denied<\/strong>/);
    assert.match(denied, /Ask for the <code>sagemaker:DescribeEndpointConfig<\/code> permission\./);
  });
});

describe('in the page', () => {
  const view: EndpointView = { name: 'ep', arn: 'arn', region: 'us-east-1', status: 'InService', statusTone: 'ok', creationTime: new Date(0), lastModifiedTime: new Date(0), variants: [], shadowVariants: [] };
  const page = (drift?: DriftSection, s: (l: string) => string = (l) => l) =>
    renderStatusHtml({ view: { ...view, name: s('ep') }, drift, endpointName: 'ep', loading: false, now: new Date(0), nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=', cspSource: 'vscode-webview://x' });

  test('the section follows the endpoint; without one (no view) there is none', () => {
    const html = page({ state: 'notDeclared' });
    assert.ok(html.indexOf('Production variants') < html.indexOf('Terraform vs live'));
    assert.doesNotMatch(page(), /Terraform vs live/);
  });

  test('no AWS or Terraform string adds markup, attributes or breaks out of style and script', () => {
    const EVIL = `"'><script>alert(1)</script></style><img src=x onerror=alert(2)>&amp;`;
    const safe = page({ state: 'compared', report: reportOf((l) => `safe-${l}`, ['configuration', 'instanceCount', 'autoscaled']), address: 'safe' });
    const evil = page({ state: 'compared', report: reportOf((l) => `${l}${EVIL}`, ['configuration', 'instanceCount', 'autoscaled']), address: EVIL, problem: { kind: 'service', title: EVIL, detail: EVIL, actions: [] } });
    assert.equal(count(evil, '<script'), 1);
    assert.equal(count(evil, '</style>'), 1);
    assert.ok(!evil.includes('<img'));
    assert.doesNotMatch(evil, /<[^>]+\s(on[a-z]+|style)\s*=/i);
    // Apart from the problem box, the hostile page has the safe one's markup exactly.
    const withoutProblem = evil.replace(/<div class="drift-problem"[\s\S]*?<\/div>\n/, '');
    for (const ch of ['<', '>', '"', "'"]) assert.equal(count(withoutProblem, ch), count(safe, ch), `count of ${ch}`);
  });
});
