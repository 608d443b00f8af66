import { counts, type Report } from '../report';
import { TOOL } from '../tool';

// The JSON report (documented in the README, "Command line and CI"). Its shape is stable: `version` changes only
// when a field changes meaning or goes away; new fields may be added.

export const JSON_REPORT_VERSION = 1;

export function formatJson(report: Report): string {
  return `${JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      tool: { name: TOOL.name, version: TOOL.version },
      summary: { ...counts(report.findings), files: report.files, modules: report.modules, durationMs: Math.round(report.durationMs) },
      findings: report.findings,
      fixed: report.fixed,
      errors: report.errors,
      notes: report.notes,
    },
    null,
    2,
  )}\n`;
}
