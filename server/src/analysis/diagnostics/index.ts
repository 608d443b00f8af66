import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { ParsedFile } from '../parsedFile';
import { duplicateResources } from './duplicates';
import type { Finding } from './finding';
import { checkResource } from './structure';
import { syntaxFindings } from './syntax';
import { runFileRules, runModuleRules, type RuleOptions } from '../rules';

export type { Finding } from './finding';

export const DIAGNOSTIC_SOURCE = 'sagemaker-terraform';

/** Findings that depend on one file alone; callers cache them per file version. */
export function fileFindings(file: ParsedFile, options: RuleOptions = {}): Finding[] {
  const out = syntaxFindings(file.syntax);
  for (const resource of file.resources) checkResource(resource, out);
  out.push(...runFileRules(file, { kmsHint: true, ...options }));
  return out;
}

/** Findings that need every file of the module, keyed by file URI. */
export function moduleFindings(files: readonly ParsedFile[]): Map<string, Finding[]> {
  const out = duplicateResources(files);
  for (const [uri, findings] of runModuleRules(files)) out.set(uri, [...(out.get(uri) ?? []), ...findings]);
  return out;
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
} as const;

export function toDiagnostic(file: ParsedFile, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: file.range(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.docs },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.deprecated) diagnostic.tags = [DiagnosticTag.Deprecated];
  return diagnostic;
}
