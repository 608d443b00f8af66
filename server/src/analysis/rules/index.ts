import { settle } from '../../hcl';
import type { ModuleScope } from '../evaluation/scope';
import { severityOf } from '../diagnosticCodes';
import type { Finding } from '../diagnostics/finding';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { allWeightsZero } from './allWeightsZero';
import { capacityReservationWithoutArn } from './capacityReservationWithoutArn';
import { deploymentCapacitySize } from './deploymentCapacitySize';
import { deploymentGuardrailExcluded } from './deploymentGuardrailExcluded';
import { duplicateName } from './duplicateName';
import { duplicateResource } from './duplicateResource';
import { duplicateVariantName } from './duplicateVariantName';
import { elasticInferenceDiscontinued } from './elasticInferenceDiscontinued';
import { emptyClientConfig } from './emptyClientConfig';
import { inferenceComponentsNeedRole } from './inferenceComponentsNeedRole';
import { instanceVariantIncomplete } from './instanceVariantIncomplete';
import { kmsKeyWithInstanceStorage } from './kmsKeyWithInstanceStorage';
import { missingKmsKey } from './missingKmsKey';
import { provisionedConcurrency } from './provisionedConcurrency';
import { docsAt } from './reportDocs';
import { repeatedRoutingConfig } from './repeatedRoutingConfig';
import { replacementOrder } from './replacementOrder';
import { scaleToZeroWithoutInferenceComponents } from './scaleToZeroWithoutInferenceComponents';
import { serverlessUnsupportedFeature } from './serverlessUnsupportedFeature';
import { serverlessWithInstanceSettings } from './serverlessWithInstanceSettings';
import { shadowVariantCount } from './shadowVariantCount';
import { shadowVariantIncompatible } from './shadowVariantIncompatible';
import { trafficRoutingSize } from './trafficRoutingSize';
import type { FileRule, ModuleRule, Rule, RuleOptions, RuleReport } from './types';
import { undeclaredReference } from './undeclaredReference';
import { undeclaredValue } from './undeclaredValue';
import { volumeSizeWithInstanceStorage } from './volumeSizeWithInstanceStorage';
import { concernsMissing } from '../providerVersion/ruleFilter';
import type { ProviderVersionInUse } from '../providerVersion/inUse';
import type { ModuleRuleMemo } from './moduleRuleMemo';

export type { FileRule, ModuleRule, Rule, RuleOptions } from './types';
export { ModuleRuleMemo } from './moduleRuleMemo';

// Named cross-field rules, each with its own code; they only judge literal values. Severity comes from the code's
// registry entry, the docs link from the argument each finding is reported on.

const fileRules: readonly FileRule[] = [
  shadowVariantCount,
  shadowVariantIncompatible,
  serverlessWithInstanceSettings,
  serverlessUnsupportedFeature,
  instanceVariantIncomplete,
  provisionedConcurrency,
  duplicateVariantName,
  inferenceComponentsNeedRole,
  elasticInferenceDiscontinued,
  repeatedRoutingConfig,
  emptyClientConfig,
  capacityReservationWithoutArn,
  missingKmsKey,
  trafficRoutingSize,
  volumeSizeWithInstanceStorage,
  kmsKeyWithInstanceStorage,
  scaleToZeroWithoutInferenceComponents,
  undeclaredValue,
  allWeightsZero,
];

const moduleRules: readonly ModuleRule[] = [duplicateResource, undeclaredReference, deploymentCapacitySize, replacementOrder, duplicateName, deploymentGuardrailExcluded];

/** Whether `rule` looks at `resource`: by the schema's type string, which compares by identity, not by its characters. */
function appliesTo(rule: FileRule | ModuleRule, resource: ResourceBlock): boolean {
  return rule.resourceTypes.includes(resource.schema.type);
}

