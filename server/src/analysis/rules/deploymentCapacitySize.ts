import type { Block } from '../../hcl/ast';
import { Codes } from '../diagnosticCodes';
import { attribute, blocks, hasDynamic } from '../tree/blocks';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import { knownNumber, knownString } from '../evaluation/readers';
import { BlockFact } from './blockFact';
import { configurationFacts, targetFact } from './configurationTargets';
import { capacitySizes, type CapacitySizeName } from './deploymentConfig';
import type { ModuleRule, RuleReport } from './types';

// API-DEP-1: canary_size is at most 50 % of the variant's instances, linear_step_size 10–50 %, a rolling
// maximum_batch_size 5–50 %. CAPACITY_PERCENT values are judged directly; INSTANCE_COUNT values against the literal
// initial_instance_count of the target configuration (endpoint_config_name = aws_sagemaker_endpoint_configuration.X.name or .id)
// when it has exactly one production variant written out with a literal count.
const LIMITS: Record<CapacitySizeName, { min: number; max: number }> = {
  canary_size: { min: 0, max: 50 },
  linear_step_size: { min: 10, max: 50 },
  maximum_batch_size: { min: 5, max: 50 },
};

/** The literal instance count of a configuration with exactly one production variant written out. */
const instances = new BlockFact(({ block }, scope): number | undefined => {
  if (hasDynamic(block, 'production_variants')) return undefined;
  const variants = blocks(block, 'production_variants');
  if (variants.length !== 1) return undefined;
  return knownNumber(attribute(variants[0], 'initial_instance_count'), scope);
});

/** The instance count of each configuration, by resource name. */
type Counts = Map<string, (number | undefined)[]>;

function instanceCount(counts: () => Counts, endpoint: Block): number | undefined {
  return targetFact(counts(), endpoint)?.fact;
}

export const deploymentCapacitySize: ModuleRule<Counts> = {
  scope: 'module',
  code: Codes.deploymentCapacitySize,
  resourceTypes: [ENDPOINT_TYPE],
  index: ({ files, scope }) => configurationFacts(files, (config) => instances.of(config, scope)),
  contribution: (d, file, scope) => (d.type === CONFIGURATION_TYPE ? JSON.stringify([d.name, instances.of({ ...d, file }, scope) ?? null]) : ''),
  // Of the other blocks, check reads the instance count of the configuration, for a size given in instances.
  inputs(resource, counts, scope) {
    const inInstances = capacitySizes(resource.block).some(({ block }) => knownString(attribute(block, 'type'), scope) === 'INSTANCE_COUNT');
    return inInstances ? String(instanceCount(counts, resource.block)) : '';
  },
  check(resource, counts, scope) {
    const out: RuleReport[] = [];
    let count: number | undefined | null = null; // null: not looked up yet
    for (const { name, block } of capacitySizes(resource.block)) {
      const type = knownString(attribute(block, 'type'), scope);
      const valueAttr = attribute(block, 'value');
      const value = knownNumber(valueAttr, scope);
      if (!valueAttr || value === undefined) continue;
      const { min, max } = LIMITS[name];
      let percent: number | undefined;
      let what = `${value} %`;
      if (type === 'CAPACITY_PERCENT') percent = value;
      else if (type === 'INSTANCE_COUNT') {
        if (count === null) count = instanceCount(counts, resource.block);
        if (count === undefined || count <= 0) continue;
        percent = (value / count) * 100;
        what = `${value} of ${count} instances (${Math.round(percent)} %)`;
      }
      if (percent === undefined || (percent >= min && percent <= max)) continue;
      const range = min > 0 ? `between ${min} % and ${max} %` : `at most ${max} %`;
      out.push({ span: valueAttr.name, message: `${name} must be ${range} of the variant's instances; ${what} is not.` });
    }
    return out;
  },
};
