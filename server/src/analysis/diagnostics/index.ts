import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { codeInfo, Codes } from '../diagnosticCodes';
import type { ModuleScope } from '../evaluation/scope';
import { MAX_FILE_SIZE, type ParsedFile, type ResourceBlock } from '../parsedFile';
import { diagnosticData } from '../fixes/data';
import { settle } from '../../hcl';
import type { Finding } from './finding';
import { FindingList } from './findingList';
import { checkResource } from './structure';
import { syntaxFindings } from './syntax';
import { inRegions, recoveryRegions } from './recovery';
import { enabledFileRules, runFileRulesOn, runModuleRules, type ModuleRuleMemo, type RuleOptions } from '../rules';
import type { BlockFindings } from './blockFindings';
import type { ProviderVersionInUse } from '../providerVersion/inUse';

export type { Finding } from './finding';
export { FindingList, MAX_FINDINGS_PER_FILE } from './findingList';

export const DIAGNOSTIC_SOURCE = 'sagemaker-terraform';

/**
 * Findings that depend on one file alone (and the module's scope and provider version), at most MAX_FINDINGS_PER_FILE
 * of them; callers cache them per file version.
 */
export function fileFindingList(file: ParsedFile, scope: ModuleScope, options: RuleOptions = {}, provider?: ProviderVersionInUse, blocks?: BlockCaches): FindingList {
  const out = new FindingList();
  if (file.tooLarge !== undefined) {
    out.add(tooLarge(file.tooLarge));
    return out;
  }
  syntaxFindings(file.topLevel, out);
  out.holdBack(recoveryRegions(file));
  const ruleOptions = { kmsHint: true, ...options };
  const enabled = enabledFileRules(ruleOptions);
  // Per block, worked out or found again by its text; published in the same order either way: every block's schema
  // findings, then every block's rule findings.
  const check = (resource: ResourceBlock) => {
    settle(resource.block);
    const entry = { structure: checkedResource(resource, scope, provider), rules: [] as Finding[] };
    runFileRulesOn(resource, scope, ruleOptions, enabled, provider, entry.rules);
    return entry;
  };
  const entries = blocks ? blocks.next.entries(file.resources, blocks.previous, check) : file.resources.map(check);
  for (const entry of entries) for (const finding of entry.structure) out.add(finding);
  for (const entry of entries) for (const finding of entry.rules) out.add(finding);
  return out;
}

/** The block findings of a file's last version (to reuse) and the one being made for this version. */
export interface BlockCaches {
  previous?: BlockFindings;
  next: BlockFindings;
}

/** The schema checks' findings about one resource, all of them (the file's list applies its own bound). */
function checkedResource(resource: ResourceBlock, scope: ModuleScope, provider?: ProviderVersionInUse): Finding[] {
  const list = new FindingList(Number.POSITIVE_INFINITY);
  checkResource(resource, scope, list, provider);
  return list.findings();
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

/** Findings that need every file of the module, keyed by file URI; `memo` keeps the module rules' per block. */
export function moduleFindings(files: readonly ParsedFile[], scope: ModuleScope, provider?: ProviderVersionInUse, memo?: ModuleRuleMemo): Map<string, Finding[]> {
  const out = runModuleRules(files, scope, undefined, provider, memo);
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

/** The LSP diagnostic of a finding; `index`, its place in the list published, goes on `data` when it has fixes (for clients that keep data, see fixes/data.ts). */
export function toDiagnostic(file: ParsedFile, finding: Finding, index?: number): Diagnostic {
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
  const data = index === undefined ? undefined : diagnosticData(file, finding, index);
  if (data) diagnostic.data = data;
  return diagnostic;
}
