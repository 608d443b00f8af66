// Terraform's variants against the live configuration's, by name: each pair's arguments, the variants only one side
// has, and instance counts that autoscaling moved (expected, said neutrally). Pure.
import type { DeclaredVariant } from '../../../shared/protocol';
import type { ConfigVariantView } from './configModel';
import type { VariantView } from './model';
import { DriftCollector, knownValue } from './driftRows';

/** The prefix of the names the provider generates for a variant without `variant_name`. */
const GENERATED_VARIANT_PREFIX = 'terraform-';

export interface VariantComparison {
  /** `Variant` or `Shadow variant`, the start of every subject. */
  label: string;
  declared: readonly DeclaredVariant[];
  live: readonly ConfigVariantView[];
  /** DescribeEndpoint's variants serving now (their instance counts), when they run this configuration. */
  running?: readonly VariantView[];
  /** A `dynamic` block adds variants not known before plan: live variants Terraform may declare are not reported. */
  incomplete: boolean;
}

export function compareVariants(c: VariantComparison, out: DriftCollector): void {
  const live = new Map(c.live.map((v) => [v.name, v]));
  const unnamed: DeclaredVariant[] = [];
  const pairs: [DeclaredVariant, ConfigVariantView, string][] = [];
  for (const d of c.declared) {
    const name = knownValue(d.variantName);
    if (name === undefined) {
      unnamed.push(d);
      continue;
    }
    const match = live.get(name);
    if (match) {
      live.delete(name);
      pairs.push([d, match, name]);
    } else {
      out.add('variantOnlyTerraform', `${c.label} ${name}`, 'declared', 'not in the live configuration', `Terraform declares ${c.label.toLowerCase()} ${name}; the configuration the endpoint runs has none by that name.`);
    }
  }
  // One unnamed declaration and one unmatched live variant are the same variant, when the live name could be it.
  const [only] = unnamed;
  const [lone] = live.values();
  if (unnamed.length === 1 && live.size === 1 && only && lone && (only.variantName !== undefined || lone.name.startsWith(GENERATED_VARIANT_PREFIX))) {
    live.delete(lone.name);
    unnamed.length = 0;
    pairs.push([only, lone, lone.name]);
  }
  for (const d of unnamed) out.notCompared.push(`${c.label} ${d.variantName && !d.variantName.known ? `named by ${d.variantName.expression}` : 'without variant_name'}`);
  for (const v of live.values()) {
    if (c.incomplete || unnamed.length) {
      out.notCompared.push(`${c.label} ${v.name} (Terraform may declare it through a name or dynamic block set at plan)`);
      continue;
    }
    out.add('variantOnlyLive', `${c.label} ${v.name}`, 'not declared', 'in the live configuration', `The configuration the endpoint runs has ${c.label.toLowerCase()} ${v.name}, which Terraform does not declare.`);
  }
  for (const [d, l, name] of pairs) comparePair(`${c.label} ${name}`, d, l, c.running?.find((r) => r.name === l.name), out);
}

function comparePair(subject: string, d: DeclaredVariant, l: ConfigVariantView, running: VariantView | undefined, out: DriftCollector): void {
  const applied = 'Terraform would replace the configuration to change it.';
  out.compare('model', `${subject}: model`, d.modelName, l.modelName, `The variant serves another model than Terraform declares. ${applied}`);
  // A serverless variant on one side and an instance-based one on the other is one difference, not three.
  if (!compareServerless(subject, d, l, out)) {
    out.compare('instanceType', `${subject}: instance type`, d.instanceType, l.instanceType, `The variant runs on another instance type than Terraform declares. ${applied}`);
    compareCount(subject, d, l, running, out);
  }
  // The provider sends the weight only with a model (inference components have none), so only then is it judged.
  if (d.modelName !== undefined) {
    out.compare('weight', `${subject}: initial weight`, d.initialVariantWeight, l.initialVariantWeight, `The variant starts with another share of the traffic than Terraform declares. ${applied}`);
  }
  out.compare('routing', `${subject}: routing strategy`, d.routingStrategy, l.routingStrategy, `Requests are spread over the variant's instances another way than Terraform declares. ${applied}`);
  out.compare('setting', `${subject}: accelerator`, d.acceleratorType, l.acceleratorType, `The variant has another accelerator than Terraform declares. ${applied}`);
  out.compare('setting', `${subject}: volume size (GB)`, d.volumeSizeInGb, l.volumeSizeInGb, `The variant's storage volume differs from Terraform's. ${applied}`);
  out.compare('setting', `${subject}: inference AMI version`, d.inferenceAmiVersion, l.inferenceAmiVersion, `The variant's instances run another AMI than Terraform declares. ${applied}`);
  const dm = d.managedInstanceScaling;
  if (dm) {
    const lm = l.managedInstanceScaling ?? {};
    const meaning = `Managed instance scaling is set up otherwise than Terraform declares. ${applied}`;
    out.compare('setting', `${subject}: managed scaling status`, dm.status, lm.status, meaning);
    out.compare('setting', `${subject}: managed scaling minimum`, dm.minInstanceCount, lm.minInstanceCount, meaning);
    out.compare('setting', `${subject}: managed scaling maximum`, dm.maxInstanceCount, lm.maxInstanceCount, meaning);
  }
}

