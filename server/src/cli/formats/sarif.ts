import { DIAGNOSTIC_CODES, type Severity } from '../../analysis/diagnosticCodes';
import type { Report } from '../report';
import { TOOL } from '../tool';

// SARIF 2.1.0, as GitHub code scanning reads it: one run; the driver lists every code of the registry as a rule
// (id, short description, help URI, default level), so a result's ruleIndex points into it; locations are URIs
// relative to the working directory (run it from the repository root) with 1-based regions in UTF-16 code units.

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note' };
const RULE_INDEX = new Map(DIAGNOSTIC_CODES.map((info, i) => [info.code, i]));

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%`), the `/` kept. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(report: Report): string {
  const sarif = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            semanticVersion: TOOL.version,
            informationUri: TOOL.informationUri,
            rules: DIAGNOSTIC_CODES.map((info) => ({
              id: info.code,
              shortDescription: { text: info.title },
              fullDescription: { text: info.explanation },
              helpUri: info.docs,
              help: { text: `${info.explanation} See ${info.docs}`, markdown: `${info.explanation} [Read more](${info.docs})` },
              defaultConfiguration: { level: LEVEL[info.severity] },
              properties: { tags: [info.group === 'schema' ? 'correctness' : 'rule', 'terraform', 'sagemaker'] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: RULE_INDEX.get(f.code),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(f.path) },
                region: { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column },
              },
            },
          ],
        })),
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            toolExecutionNotifications: [...report.errors.map((e) => ({ e, level: 'error' })), ...report.notes.map((e) => ({ e, level: 'warning' }))].map(({ e, level }) => ({
              level,
              message: { text: `${e.path}: ${e.message}` },
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
