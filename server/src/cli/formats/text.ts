import type { Severity } from '../../analysis/diagnosticCodes';
import { counts, severities, type Report } from '../report';

// `path:line:col  severity  code  message`, one finding a line, then a summary. Colour only where asked (a TTY).
// Messages quote the user's text (names, values), so control characters are shown escaped: a .tf file must not be
// able to move the cursor or recolour the terminal of whoever checks it.

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m' };
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'information' ? '' : 's'}`;
}

export function formatText(report: Report, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const f of report.fixed) lines.push(`${safeText(f.path)}:${f.start.line}:${f.start.column}  fixed  ${f.code}  ${safeText(f.title)}`);
  for (const f of report.findings) {
    const where = `${safeText(f.path)}:${f.start.line}:${f.start.column}`;
    lines.push(`${paint(DIM, where)}  ${paint(COLOURS[f.severity], f.severity)}  ${f.code}  ${safeText(f.message)}`);
  }
  const n = counts(report.findings);
  const seconds = (report.durationMs / 1000).toFixed(2);
  const tally = severities().map((s) => plural(n[s], s)).join(', ');
  const fixed = report.fixed.length ? `${`${report.fixed.length} ${report.fixed.length === 1 ? 'fix' : 'fixes'}`} applied; ` : '';
  lines.push(`${fixed}${tally} in ${plural(report.files, 'file')} of ${plural(report.modules, 'module')} (${seconds} s)`);
  return `${lines.join('\n')}\n`;
}