/**
 * Terraform sets a variant's starting count; autoscaling (managed instance scaling, or Application Auto Scaling
 * through a scalable target) moves the running count afterwards. A configuration whose count differs from
 * Terraform's is drift; a running count that differs from a matching configuration is expected and said neutrally.
 */
function compareCount(subject: string, d: DeclaredVariant, l: ConfigVariantView, running: VariantView | undefined, out: DriftCollector): void {
  const declared = d.initialInstanceCount;
  if (!declared) return;
  if (!declared.known) {
    out.notCompared.push(`${subject}: instance count`);
    return;
  }
  const current = running?.currentInstanceCount;
  if (l.initialInstanceCount !== undefined && l.initialInstanceCount !== declared.value) {
    const now = current !== undefined && current !== l.initialInstanceCount ? ` (${current} running now)` : '';
    out.add('instanceCount', `${subject}: instance count`, String(declared.value), `${l.initialInstanceCount}${now}`, 'The configuration the endpoint runs starts another number of instances than Terraform declares. Terraform would replace the configuration to change it.');
    return;
  }
  if (current === undefined || current === declared.value) return;
  const scaling = running?.managedInstanceScaling ?? l.managedInstanceScaling;
  const min = scaling?.minInstanceCount;
  const max = scaling?.maxInstanceCount;
  const managed = scaling?.status === 'ENABLED' && (min === undefined || current >= min) && (max === undefined || current <= max);
  const meaning = managed
    ? `Managed instance scaling set it${min !== undefined && max !== undefined ? ` (it keeps the variant between ${min} and ${max} instances)` : ''}. Terraform sets only the starting count, so this is expected, not drift.`
    : 'Changed while running, most likely by Application Auto Scaling (a scaling policy on this variant) or an UpdateEndpointWeightsAndCapacities call. Terraform sets only the starting count, so this is expected when the variant autoscales.';
  out.add('autoscaled', `${subject}: instance count`, String(declared.value), `${current} running`, meaning, true);
}

/** Serverless settings; true when one side is serverless and the other runs on instances (said in one row). */
function compareServerless(subject: string, d: DeclaredVariant, l: ConfigVariantView, out: DriftCollector): boolean {
  const applied = 'Terraform would replace the configuration to change it.';
  if (d.serverless && !l.serverless && l.instanceType !== undefined) {
    out.add('serverless', `${subject}: compute`, 'serverless', `instances (${l.instanceType})`, `Terraform declares a serverless variant; the live one runs on instances. ${applied}`);
    return true;
  }
  if (!d.serverless) {
    const type = knownValue(d.instanceType);
    if (!l.serverless || type === undefined) return false;
    out.add('serverless', `${subject}: compute`, `instances (${type})`, 'serverless', `Terraform declares an instance-based variant; the live one is serverless. ${applied}`);
    return true;
  }
  const ls = l.serverless ?? {};
  const meaning = `The variant's serverless settings differ from Terraform's. ${applied}`;
  out.compare('serverless', `${subject}: serverless memory (MB)`, d.serverless.memorySizeInMb, ls.memorySizeInMb, meaning);
  out.compare('serverless', `${subject}: serverless max concurrency`, d.serverless.maxConcurrency, ls.maxConcurrency, meaning);
  out.compare('serverless', `${subject}: serverless provisioned concurrency`, d.serverless.provisionedConcurrency, ls.provisionedConcurrency, meaning);
  return false;
}
