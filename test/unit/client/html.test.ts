import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, relativeTime, renderStatusHtml, type StatusHtmlInput } from '../../../client/src/status/html';
import type { EndpointView, VariantView } from '../../../client/src/status/model';
import type { StatusProblem } from '../../../client/src/status/problems';

const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const T = Date.UTC(2025, 2, 14, 9, 0, 0);
const NOW = new Date(T + 13 * 60_000); // 13 minutes after creation

function variant(s: (label: string) => string, extra: Partial<VariantView> = {}): VariantView {
  return {
    name: s('variant'),
    instanceType: s('instance'),
    currentInstanceCount: 2,
    desiredInstanceCount: 3,
    currentWeight: 0.8,
    desiredWeight: 0.5,
    statuses: [{ status: s('vstatus'), message: s('vmessage'), startTime: new Date(T + 10 * 60_000) }],
    ...extra,
  };
}

/** A view where every string comes from `s`, so the same structure can be rendered with safe and hostile text. */
function viewOf(s: (label: string) => string): EndpointView {
  return {
    name: s('name'),
    arn: s('arn'),
    region: s('region'),
    status: s('status'),
    statusTone: 'neutral',
    failureReason: s('failure'),
    configName: s('config'),
    creationTime: new Date(T),
    lastModifiedTime: new Date(T + 10 * 60_000),
    variants: [
      variant(s),
      {
        name: s('sls'),
        serverless: { memorySizeInMb: 2048, maxConcurrency: 5, provisionedConcurrency: 1 },
        desiredServerless: { memorySizeInMb: 4096, maxConcurrency: 10 },
        currentWeight: 0.2,
        desiredWeight: 0.5,
        managedInstanceScaling: { status: s('mis'), minInstanceCount: 1, maxInstanceCount: 4 },
        routingStrategy: s('routing'),
        acceleratorType: s('accel'),
        statuses: [],
      },
    ],
    shadowVariants: [variant((l) => s(`shadow-${l}`))],
    pendingDeployment: {
      configName: s('pending-config'),
      startTime: new Date(T + 11 * 60_000),
      variants: [variant((l) => s(`pending-${l}`), { instancePools: [{ instanceType: s('poolA'), currentInstanceCount: 1 }, { instanceType: s('poolB') }] })],
      shadowVariants: [variant((l) => s(`pending-shadow-${l}`))],
    },
    lastDeployment: { kind: 'blueGreen', summary: [s('line1'), s('line2')] },
  };
}

const problemOf = (s: (label: string) => string): StatusProblem => ({ kind: 'accessDenied', title: s('title'), detail: s('detail'), actions: ['openSettings', 'showLogs', 'retry'] });

