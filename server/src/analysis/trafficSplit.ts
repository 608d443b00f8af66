import type { Block } from '../hcl/ast';
import { CONFIGURATION_TYPE } from '../schema';
import { isUnset } from './evaluation/presence';
import { resourceScope } from './evaluation/iterations';
import { knownNumber } from './evaluation/readers';
import { valueOf } from './evaluation/evaluate';
import type { ModuleScope } from './evaluation/scope';
import type { ResourceBlock } from './parsedFile';
import { attribute, blocks, hasDynamic, isIncomplete } from './tree/blocks';

// How a configuration splits traffic between its production variants: each one's initial_variant_weight (1 when not
// set or null) over the sum of all. Told only when every weight is known before plan: with a dynamic variant, a
// weight not known, a variant without model_name (its weight is not sent) or a block cut short, nothing.

export interface VariantShare {
  variant: Block;
  weight: number;
  /** weight / total; undefined when every weight is 0. */
  share: number | undefined;
}

const DEFAULT_WEIGHT = 1;

export function trafficSplit(resource: ResourceBlock, scope: ModuleScope): VariantShare[] | undefined {
  if (resource.type !== CONFIGURATION_TYPE || hasDynamic(resource.block, 'production_variants') || isIncomplete(resource.block)) return undefined;
  const inner = resourceScope(resource, scope);
  const variants = blocks(resource.block, 'production_variants');
  if (variants.length === 0) return undefined;
  const weights: number[] = [];
  for (const variant of variants) {
    // A reference (aws_sagemaker_model.m.name) is not known before plan, but only a model_name certainly unset
    // (inference components, where weights are not sent) leaves the split untold.
    if (isIncomplete(variant) || isUnset(variant, 'model_name', inner)) return undefined;
    const attr = attribute(variant, 'initial_variant_weight');
    const weight = !attr || valueOf(attr, inner).kind === 'null' ? DEFAULT_WEIGHT : knownNumber(attr, inner);
    if (weight === undefined || !Number.isFinite(weight) || weight < 0) return undefined;
    weights.push(weight);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return variants.map((variant, i) => ({ variant, weight: weights[i], share: total > 0 ? weights[i] / total : undefined }));
}

/** "45%" (one decimal when needed: "33.3%"). */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** The variant's line for hover and outline, e.g. "45% of traffic (weight 0.9 of 2)". */
export function describeShare(entry: VariantShare, all: readonly VariantShare[]): string {
  const total = all.reduce((a, b) => a + b.weight, 0);
  if (entry.share === undefined) return 'no traffic (every weight is 0)';
  return `${formatShare(entry.share)} of traffic (weight ${entry.weight} of ${Math.round(total * 1e6) / 1e6})`;
}
