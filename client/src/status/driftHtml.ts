// The "Terraform vs live" section of the status page: one row per difference with both values and what it means,
// "In sync" said plainly, or why there is nothing to compare. Every string (AWS's, Terraform's) is escaped.
import { driftSummary, type DriftReport } from './drift';
import { escapeHtml, withCode } from './escape';
import type { StatusProblem } from './problems';

export type DriftSection =
  /** Opened from the live list: no Terraform in the workspace declares this endpoint (as far as the panel knows). */
  | { state: 'notDeclared' }
  /** The language server could not say (not running, or the request failed). */
  | { state: 'unavailable'; reason: string }
  | {
      state: 'compared';
      report: DriftReport;
      /** A live configuration could not be fetched (e.g. sagemaker:DescribeEndpointConfig denied). */
      problem?: StatusProblem;
      /** The resource the comparison read, e.g. `aws_sagemaker_endpoint.orders`. */
      address?: string;
    };

export function renderDriftSection(section: DriftSection): string {
  const parts = [`<section class="drift" aria-label="Terraform vs live">`, `<h2>Terraform vs live</h2>`];
  if (section.state === 'notDeclared') {
    parts.push(`<p class="note">No Terraform in this workspace declares this endpoint, so there is nothing to compare. Open it from its CodeLens in a .tf file to compare.</p>`);
  } else if (section.state === 'unavailable') {
    parts.push(`<p class="note">${escapeHtml(section.reason)}</p>`);
  } else {
    parts.push(comparedHtml(section));
  }
  parts.push(`</section>`);
  return parts.join('\n');
}

function comparedHtml(section: Extract<DriftSection, { state: 'compared' }>): string {
  const { report, problem } = section;
  const summary = driftSummary(report);
  const parts: string[] = [];
  const against = report.comparedWith ? ` with live configuration <strong>${escapeHtml(report.comparedWith)}</strong>` : '';
  const what = section.address ? `<code>${escapeHtml(section.address)}</code>` : 'The declaration';
  if (summary.differences === 0 && report.comparedWith !== undefined) {
    parts.push(`<p class="drift-summary in-sync"><span class="glyph" aria-hidden="true">✓</span> In sync: ${what} matches${against}.</p>`);
  } else if (summary.differences > 0) {
    parts.push(`<p class="drift-summary differs"><span class="glyph" aria-hidden="true">≠</span> ${escapeHtml(summary.text)}: ${what} compared${against}.</p>`);
  } else {
    parts.push(`<p class="drift-summary">${escapeHtml(capitalized(summary.text))}: ${what} could not be compared with the live configuration.</p>`);
  }
  if (problem) {
    parts.push(
      `<div class="drift-problem" role="alert" data-kind="${escapeHtml(problem.kind)}"><strong>${escapeHtml(problem.title)}</strong>`,
      `<p>${withCode(problem.detail)}</p></div>`,
    );
  }
  if (report.rows.length) {
    const rows = report.rows.map(
      (r) =>
        `<tr class="${r.expected ? 'expected' : 'differs'}" data-kind="${escapeHtml(r.kind)}">` +
        `<th scope="row">${escapeHtml(r.subject)}</th>` +
        `<td>${escapeHtml(r.terraform)}</td>` +
        `<td>${escapeHtml(r.live)}</td>` +
        `<td>${escapeHtml(r.meaning)}</td>` +
        `</tr>`,
    );
    parts.push(
      `<table class="grid drift-rows"><thead><tr><th scope="col">What</th><th scope="col">Terraform</th><th scope="col">Live</th><th scope="col">What it means</th></tr></thead>`,
      `<tbody>${rows.join('')}</tbody></table>`,
    );
  }
  if (report.notCompared.length) {
    parts.push(
      `<p class="note">Not compared, since Terraform sets these at plan:</p>`,
      `<ul class="not-compared">${report.notCompared.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`,
    );
  }
  return parts.join('\n');
}

function capitalized(text: string): string {
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

export const DRIFT_STYLE = `
.drift-summary { font-weight: 600; }
.drift-summary.in-sync .glyph { color: var(--vscode-testing-iconPassed); }
.drift-summary.differs .glyph { color: var(--vscode-editorWarning-foreground); }
.drift-problem { border-left: 3px solid var(--vscode-editorWarning-foreground); padding: 2px 12px; margin: 8px 0; }
.drift-problem p { white-space: pre-wrap; word-break: normal; overflow-wrap: break-word; margin: 0.3em 0; }
.drift-rows tr.expected td, .drift-rows tr.expected th { color: var(--vscode-descriptionForeground); }
.drift-rows td { word-break: normal; overflow-wrap: break-word; }
.not-compared { margin: 0.2em 0; padding-left: 1.3em; color: var(--vscode-descriptionForeground); }
`;
