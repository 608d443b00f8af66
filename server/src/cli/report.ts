import type { Range } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { Severity } from '../analysis/diagnosticCodes';
import { lspFixes } from '../analysis/fixes/data';
import { displayPath, type CheckRun } from './check';

// What every output format is written from: findings with 1-based lines and columns (UTF-16 code units, as LSP and
// SARIF count them), paths relative to the working directory, sorted by path and position.

export interface Position {
  line: number;
  column: number;
}

export interface ReportedEdit {
  path: string;
  start: Position;
  end: Position;
  newText: string;
}

export interface ReportedFix {
  title: string;
  preferred: boolean;
  edits: ReportedEdit[];
}

export interface ReportedFinding {
  path: string;
  start: Position;
  end: Position;
  code: string;
  severity: Severity;
  message: string;
  docs: string;
  fixes: ReportedFix[];
}

export interface AppliedFix {
  path: string;
  start: Position;
  code: string;
  title: string;
}

export interface Report {
  findings: ReportedFinding[];
  errors: { path: string; message: string }[];
  notes: { path: string; message: string }[];
  fixed: AppliedFix[];
  files: number;
  modules: number;
  durationMs: number;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information'];

export function counts(findings: readonly ReportedFinding[]): Record<Severity, number> {
  const out = { error: 0, warning: 0, information: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function severities(): readonly Severity[] {
  return SEVERITIES;
}

function position(range: Range['start']): Position {
  return { line: range.line + 1, column: range.character + 1 };
}

export function toReport(run: CheckRun, cwd: string, durationMs: number, fixed: AppliedFix[] = []): Report {
  const findings: ReportedFinding[] = [];
  for (const { file, path, findings: list } of run.files) {
    const shown = displayPath(path, cwd);
    for (const finding of list) {
      const range = file.range(finding.span);
      findings.push({
        path: shown,
        start: position(range.start),
        end: position(range.end),
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        docs: finding.docs,
        fixes: lspFixes(file, finding.fixes ?? []).map((fix) => ({
          title: fix.title,
          preferred: fix.preferred === true,
          edits: fix.edits.map((e) => ({
            path: e.uri ? displayPath(URI.parse(e.uri).fsPath, cwd) : shown,
            start: position(e.range.start),
            end: position(e.range.end),
            newText: e.newText,
          })),
        })),
      });
    }
  }
  findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start.line - b.start.line || a.start.column - b.start.column));
  return { findings, errors: run.problems, notes: run.notes, fixed, files: run.files.filter((f) => !f.projectFile).length, modules: run.modules, durationMs };
}