function render(overrides: Partial<StatusHtmlInput> = {}): string {
  return renderStatusHtml({ endpointName: 'my-endpoint', loading: false, now: NOW, nonce: NONCE, cspSource: CSP_SOURCE, ...overrides });
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('document and CSP', () => {
  const html = render({ view: viewOf((l) => `safe-${l}`), lastUpdated: new Date(NOW.getTime() - 5000) });

  test('a complete document with a strict Content-Security-Policy', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<\/body>\n<\/html>$/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'CSP meta tag');
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d] as const));
    assert.equal(directives.get('default-src'), "default-src 'none'");
    assert.equal(directives.get('connect-src'), "connect-src 'none'");
    assert.equal(directives.get('script-src'), `script-src 'nonce-${NONCE}'`);
    assert.equal(directives.get('style-src'), `style-src ${CSP_SOURCE} 'nonce-${NONCE}'`);
    assert.equal(directives.get('img-src'), `img-src ${CSP_SOURCE}`);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
  });

  test('one <script> and one <style>, both with the nonce; no inline handlers, no style attributes', () => {
    assert.equal(count(html, '<script'), 1);
    assert.equal(count(html, `<script nonce="${NONCE}">`), 1);
    assert.equal(count(html, '<style'), 1);
    assert.equal(count(html, `<style nonce="${NONCE}">`), 1);
    assert.doesNotMatch(html, /<[^>]+\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /<[^>]+\sstyle\s*=/i);
    assert.doesNotMatch(html, /javascript:/i);
  });

  test('the script posts refresh and action messages through acquireVsCodeApi', () => {
    const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    assert.match(script, /acquireVsCodeApi\(\)/);
    assert.match(script, /postMessage\(\{ type: 'refresh' \}\)/);
    assert.match(script, /postMessage\(\{ type: 'action', action: /);
    assert.match(script, /getAttribute\('data-action'\)/);
    assert.doesNotMatch(script, /fetch\(|XMLHttpRequest|WebSocket|innerHTML|eval\(/);
  });

  test('theme colours come from VS Code variables', () => {
    for (const v of ['--vscode-foreground', '--vscode-editor-background', '--vscode-testing-iconPassed', '--vscode-errorForeground', '--vscode-button-background']) {
      assert.ok(html.includes(`var(${v}`), v);
    }
  });

  test('a nonce that is not plain base64 is refused; a cspSource cannot break out of the policy', () => {
    assert.throws(() => render({ nonce: "abc' 'unsafe-inline" }));
    assert.throws(() => render({ nonce: 'short' }));
    const html2 = render({ cspSource: `x; script-src 'unsafe-inline' "><script>` });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html2)?.[1] ?? '';
    assert.equal(count(csp, 'script-src'), 1);
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(count(html2, '<script'), 1);
  });
});

describe('content', () => {
  const view = viewOf((l) => `safe-${l}`);
  view.status = 'Updating';
  view.statusTone = 'progress';
  const html = render({ view, lastUpdated: new Date(NOW.getTime() - 42_000), autoRefreshSeconds: 10 });

  test('name, ARN, region, status with tone, failure reason, configuration, times', () => {
    for (const text of ['safe-name', 'safe-arn', 'safe-region', 'safe-failure', 'safe-config']) assert.ok(html.includes(text), text);
    assert.match(html, /<section class="status tone-progress"[^>]*>\s*<span class="glyph" aria-hidden="true">◔<\/span>\s*<span class="status-text">Updating<\/span>/);
    assert.match(html, /Created<\/th><td><time datetime="2025-03-14T09:00:00.000Z">[^<]+<\/time> <span class="relative" data-time="\d+">\(13 minutes ago\)<\/span>/);
    assert.match(html, /Last modified<\/th><td><time datetime="2025-03-14T09:10:00.000Z">[^<]+<\/time> <span class="relative" data-time="\d+">\(3 minutes ago\)<\/span>/);
    assert.match(html, /Last updated <time[^>]*>[^<]+<\/time> <span class="relative" data-time="\d+">\(42 seconds ago\)<\/span>/);
    assert.match(html, /Refreshing every 10 s while the endpoint is Updating\./);
  });

  test('every production, shadow and pending variant with compute, counts, weights and statuses', () => {
    assert.match(html, /Production variants/);
    assert.match(html, /Shadow variants/);
    assert.match(html, /Pending deployment/);
    assert.match(html, /To endpoint configuration <strong>safe-pending-config<\/strong>, started <time/);
    for (const prefix of ['safe-', 'safe-shadow-', 'safe-pending-', 'safe-pending-shadow-']) {
      for (const label of ['variant', 'vstatus', 'vmessage']) assert.ok(html.includes(`${prefix}${label}`), `${prefix}${label}`);
    }
    assert.ok(html.includes('<td>safe-instance</td>'));
    assert.ok(html.includes('<td>2 <span class="desired">→ 3</span></td>'), 'instances current → desired');
    assert.ok(html.includes('<td>0.8 <span class="desired">→ 0.5</span></td>'), 'weight current → desired');
    assert.ok(html.includes('Serverless: 2048 MB memory, max concurrency 5, provisioned concurrency 1'));
    assert.ok(html.includes('→ 4096 MB memory, max concurrency 10'));
    assert.ok(html.includes('safe-poolA × 1<br>safe-poolB'));
    assert.match(html, /Managed scaling safe-mis 1–4/);
    assert.match(html, /Routing safe-routing/);
    assert.match(html, /Accelerator safe-accel/);
    assert.match(html, /No ongoing changes/);
    assert.match(html, /since <time datetime="2025-03-14T09:10:00.000Z">/);
  });

  test('last deployment configuration', () => {
    assert.match(html, /Last deployment configuration: blue\/green<\/h2>\n<ul><li>safe-line1<\/li><li>safe-line2<\/li><\/ul>/);
    const rolling = render({ view: { ...view, lastDeployment: { kind: 'rolling', summary: ['x'] } } });
    assert.match(rolling, /Last deployment configuration: rolling update/);
  });

  test('a refresh button; while loading it is disabled and a progress indicator shows', () => {
    assert.match(html, /<button id="refresh" type="button">Refresh<\/button>/);
    assert.doesNotMatch(html, /class="loading"|role="progressbar"/);
    const loading = render({ view, loading: true });
    assert.match(loading, /<button id="refresh" type="button" disabled>Refresh<\/button>/);
    assert.match(loading, /class="loading" role="status"/);
    assert.match(loading, /role="progressbar"/);
    assert.match(loading, /<body aria-busy="true">/);
    assert.match(render({ loading: true }), /Fetching endpoint my-endpoint…/);
  });

  test('a problem shows its title, detail and one button per action', () => {
    const problem: StatusProblem = { kind: 'throttled', title: 'SageMaker is throttling requests', detail: 'Gave up after 3 attempts.', actions: ['retry', 'openSettings', 'showLogs'] };
    const alone = render({ problem });
    assert.match(alone, /<section class="problem" role="alert" data-kind="throttled">/);
    assert.match(alone, /SageMaker is throttling requests<\/h2>\n<p>Gave up after 3 attempts\.<\/p>/);
    assert.match(alone, /<button type="button" class="action" data-action="retry">Retry<\/button><button type="button" class="action" data-action="openSettings">Open Settings<\/button><button type="button" class="action" data-action="showLogs">Show Logs<\/button>/);
    assert.doesNotMatch(alone, /last successful refresh/);
    const withView = render({ problem, view });
    assert.match(withView, /last successful refresh/);
    assert.ok(withView.includes('safe-arn'));
    const noActions = render({ problem: { ...problem, actions: [] } });
    assert.doesNotMatch(noActions, /data-action=/);
  });

  test('a detail naming commands in backticks shows them as code, not as raw Markdown; other text stays escaped', () => {
    const problem: StatusProblem = { kind: 'noRegion', title: 'No AWS region is set', detail: 'Run `aws configure set region us-east-1` or <b>`x`</b>; a lone ` stays.', actions: [] };
    const html = render({ problem });
    assert.match(html, /<p>Run <code>aws configure set region us-east-1<\/code> or &lt;b&gt;<code>x<\/code>&lt;\/b&gt;; a lone ` stays\.<\/p>/);
  });

  test('without a view or a problem: a placeholder', () => {
    assert.match(render(), /No status yet for endpoint my-endpoint\. Press Refresh\./);
  });

  test('tones: ok, error and neutral glyphs', () => {
    assert.match(render({ view: { ...view, status: 'InService', statusTone: 'ok' } }), /tone-ok[^>]*>\s*<span class="glyph" aria-hidden="true">●/);
    assert.match(render({ view: { ...view, status: 'Failed', statusTone: 'error' } }), /tone-error[^>]*>\s*<span class="glyph" aria-hidden="true">✖/);
    assert.match(render({ view: { ...view, status: 'Odd', statusTone: 'neutral' } }), /tone-neutral[^>]*>\s*<span class="glyph" aria-hidden="true">○/);
  });

  test('invalid dates render as "unknown"', () => {
    assert.match(render({ view: { ...view, creationTime: new Date(Number.NaN) } }), /Created<\/th><td><span class="note">unknown<\/span>/);
  });
});

describe('escaping', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  test('a failure reason with markup renders as text', () => {
    const view = viewOf((l) => `safe-${l}`);
    view.failureReason = XSS;
    const html = render({ view });
    assert.ok(html.includes('<p>&lt;img src=x onerror=alert(1)&gt;</p>'));
    assert.ok(!html.includes('<img'));
  });

  test('no AWS or user string can add tags, attributes, or close the style or script block', () => {
    const EVIL = `"'><script>alert(1)</script></style></script><img src=x onerror=alert(2)><a href="javascript:x" style='x'>&amp;`;
    const safe = renderStatusHtml({ view: viewOf((l) => `safe-${l}`), problem: problemOf((l) => `safe-${l}`), endpointName: 'safe-endpoint', loading: true, lastUpdated: NOW, now: NOW, autoRefreshSeconds: 5, nonce: NONCE, cspSource: CSP_SOURCE });
    const evil = renderStatusHtml({ view: viewOf((l) => `${l}${EVIL}`), problem: problemOf((l) => `${l}${EVIL}`), endpointName: `x${EVIL}`, loading: true, lastUpdated: NOW, now: NOW, autoRefreshSeconds: 5, nonce: NONCE, cspSource: CSP_SOURCE });
    // Escaped text adds no markup: the hostile render has exactly the tags, quotes and brackets of the safe one.
    for (const ch of ['<', '>', '"', "'"]) assert.equal(count(evil, ch), count(safe, ch), `count of ${ch}`);
    assert.equal(count(evil, '<script'), 1);
    assert.equal(count(evil, '</script>'), 1);
    assert.equal(count(evil, '<style'), 1);
    assert.equal(count(evil, '</style>'), 1);
    assert.ok(!evil.includes('<img') && !evil.includes('<a '));
    assert.doesNotMatch(evil, /<[^>]+\son[a-z]+\s*=/i);
    assert.doesNotMatch(evil, /<[^>]+\sstyle\s*=/i);
    assert.ok(evil.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;'));
    assert.ok(evil.includes('&quot;&#39;&gt;'));
    assert.ok(evil.includes('&amp;amp;'));
    // The endpoint name alone (no view yet) and a problem alone are escaped too.
    const nameOnly = render({ endpointName: EVIL, problem: problemOf((l) => `${l}${EVIL}`) });
    assert.equal(count(nameOnly, '<script'), 1);
    assert.ok(!nameOnly.includes('<img'));
  });

  test('unknown actions (not from our set) are dropped rather than rendered into attributes', () => {
    const html = render({ problem: { kind: 'service', title: 't', detail: 'd', actions: ['retry', '" onclick="x' as never] } });
    assert.equal(count(html, 'data-action='), 1);
    assert.ok(!html.includes('onclick'));
  });

  test('an endpoint name of any length from a document is capped with the marker', () => {
    const html = render({ endpointName: 'n'.repeat(1_000_000) });
    assert.ok(html.length < 50_000, `${html.length} characters`);
    assert.ok(html.includes(`${'n'.repeat(63)}… (truncated)`));
  });

  test('escapeHtml covers & < > " \'', () => {
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
    assert.equal(escapeHtml(5), '5');
  });
});

describe('which profile signs', () => {
  const view = viewOf((l) => `safe-${l}`);

  test('a Profile row after the Region row, and the same words in a problem without a view', () => {
    const html = render({ view, credentials: 'dev (setting sagemakerTerraform.aws.profile)' });
    assert.match(html, /<th scope="row">Region<\/th><td>safe-region<\/td><\/tr>\n<tr><th scope="row">Profile<\/th><td>dev \(setting sagemakerTerraform\.aws\.profile\)<\/td><\/tr>/);
    const denied = render({ problem: problemOf((l) => `safe-${l}`), credentials: 'ml-prod (AWS_PROFILE)' });
    assert.match(denied, /<p class="note">Profile: ml-prod \(AWS_PROFILE\)<\/p>/);
    assert.doesNotMatch(render({ view }), /Profile/, 'nothing before credentials are known');
  });

  test('a hostile profile name is text', () => {
    const hostile = `<img src=x onerror=alert(1)>"'$(alert)[x](command:workbench.action.terminal.new) (AWS_PROFILE)`;
    const html = render({ view, credentials: hostile });
    const safe = render({ view, credentials: 'x' });
    for (const ch of ['<', '>', '"', "'"]) assert.equal(count(html, ch), count(safe, ch), ch);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;$(alert)[x](command:workbench.action.terminal.new)'));
  });
});

test('relativeTime', () => {
  const now = new Date(T);
  const ago = (s: number) => relativeTime(new Date(T - s * 1000), now);
  assert.equal(ago(0), 'just now');
  assert.equal(ago(9), 'just now');
  assert.equal(ago(42), '42 seconds ago');
  assert.equal(ago(60), '1 minute ago');
  assert.equal(ago(180), '3 minutes ago');
  assert.equal(ago(3599), '59 minutes ago');
  assert.equal(ago(3600), '1 hour ago');
  assert.equal(ago(7200 + 59 * 60), '2 hours ago');
  assert.equal(ago(86400 * 3), '3 days ago');
  assert.equal(ago(86400 * 60), '2 months ago');
  assert.equal(ago(86400 * 800), '2 years ago');
  assert.equal(ago(-300), 'in 5 minutes');
});
