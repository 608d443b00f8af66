import { performance } from 'node:perf_hooks';
import type { Severity } from '../analysis/diagnosticCodes';
import { parseArgs, USAGE, type CheckOptions, type FailOn } from './args';
import { runCheck } from './check';
import { applyPreferredFixes } from './fix';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText, safeText } from './formats/text';
import { progressLine } from './progress';
import { toReport, type Report } from './report';
import { TOOL } from './tool';

// `sagemaker-terraform check [PATH…]`: wiring only. Exit codes: 0 nothing at or above --fail-on, 1 something,
// 2 a usage or I/O error (the report is still written, so a CI log shows what was checked).

const RANK: Record<Severity, number> = { information: 1, warning: 2, error: 3 };
const THRESHOLD: Record<FailOn, number> = { information: 1, warning: 2, error: 3, never: Infinity };

export function exitCode(report: Report, failOn: FailOn): 0 | 1 | 2 {
  if (report.errors.length) return 2;
  return report.findings.some((f) => RANK[f.severity] >= THRESHOLD[failOn]) ? 1 : 0;
}

function check(options: CheckOptions): number {
  const cwd = process.cwd();
  const started = performance.now();
  const progress = progressLine(process.stderr);
  let run = runCheck(options.paths, cwd, progress.update);
  let fixed: Report['fixed'] = [];
  const fixProblems: Report['errors'] = [];
  if (options.fix) {
    const applied = applyPreferredFixes(run, cwd);
    fixed = applied.fixed;
    fixProblems.push(...applied.problems);
    // What is left is what the files now hold: checked again from disk.
    if (fixed.length) run = runCheck(options.paths, cwd, progress.update);
  }
  progress.end();
  run.problems.push(...fixProblems);
  const report = toReport(run, cwd, performance.now() - started, fixed);
  if (options.format === 'json') process.stdout.write(formatJson(report));
  else if (options.format === 'sarif') process.stdout.write(formatSarif(report));
  else process.stdout.write(formatText(report, process.stdout.isTTY === true && !('NO_COLOR' in process.env)));
  // Fixes are in the JSON report; SARIF has no place for them, so they are told on stderr there.
  if (options.format === 'sarif') for (const f of fixed) process.stderr.write(`${safeText(f.path)}:${f.start.line}:${f.start.column}  fixed  ${f.code}  ${safeText(f.title)}\n`);
  for (const n of report.notes) process.stderr.write(`sagemaker-terraform: ${safeText(n.path)}: ${safeText(n.message)}\n`);
  for (const e of report.errors) process.stderr.write(`sagemaker-terraform: ${safeText(e.path)}: ${safeText(e.message)}\n`);
  return exitCode(report, options.failOn);
}

export function main(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${TOOL.version}\n`);
      return 0;
    case 'usage-error':
      process.stderr.write(`sagemaker-terraform: ${safeText(parsed.message)}\n\n${USAGE}\n`);
      return 2;
    case 'check':
      return check(parsed);
  }
}

if (require.main === module) {
  // A reader that goes away (`| head`) ends the output, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    // A bug, not the user's input: say so and exit 2, never with a half-written success.
    process.stderr.write(`sagemaker-terraform: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
