// The status panel's Metrics section: the range buttons, what is being shown (period, time of the data), a problem
// when CloudWatch could not be asked or refused (naming the IAM action), and per variant a grid of charts. Plus the
// CSS and the few lines of script the section needs; the panel's page (status/html.ts) carries them under its nonce.
import { actionButtonsHtml, escapeHtml, withCode } from '../status/html';
import type { StatusProblem } from '../status/problems';
import { renderChart, type ChartWindow } from './chartSvg';
import type { TimeFormat } from './format';
import { RANGES, type MetricsRange } from './queries';
import type { VariantCharts } from './series';

export interface MetricsSectionView {
  range: MetricsRange;
  loading: boolean;
  /** The charts of the last answer, when there is one. */
  groups?: VariantCharts[];
  window?: ChartWindow;
  /** The range the charts show (the chosen one may be loading meanwhile). */
  shownRange?: MetricsRange;
  problem?: StatusProblem;
  /** Variants left out (past MAX_VARIANTS). */
  omittedVariants?: number;
  format?: TimeFormat;
}

const KIND_WORDS = { instance: 'instances', serverless: 'serverless', provisioned: 'serverless, provisioned concurrency' } as const;

export function renderMetricsSection(view: MetricsSectionView): string {
  const parts: string[] = [`<section class="metrics" aria-label="CloudWatch metrics"${view.loading ? ' aria-busy="true"' : ''}>`, `<h2>Metrics</h2>`];
  const buttons = (Object.keys(RANGES) as MetricsRange[])
    .map((r) => `<button type="button" class="range" data-range="${r}" aria-pressed="${r === view.range}"${view.loading ? ' disabled' : ''}>${escapeHtml(RANGES[r].label)}</button>`)
    .join('');
  const about: string[] = [];
  if (view.loading) about.push('Loading metrics…');
  else if (view.window) about.push(`Last ${RANGES[view.shownRange ?? view.range].label}, one point per ${periodWords(view.window.period)}, from CloudWatch.`);
  parts.push(`<div class="metrics-toolbar" role="group" aria-label="Time range">${buttons}<span class="note">${escapeHtml(about.join(' '))}</span></div>`);
  if (view.problem) parts.push(problemHtml(view.problem));
  if (view.groups && view.window) {
    if (!view.groups.length) parts.push('<p class="note">The endpoint reports no variants to chart.</p>');
    let n = 0;
    for (const group of view.groups) {
      parts.push(
        `<h3>${escapeHtml(group.variant.name)} <span class="note">(${group.variant.shadow ? 'shadow, ' : ''}${KIND_WORDS[group.variant.kind]})</span></h3>`,
        `<div class="chart-grid">${group.charts.map((chart) => renderChart(chart, view.window!, { ...view.format, id: `chart-${n++}` })).join('')}</div>`,
      );
    }
    if (view.omittedVariants) parts.push(`<p class="note">${view.omittedVariants} more variants are not charted.</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function periodWords(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
}

function problemHtml(problem: StatusProblem): string {
  const buttons = actionButtonsHtml(problem);
  return [
    `<div class="metrics-problem" role="alert" data-kind="${escapeHtml(problem.kind)}">`,
    `<p><strong>${escapeHtml(problem.title)}</strong></p>`,
    `<p>${withCode(problem.detail)}</p>`,
    buttons ? `<div class="actions">${buttons}</div>` : '',
    `</div>`,
  ].join('');
}

export const METRICS_STYLE = `
.metrics-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-bottom: 8px; }
button.range { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); padding: 2px 10px; }
button.range:hover:not([disabled]) { background: var(--vscode-button-secondaryHoverBackground); }
button.range[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
.metrics-problem { border-left: 3px solid var(--vscode-editorWarning-foreground); padding: 2px 12px; margin: 8px 0; }
.metrics-problem p { margin: 0.4em 0; overflow-wrap: break-word; }
.chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px 22px; }
.metric-chart { margin: 0; min-width: 0; }
.metric-chart figcaption { font-weight: 600; margin-bottom: 2px; }
.metric-chart .unit { font-weight: normal; color: var(--vscode-descriptionForeground); }
.metric-chart svg { max-width: 100%; height: auto; display: block; }
.chart .grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border, currentColor)); stroke-opacity: 0.6; stroke-width: 1; }
.chart .axis { stroke: var(--vscode-descriptionForeground); stroke-width: 1; }
.chart .tick { fill: var(--vscode-descriptionForeground); font-family: var(--vscode-font-family); font-size: 10px; }
.chart .line { fill: none; stroke-width: 1.6; stroke-linejoin: round; stroke-linecap: round; }
.chart .band { fill: transparent; outline: none; }
.chart .band:hover, .chart .band:focus { fill: var(--vscode-charts-foreground, currentColor); fill-opacity: 0.1; }
.chart .band:focus { stroke: var(--vscode-focusBorder); stroke-width: 1; }
.chart .s0 { stroke: var(--vscode-charts-blue); } .chart .dot.s0, .swatch.s0 { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
.chart .s1 { stroke: var(--vscode-charts-orange); } .chart .dot.s1, .swatch.s1 { fill: var(--vscode-charts-orange); background: var(--vscode-charts-orange); }
.chart .s2 { stroke: var(--vscode-charts-green); } .chart .dot.s2, .swatch.s2 { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); }
.chart .s3 { stroke: var(--vscode-charts-purple); } .chart .dot.s3, .swatch.s3 { fill: var(--vscode-charts-purple); background: var(--vscode-charts-purple); }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 2px 0 0; padding: 0; font-size: 0.9em; }
.swatch { display: inline-block; width: 12px; height: 3px; margin-right: 5px; vertical-align: middle; }
.chart-empty { display: flex; align-items: center; justify-content: center; height: 80px; margin: 0; color: var(--vscode-descriptionForeground); border: 1px dashed var(--vscode-editorWidget-border, var(--vscode-descriptionForeground)); }
.chart-readout { min-height: 1.4em; margin: 2px 0; font-size: 0.9em; color: var(--vscode-descriptionForeground); }
`;

// Runs inside the page script's function (which holds `vscode`). Range buttons post their range; a focused or hovered
// band's title is copied (as text) into its chart's readout; arrow keys, Home and End move between a chart's bands.
export const METRICS_SCRIPT = `
  var rangeButtons = document.querySelectorAll('button[data-range]');
  for (var r = 0; r < rangeButtons.length; r++) {
    rangeButtons[r].addEventListener('click', function (event) {
      vscode.postMessage({ type: 'metricsRange', range: event.currentTarget.getAttribute('data-range') });
    });
  }
  function isBand(el) { return el && el.getAttribute && el.getAttribute('class') === 'band'; }
  function showBand(band) {
    var svg = band.ownerSVGElement, title = band.querySelector('title');
    var out = svg && document.getElementById(svg.getAttribute('data-readout'));
    if (out && title) out.textContent = title.textContent;
  }
  document.addEventListener('focusin', function (event) { if (isBand(event.target)) showBand(event.target); });
  document.addEventListener('mouseover', function (event) { if (isBand(event.target)) showBand(event.target); });
  document.addEventListener('keydown', function (event) {
    var band = event.target;
    if (!isBand(band)) return;
    var bands = band.ownerSVGElement.querySelectorAll('rect.band'), at = Array.prototype.indexOf.call(bands, band), to = at;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') to = Math.min(bands.length - 1, at + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') to = Math.max(0, at - 1);
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = bands.length - 1;
    else return;
    event.preventDefault();
    band.setAttribute('tabindex', '-1');
    bands[to].setAttribute('tabindex', '0');
    bands[to].focus();
  });
`;