function toFinding(rule: Rule, resource: ResourceBlock, report: RuleReport): Finding {
  const { span, message, fixes, about, variable, provisional, related } = report;
  const base = report.severity ?? severityOf(rule.code);
  const severity = (variable || provisional) && base === 'error' ? 'warning' : base;
  const finding: Finding = { span, code: rule.code, severity, message, docs: docsAt(resource, span, about), fixes };
  if (related) finding.related = related;
  return finding;
}

/**
 * Runs the per-file rules over every SageMaker resource of the file; with `provider`, reports about what that
 * version lacks are left out (providerVersion/ruleFilter.ts).
 */
export function runFileRules(
  file: ParsedFile,
  scope: ModuleScope,
  options: RuleOptions = {},
  rules: readonly FileRule[] = fileRules,
  provider?: ProviderVersionInUse,
): Finding[] {
  const out: Finding[] = [];
  const enabled = enabledFileRules(options, rules);
  for (const resource of file.resources) runFileRulesOn(resource, scope, options, enabled, provider, out);
  return out;
}

/** The file rules `options` leave on. */
export function enabledFileRules(options: RuleOptions, rules: readonly FileRule[] = fileRules): readonly FileRule[] {
  return rules.filter((rule) => !rule.enabled || rule.enabled(options));
}

/** The file rules' findings about one resource, pushed to `out`: they depend on its block alone (and the scope). */
export function runFileRulesOn(resource: ResourceBlock, scope: ModuleScope, options: RuleOptions, enabled: readonly FileRule[], provider: ProviderVersionInUse | undefined, out: Finding[]): void {
  const context = { file: resource.file, resource, options, scope };
  for (const rule of enabled) {
    if (!appliesTo(rule, resource)) continue;
    const reports = rule.check(context);
    for (let i = 0; i < reports.length; i++) {
      if (!concernsMissing(resource, reports[i].span, reports[i].about, provider)) out.push(toFinding(rule, resource, reports[i]));
    }
  }
}

/**
 * Runs the module rules; findings are keyed by file URI (and filtered by `provider` as in runFileRules). With `memo`,
 * a rule that declares its inputs is not run again on a resource whose block and inputs are unchanged, and one that
 * declares contributions builds no index after an edit that leaves them all alone, unless a block needs checking.
 */
export function runModuleRules(
  files: readonly ParsedFile[],
  scope: ModuleScope,
  rules: readonly ModuleRule[] = moduleRules,
  provider?: ProviderVersionInUse,
  memo?: ModuleRuleMemo,
): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const changed = memo?.changesSince(files, scope, provider);
  for (const rule of rules) {
    const kept = rule.inputs && memo?.of(rule);
    // While the index would say what it said last time, a block found again keeps its findings without it.
    const same = kept !== undefined && kept.sameIndex(rule, scope, changed);
    const context = { files, scope };
    // Built when a block needs it; one from an earlier diagnosis serves while the index would say the same.
    let index = same ? kept.indexOf(scope) : undefined;
    const indexed = () => (index ??= { value: rule.index(context) }).value;
    for (const file of files) {
      for (const resource of file.resources) {
        if (!appliesTo(rule, resource)) continue;
        let inputs: string | undefined;
        let findings: readonly Finding[] | undefined;
        if (kept) {
          if (!same) inputs = rule.inputs!(resource, indexed, scope);
          findings = kept.get(resource, scope, provider, inputs);
        }
        if (!findings) {
          settle(resource.block);
          const made: Finding[] = [];
          for (const report of rule.check(resource, indexed, scope, context)) {
            if (!concernsMissing(resource, report.span, report.about, provider)) made.push(toFinding(rule, resource, report));
          }
          if (kept) kept.set(resource, scope, provider, inputs ?? rule.inputs!(resource, indexed, scope), made);
          findings = made;
        }
        if (findings.length === 0) continue;
        const list = out.get(file.uri);
        if (list) list.push(...findings);
        else out.set(file.uri, [...findings]);
      }
    }
    if (kept && rule.contribution) kept.keepIndex(scope, index);
  }
  return out;
}
