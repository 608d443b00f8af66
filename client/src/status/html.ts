// The endpoint status page for a VS Code webview: one complete HTML document, rebuilt on every change. Every string
// that came from AWS or the user goes through `escapeHtml`, in text and in attributes alike. The page has no inline
// event handlers and no `style=` attributes; its one <style> and one <script> carry the nonce the CSP allows.
import { capText, TEXT_MAX, type EndpointView, type StatusTone, type VariantView } from './model';
import { ACTION_LABELS, isProblemAction, type StatusProblem } from './problems';
import { escapeHtml, withCode } from './escape';
import { DRIFT_STYLE, renderDriftSection, type DriftSection } from './driftHtml';
import type { AutoRefreshState } from './autoRefresh';
import { autoRefreshHtml } from './autoRefreshHtml';
import { toProgressView } from './progress';
import { progressHtml } from './progressHtml';
import { PROGRESS_STYLE } from './progressStyle';

export interface StatusHtmlInput {
  view?: EndpointView;
  endpointName: string;
  problem?: StatusProblem;
  loading: boolean;
  lastUpdated?: Date;
  now: Date;
  /** Set while the status is transitional: the page says it refreshes on its own every N seconds. */
  autoRefreshSeconds?: number;
  /** Whether the panel refreshes on its own, or when and why it stopped (autoRefresh.ts). */
  autoRefresh?: AutoRefreshState;
  /** Which profile signed the requests and what chose it (SageMakerGateway.credentialSource), once known. */
  credentials?: string;
  /** The Terraform-vs-live section, once the panel has compared (or knows it cannot). */
  drift?: DriftSection;
  nonce: string;
  cspSource: string;
  /** The metrics section (metrics/panelMetrics.ts): its HTML after the endpoint's details, its CSS and script here. */
  metrics?: { html: string; style: string; script: string };
}

export { escapeHtml, withCode } from './escape';

const TONE_GLYPHS: Record<StatusTone, string> = { ok: '●', progress: '◔', error: '✖', neutral: '○' };
const TONE_WORDS: Record<StatusTone, string> = { ok: 'healthy', progress: 'in progress', error: 'needs attention', neutral: 'status' };

