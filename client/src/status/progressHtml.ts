// The "Deployment progress" section of the status page: the phase in words (now and next), the steps of a blue/green or
// rolling deployment with the current one marked, the pending configuration with elapsed time and timeout, baking time
// against the configured wait, desired vs current per variant, and rollback alarms. Every string goes through
// escapeHtml; no inline handlers or style attributes (the page's CSP allows only its own nonce'd <style>).
import { escapeHtml, factRow, timeHtml } from './html';
import type { ServerlessView } from './model';
import type { Change, ProgressStep, ProgressView, VariantProgress, VariantStepView } from './progress';
import { formatDuration } from './viewText';

const STEP_MARKS: Record<ProgressStep['state'], string> = { done: '✓', now: '▶', next: '○', unknown: '•' };
const STEP_WORDS: Record<ProgressStep['state'], string> = { done: 'done', now: 'now', next: 'to come', unknown: '' };

export function progressHtml(progress: ProgressView, now: Date): string {
  const parts: string[] = [
    `<section class="deploy-progress tone-${progress.tone === 'failed' ? 'error' : 'progress'}" aria-label="Deployment progress">`,
    `<h2>${escapeHtml(progress.title)}</h2>`,
    `<p class="phase"><span class="phase-label">Now</span> ${escapeHtml(progress.now)}</p>`,
    `<p class="phase"><span class="phase-label">Next</span> ${escapeHtml(progress.next)}</p>`,
  ];
  if (progress.baking) parts.push(`<p class="baking">${escapeHtml(bakingText(progress.baking))}</p>`);
  if (progress.steps.length) {
    parts.push(
      `<ol class="steps">${progress.steps
        .map(
          (s) =>
            `<li class="step step-${s.state}"${s.state === 'now' ? ' aria-current="step"' : ''}><span class="step-mark" aria-hidden="true">${STEP_MARKS[s.state]}</span> ` +
            `${escapeHtml(s.text)}${STEP_WORDS[s.state] ? ` <span class="note">(${STEP_WORDS[s.state]})</span>` : ''}</li>`,
        )
        .join('')}</ol>`,
    );
  }
  const target = progress.target;
  if (target) {
    const rows = [
      factRow('To configuration', `<strong>${escapeHtml(target.configName || '—')}</strong>`),
      target.fromConfigName ? factRow('From configuration', escapeHtml(target.fromConfigName)) : '',
      target.startTime ? factRow('Started', timeHtml(target.startTime, now)) : '',
      target.elapsedSeconds !== undefined || target.timeoutSeconds !== undefined ? factRow('Running for', escapeHtml(runningText(target.elapsedSeconds, target.timeoutSeconds))) : '',
    ];
    parts.push(`<table class="facts"><tbody>${rows.join('')}</tbody></table>`);
  }
  if (progress.variants.length) parts.push(variantTable(progress.variants, now));
  if (progress.alarms.length) {
    parts.push(
      `<p class="alarms">Rollback alarms: ${progress.alarms
        .map((a) => `<strong>${escapeHtml(a)}</strong>${progress.alarmsInFailure.includes(a) ? ' <span class="named">(named in the failure reason)</span>' : ''}`)
        .join(', ')}. ` + 'If one goes off during a deployment, SageMaker rolls the deployment back.</p>',
    );
  }
  if (progress.policyLines.length) {
    parts.push(`<h3>Deployment configuration it ran with</h3><ul class="policy">${progress.policyLines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function variantTable(rows: VariantProgress[], now: Date): string {
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escapeHtml(r.name)}</th>` +
        `<td>${r.fleet === 'new' ? 'new' : 'current'}${r.shadow ? ' (shadow)' : ''}</td>` +
        `<td>${[r.instances || !r.serverless ? changeHtml(r.instances, '') : '', r.serverless ? serverlessHtml(r.serverless.current, r.serverless.desired) : ''].filter((h) => h !== '').join('<br>')}</td>` +
        `<td>${changeHtml(r.weight, '')}${r.share ? `<br><span class="note">${changeHtml(r.share, '%')} of traffic</span>` : ''}</td>` +
        `<td>${r.steps.length ? `<ul class="variant-statuses">${r.steps.map((s) => `<li>${stepHtml(s, now)}</li>`).join('')}</ul>` : '<span class="note">—</span>'}</td></tr>`,
    )
    .join('');
  return (
    `<table class="grid progress-variants"><thead><tr><th scope="col">Variant</th><th scope="col">Fleet</th><th scope="col">Instances (current → desired)</th>` +
    `<th scope="col">Weight (current → desired)</th><th scope="col">Step</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

function stepHtml(s: VariantStepView, now: Date): string {
  // The relative time already says how long ago a step began; a bake also says how much of its period has passed.
  const baked = s.bakingSeconds !== undefined && s.elapsedSeconds !== undefined ? ` (${formatDuration(s.elapsedSeconds)} of ${formatDuration(s.bakingSeconds)})` : '';
  return (
    `<span class="variant-status">${escapeHtml(s.status)}</span> <span class="note">${escapeHtml(s.words)}</span>` +
    (s.message ? ` <span class="message">${escapeHtml(s.message)}</span>` : '') +
    (s.since ? ` <span class="note">since ${timeHtml(s.since, now)}${escapeHtml(baked)}</span>` : '')
  );
}

function changeHtml(c: Change | undefined, unit: string): string {
  if (!c) return '—';
  const value = (n: number | undefined) => (n === undefined ? '?' : `${n}${unit}`);
  if (c.desired === undefined || c.desired === c.current) return escapeHtml(value(c.current));
  return `${escapeHtml(value(c.current))} <span class="desired">→ ${escapeHtml(value(c.desired))}</span>`;
}

function serverlessHtml(current: ServerlessView, desired: ServerlessView | undefined): string {
  const text = (s: ServerlessView) => `${s.memorySizeInMb} MB, concurrency ${s.maxConcurrency}${s.provisionedConcurrency !== undefined ? ` (${s.provisionedConcurrency} provisioned)` : ''}`;
  return `Serverless ${escapeHtml(text(current))}${desired ? ` <span class="desired">→ ${escapeHtml(text(desired))}</span>` : ''}`;
}

/** "Baking on blue for 3 min of 5 min (about 2 min left)." and the cases where a part is unknown. */
export function bakingText(b: NonNullable<ProgressView['baking']>): string {
  const on = `Baking on ${b.variant}`;
  if (b.elapsedSeconds === undefined) return b.bakingSeconds !== undefined ? `${on}: the bake lasts ${formatDuration(b.bakingSeconds)}.` : `${on}.`;
  if (b.bakingSeconds === undefined) return `${on} for ${formatDuration(b.elapsedSeconds)} so far (no baking period is reported).`;
  const left = b.bakingSeconds - b.elapsedSeconds;
  return left > 0
    ? `${on} for ${formatDuration(b.elapsedSeconds)} of ${formatDuration(b.bakingSeconds)} (about ${formatDuration(roundUpMinute(left))} left).`
    : `${on} for ${formatDuration(b.elapsedSeconds)}, past the ${formatDuration(b.bakingSeconds)} configured: the next step should start soon.`;
}

/** "12 min 5 s", "12 min 5 s of at most 1 h", "at most 1 h". */
export function runningText(elapsed: number | undefined, timeout: number | undefined): string {
  if (elapsed === undefined) return timeout === undefined ? 'not reported' : `at most ${formatDuration(timeout)} (SageMaker stops the deployment after that)`;
  if (timeout === undefined) return formatDuration(elapsed);
  return `${formatDuration(elapsed)} of at most ${formatDuration(timeout)} (SageMaker stops the deployment after that)`;
}

/** Remaining time is shown to the minute above one minute: "about 2 min left", not "about 1 min 47 s". */
function roundUpMinute(seconds: number): number {
  return seconds <= 60 ? seconds : Math.ceil(seconds / 60) * 60;
}
