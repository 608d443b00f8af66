import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { codeInfo, Codes } from '../diagnosticCodes';
import type { ModuleScope } from '../evaluation/scope';
import { MAX_FILE_SIZE, type ParsedFile } from '../parsedFile';
import { diagnosticData } from '../fixes/data';
import { duplicateResources } from './duplicates';
import type { Finding } from './finding';
import { FindingList } from './findingList';
import { checkResource } from './structure';
import { syntaxFindings } from './syntax';
import { inRegions, recoveryRegions } from './recovery';
import { runFileRules, runModuleRules, type RuleOptions } from '../rules';
import type { ProviderVersionInUse } from '../providerVersion/inUse';

export type { Finding } from './finding';
export { FindingList, MAX_FINDINGS_PER_FILE } from './findingList';

export const DIAGNOSTIC_SOURCE = 'sagemaker-terraform';

/**
 * Findings that depend on one file alone (and the module's scope and provider version), at most MAX_FINDINGS_PER_FILE
 * of them; callers cache them per file version.
 */
export function fileFindingList(file: ParsedFile, scope: ModuleScope, options: RuleOptions = {}, provider?: ProviderVersionInUse): FindingList {
  const out = new FindingList();
  if (file.tooLarge !== undefined) {
    out.add(tooLarge(file.tooLarge));
    return out;
  }
  syntaxFindings(file.syntax, out);
  out.holdBack(recoveryRegions(file));
  for (const resource of file.resources) checkResource(resource, scope, out, provider);
  for (const finding of runFileRules(file, scope, { kmsHint: true, ...options }, undefined, provider)) out.add(finding);
  return out;
}

/** The findings of one file alone, as published (see FindingList.findings). */
export function fileFindings(file: ParsedFile, scope: ModuleScope, options: RuleOptions = {}, provider?: ProviderVersionInUse): Finding[] {
  return fileFindingList(file, scope, options, provider).findings();
}

const MIB = 1024 * 1024;

function tooLarge(size: number): Finding {
  // Rounded up, so a file just over the limit never reads as the limit itself.
  const mib = Math.ceil((size / MIB) * 10) / 10;
  const { severity, docs } = codeInfo(Codes.fileTooLarge);
  return {
    span: { start: 0, end: 0 },
    code: Codes.fileTooLarge,
    severity,
    message: `This file is too large to analyse (${mib} MiB; the limit is ${MAX_FILE_SIZE / MIB} MiB): it is not checked, and completion, hover and navigation are off in it.`,
    docs,
  };
}

/** Findings that need every file of the module, keyed by file URI. */
export function moduleFindings(files: readonly ParsedFile[], scope: ModuleScope, provider?: ProviderVersionInUse): Map<string, Finding[]> {
  const out = duplicateResources(files);
  for (const [uri, findings] of runModuleRules(files, scope, undefined, provider)) out.set(uri, [...(out.get(uri) ?? []), ...findings]);
  for (const file of files) {
    const regions = recoveryRegions(file);
    const own = out.get(file.uri);
    if (regions.length > 0 && own) out.set(file.uri, own.filter((f) => !inRegions(regions, f.span)));
  }
  return out;
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
} as const;

/** The LSP diagnostic of a finding; `withFixes` puts its fixes on `data` (for clients that keep it, see fixes/data.ts). */
export function toDiagnostic(file: ParsedFile, finding: Finding, withFixes = false): Diagnostic {
  const diagnostic: Diagnostic = {
    range: file.range(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    codeDescription: { href: finding.docs },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (codeInfo(finding.code).deprecated) diagnostic.tags = [DiagnosticTag.Deprecated];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: r.file.uri, range: r.file.range(r.span) }, message: r.message }));
  }
  const data = withFixes ? diagnosticData(file, finding.fixes) : undefined;
  if (data) diagnostic.data = data;
  return diagnostic;
}