export function renderStatusHtml(input: StatusHtmlInput): string {
  const nonce = checkedNonce(input.nonce);
  const cspSource = checkedCspSource(input.cspSource);
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    "connect-src 'none'",
    "frame-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const { view, problem, loading, now } = input;
  // The name asked for may come straight from a document (and be any length); AWS's own is capped in the view.
  const name = view?.name || capText(input.endpointName, TEXT_MAX.name);
  const body: string[] = [];

  body.push(
    `<header class="top">`,
    `<h1 class="name">${escapeHtml(name)}</h1>`,
    `<div class="toolbar">`,
    `<button id="refresh" type="button"${loading ? ' disabled' : ''}>Refresh</button>`,
    loading ? `<span class="loading" role="status"><span class="spinner" aria-hidden="true"></span>Loading…</span>` : '',
    input.lastUpdated ? `<span class="updated">Last updated ${timeHtml(input.lastUpdated, now)}</span>` : '',
    `</div>`,
    `</header>`,
  );
  if (loading) body.push(`<div class="progress-bar" role="progressbar" aria-label="Loading"><div class="progress-fill"></div></div>`);
  body.push(autoRefreshHtml(input.autoRefresh, input.autoRefreshSeconds, view?.status, now));

  if (problem) body.push(problemHtml(problem, !!view, view ? undefined : input.credentials));

  if (view) {
    body.push(endpointHtml(view, now, input.credentials));
    if (input.drift) body.push(renderDriftSection(input.drift));
    if (input.metrics) body.push(input.metrics.html);
  } else if (!problem) {
    body.push(`<p class="placeholder">${loading ? 'Fetching' : 'No status yet for'} endpoint ${escapeHtml(name)}${loading ? '…' : '. Press Refresh.'}</p>`);
  }

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    // The CSP's single quotes stay literal (valid inside a double-quoted attribute); cspSource has no quotes or `<>`.
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/&/g, '&amp;')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>Endpoint ${escapeHtml(name)}</title>`,
    `<style nonce="${nonce}">${STYLE}${DRIFT_STYLE}${input.metrics?.style ?? ''}</style>`,
    '</head>',
    `<body${loading ? ' aria-busy="true"' : ''}>`,
    ...body.filter((s) => s !== ''),
    `<script nonce="${nonce}">${script(input.metrics?.script ?? '')}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function endpointHtml(view: EndpointView, now: Date, credentials: string | undefined): string {
  const parts: string[] = [];
  parts.push(
    `<section class="status tone-${view.statusTone}" aria-label="Endpoint status">`,
    `<span class="glyph" aria-hidden="true">${TONE_GLYPHS[view.statusTone]}</span>`,
    `<span class="status-text">${escapeHtml(view.status)}</span>`,
    `<span class="tone-word">${TONE_WORDS[view.statusTone]}</span>`,
    `</section>`,
  );
  if (view.failureReason) {
    parts.push(`<section class="failure"><h2>Failure reason</h2><p>${escapeHtml(view.failureReason)}</p></section>`);
  }
  const progress = toProgressView(view, now);
  if (progress) parts.push(progressHtml(progress, now));
  parts.push(
    `<table class="facts"><tbody>`,
    factRow('ARN', `<code>${escapeHtml(view.arn || '—')}</code>`),
    factRow('Region', escapeHtml(view.region)),
    credentials ? factRow('Profile', escapeHtml(credentials)) : '',
    factRow('Endpoint configuration', view.configName ? escapeHtml(view.configName) : '—'),
    factRow('Created', timeHtml(view.creationTime, now)),
    factRow('Last modified', timeHtml(view.lastModifiedTime, now)),
    `</tbody></table>`,
  );
  parts.push(variantsHtml('Production variants', view.variants, now));
  if (view.shadowVariants.length) parts.push(variantsHtml('Shadow variants', view.shadowVariants, now));
  const pending = view.pendingDeployment;
  if (pending) {
    parts.push(
      `<section class="pending"><h2>Pending deployment</h2>`,
      `<p>To endpoint configuration <strong>${escapeHtml(pending.configName || '—')}</strong>` +
        (pending.startTime ? `, started ${timeHtml(pending.startTime, now)}` : '') +
        '.</p>',
      pending.variants.length ? variantsHtml('Pending production variants', pending.variants, now, 'h3') : '',
      pending.shadowVariants.length ? variantsHtml('Pending shadow variants', pending.shadowVariants, now, 'h3') : '',
      `</section>`,
    );
  }
  const last = view.lastDeployment;
  if (last) {
    parts.push(
      `<section class="deployment"><h2>Last deployment configuration: ${last.kind === 'rolling' ? 'rolling update' : 'blue/green'}</h2>`,
      `<ul>${last.summary.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
      `</section>`,
    );
  }
  return parts.filter((s) => s !== '').join('\n');
}

function variantsHtml(title: string, variants: VariantView[], now: Date, heading: 'h2' | 'h3' = 'h2'): string {
  const rows = variants.map((v) => {
    const compute: string[] = [];
    if (v.serverless) {
      compute.push(`Serverless: ${escapeHtml(serverlessText(v.serverless))}`);
      if (v.desiredServerless) compute.push(`<span class="desired">→ ${escapeHtml(serverlessText(v.desiredServerless))}</span>`);
    }
    if (v.instancePools && v.instancePools.length > 1) {
      for (const p of v.instancePools) {
        compute.push(`${escapeHtml(p.instanceType)}${p.currentInstanceCount !== undefined ? ` × ${escapeHtml(p.currentInstanceCount)}` : ''}`);
      }
    } else if (v.instanceType) {
      compute.push(escapeHtml(v.instanceType));
    }
    if (v.acceleratorType) compute.push(`Accelerator ${escapeHtml(v.acceleratorType)}`);
    if (v.managedInstanceScaling) {
      const m = v.managedInstanceScaling;
      const range = m.minInstanceCount !== undefined || m.maxInstanceCount !== undefined ? ` ${m.minInstanceCount ?? '?'}–${m.maxInstanceCount ?? '?'}` : '';
      compute.push(`<span class="note">Managed scaling ${escapeHtml(m.status ?? '')}${escapeHtml(range)}</span>`);
    }
    if (v.routingStrategy) compute.push(`<span class="note">Routing ${escapeHtml(v.routingStrategy)}</span>`);
    if (!compute.length) compute.push('<span class="note">Instance type not reported</span>');
    const statuses = v.statuses.length
      ? `<ul class="variant-statuses">${v.statuses
          .map(
            (s) =>
              `<li><span class="variant-status">${escapeHtml(s.status)}</span>` +
              (s.message ? ` <span class="message">${escapeHtml(s.message)}</span>` : '') +
              (s.startTime ? ` <span class="note">since ${timeHtml(s.startTime, now)}</span>` : '') +
              `</li>`,
          )
          .join('')}</ul>`
      : '<span class="note">No ongoing changes</span>';
    return (
      `<tr>` +
      `<th scope="row">${escapeHtml(v.name)}</th>` +
      `<td>${compute.join('<br>')}</td>` +
      `<td>${pairHtml(v.currentInstanceCount, v.desiredInstanceCount)}</td>` +
      `<td>${pairHtml(v.currentWeight, v.desiredWeight)}</td>` +
      `<td>${statuses}</td>` +
      `</tr>`
    );
  });
  return [
    `<section class="variants"><${heading}>${escapeHtml(title)}</${heading}>`,
    variants.length
      ? `<table class="grid"><thead><tr><th scope="col">Variant</th><th scope="col">Compute</th><th scope="col">Instances (current → desired)</th><th scope="col">Weight (current → desired)</th><th scope="col">Variant status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p class="note">None reported.</p>',
    `</section>`,
  ].join('\n');
}

function serverlessText(s: { memorySizeInMb: number; maxConcurrency: number; provisionedConcurrency?: number }): string {
  return (
    `${s.memorySizeInMb} MB memory, max concurrency ${s.maxConcurrency}` +
    (s.provisionedConcurrency !== undefined ? `, provisioned concurrency ${s.provisionedConcurrency}` : '')
  );
}

function pairHtml(current: number | undefined, desired: number | undefined): string {
  if (current === undefined && desired === undefined) return '—';
  if (desired === undefined || desired === current) return escapeHtml(current);
  if (current === undefined) return `? → ${escapeHtml(desired)}`;
  return `${escapeHtml(current)} <span class="desired">→ ${escapeHtml(desired)}</span>`;
}

/** The buttons of a problem's actions (the page script posts their `data-action`). */
export function actionButtonsHtml(problem: StatusProblem): string {
  return problem.actions
    .filter((a) => isProblemAction(a))
    .map((a) => `<button type="button" class="action" data-action="${escapeHtml(a)}">${escapeHtml(ACTION_LABELS[a])}</button>`)
    .join('');
}

function problemHtml(problem: StatusProblem, stale: boolean, credentials: string | undefined): string {
  const buttons = actionButtonsHtml(problem);
  return [
    `<section class="problem" role="alert" data-kind="${escapeHtml(problem.kind)}">`,
    `<h2><span class="glyph" aria-hidden="true">⚠</span> ${escapeHtml(problem.title)}</h2>`,
    `<p>${withCode(problem.detail)}</p>`,
    credentials ? `<p class="note">Profile: ${escapeHtml(credentials)}</p>` : '',
    stale ? '<p class="note">The details below are from the last successful refresh.</p>' : '',
    buttons ? `<div class="actions">${buttons}</div>` : '',
    `</section>`,
  ]
    .filter((s) => s !== '')
    .join('\n');
}

export function factRow(label: string, valueHtml: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;
}

export function timeHtml(date: Date, now: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '<span class="note">unknown</span>';
  return (
    `<time datetime="${escapeHtml(date.toISOString())}">${escapeHtml(formatLocalTime(date))}</time> ` +
    `<span class="relative" data-time="${date.getTime()}">(${escapeHtml(relativeTime(date, now))})</span>`
  );
}

/** Local date and time, e.g. "3/14/2025, 9:26:53 AM" in en-US. */
function formatLocalTime(date: Date): string {
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

const UNITS: [limitSeconds: number, unitSeconds: number, name: string][] = [
  [3600, 60, 'minute'],
  [86400, 3600, 'hour'],
  [86400 * 45, 86400, 'day'],
  [86400 * 365, 86400 * 30, 'month'],
  [Infinity, 86400 * 365, 'year'],
];

/** "just now", "42 seconds ago", "3 minutes ago", "2 hours ago", "in 5 minutes". The webview script repeats this logic. */
export function relativeTime(date: Date, now: Date): string {
  const diff = Math.round((now.getTime() - date.getTime()) / 1000);
  const abs = Math.abs(diff);
  if (abs < 10) return 'just now';
  let text: string;
  if (abs < 60) text = `${abs} seconds`;
  else {
    const [, unit, name] = UNITS.find(([limit]) => abs < limit)!;
    const n = Math.floor(abs / unit);
    text = `${n} ${name}${n === 1 ? '' : 's'}`;
  }
  return diff >= 0 ? `${text} ago` : `in ${text}`;
}

/** Keeps only tokens shaped like scheme or host sources (`https://*.vscode-cdn.net`, `vscode-webview://x`). */
function checkedCspSource(source: string): string {
  return source
    .split(/\s+/)
    .filter((token) => /^[A-Za-z0-9*][A-Za-z0-9+.\-*:/_%]*$/.test(token) && /[:.]/.test(token))
    .join(' ');
}

function checkedNonce(nonce: string): string {
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(nonce)) throw new Error('renderStatusHtml: the nonce must be at least 16 base64 characters');
  return nonce;
}

const STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 20px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0.6em 0 0.2em; word-break: normal; overflow-wrap: break-word; }
h2 { font-size: 1.15em; margin: 1.3em 0 0.4em; }
h3 { font-size: 1em; margin: 1em 0 0.3em; }
code { font-family: var(--vscode-editor-font-family); font-size: 0.95em; word-break: normal; overflow-wrap: break-word; }
.top { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 8px 16px; border-bottom: 1px solid var(--vscode-panel-border, transparent); padding-bottom: 8px; }
.toolbar { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
button { font-family: inherit; font-size: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; border-radius: 2px; cursor: pointer; }
button:hover:not([disabled]) { background: var(--vscode-button-hoverBackground); }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button[disabled] { opacity: 0.6; cursor: default; }
button.action { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); margin-right: 8px; }
button.action:hover { background: var(--vscode-button-secondaryHoverBackground); }
.updated, .note, .tone-word, .auto-refresh, .relative { color: var(--vscode-descriptionForeground); }
.loading { display: inline-flex; align-items: center; gap: 6px; color: var(--vscode-descriptionForeground); }
.spinner { width: 10px; height: 10px; border: 2px solid var(--vscode-progressBar-background); border-right-color: transparent; border-radius: 50%; animation: spin 0.8s linear infinite; }
.progress-bar { height: 2px; overflow: hidden; margin-top: -1px; }
.progress-fill { height: 2px; width: 30%; background: var(--vscode-progressBar-background); animation: slide 1.2s ease-in-out infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@keyframes slide { from { transform: translateX(-100%); } to { transform: translateX(340%); } }
@media (prefers-reduced-motion: reduce) { .spinner, .progress-fill { animation: none; } }
.status { display: flex; align-items: center; gap: 8px; font-size: 1.25em; margin: 14px 0 6px; }
.status .tone-word { font-size: 0.8em; }
.status-text { font-weight: 600; }
.tone-ok .glyph, .tone-ok .status-text { color: var(--vscode-testing-iconPassed); }
.tone-progress .glyph, .tone-progress .status-text { color: var(--vscode-progressBar-background); }
.tone-progress .glyph { display: inline-block; animation: spin 2s linear infinite; }
.tone-error .glyph, .tone-error .status-text { color: var(--vscode-errorForeground); }
.tone-neutral .glyph, .tone-neutral .status-text { color: var(--vscode-descriptionForeground); }
.failure { border-left: 3px solid var(--vscode-errorForeground); padding: 2px 12px; background: var(--vscode-inputValidation-errorBackground, transparent); }
.failure h2 { margin-top: 0.5em; color: var(--vscode-errorForeground); }
.failure p { white-space: pre-wrap; word-break: normal; overflow-wrap: break-word; }
.problem { border: 1px solid var(--vscode-inputValidation-warningBorder, var(--vscode-editorWarning-foreground)); background: var(--vscode-inputValidation-warningBackground, transparent); padding: 4px 14px 12px; margin: 14px 0; border-radius: 3px; }
.problem h2 { margin-top: 0.6em; }
.problem .glyph { color: var(--vscode-editorWarning-foreground); }
.problem p { white-space: pre-wrap; word-break: normal; overflow-wrap: break-word; }
table { border-collapse: collapse; }
.facts th { text-align: left; font-weight: normal; color: var(--vscode-descriptionForeground); padding: 3px 16px 3px 0; vertical-align: top; white-space: nowrap; }
.facts td { padding: 3px 0; }
.grid { width: 100%; margin-top: 4px; }
.grid th, .grid td { text-align: left; vertical-align: top; padding: 5px 10px 5px 0; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
.grid thead th { font-weight: 600; color: var(--vscode-descriptionForeground); }
.grid tbody th { font-weight: 600; word-break: normal; overflow-wrap: break-word; }
.desired { color: var(--vscode-editorInfo-foreground, var(--vscode-foreground)); }
.variant-statuses { list-style: none; margin: 0; padding: 0; }
.variant-status { font-weight: 600; }
.message { word-break: normal; overflow-wrap: break-word; }
.deployment ul { margin: 0.2em 0; padding-left: 1.3em; }
.placeholder { color: var(--vscode-descriptionForeground); margin-top: 1.5em; }
${PROGRESS_STYLE}`;

// Plain ES2015 for the webview. It posts messages only; it never touches the network (connect-src 'none'). `extra`
// (the metrics section's) runs inside the same function, where `vscode` is.
const script = (extra: string) => `
(function () {
  var vscode = acquireVsCodeApi();
  var refresh = document.getElementById('refresh');
  if (refresh) refresh.addEventListener('click', function () { vscode.postMessage({ type: 'refresh' }); });
  var buttons = document.querySelectorAll('button[data-action]');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function (event) {
      vscode.postMessage({ type: 'action', action: event.currentTarget.getAttribute('data-action') });
    });
  }
  var units = [[3600, 60, 'minute'], [86400, 3600, 'hour'], [86400 * 45, 86400, 'day'], [86400 * 365, 86400 * 30, 'month'], [Infinity, 86400 * 365, 'year']];
  function relative(then, now) {
    var diff = Math.round((now - then) / 1000), abs = Math.abs(diff), text;
    if (abs < 10) return 'just now';
    if (abs < 60) text = abs + ' seconds';
    else {
      for (var u = 0; u < units.length && abs >= units[u][0]; u++) {}
      var n = Math.floor(abs / units[u][1]);
      text = n + ' ' + units[u][2] + (n === 1 ? '' : 's');
    }
    return diff >= 0 ? text + ' ago' : 'in ' + text;
  }
  setInterval(function () {
    var spans = document.querySelectorAll('.relative[data-time]');
    for (var j = 0; j < spans.length; j++) {
      var t = Number(spans[j].getAttribute('data-time'));
      if (isFinite(t)) spans[j].textContent = '(' + relative(t, Date.now()) + ')';
    }
  }, 15000);
${extra}
}());
`;
