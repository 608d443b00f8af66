import type { Block } from '../../hcl/ast';
import { blocks } from '../tree/blocks';

// One reader of an endpoint's `deployment_config` for the rules that judge its steps. Like every rule reader it
// returns static blocks only: a `dynamic` block stands for blocks with unknown contents.

/** The step-size block each traffic routing type uses; `ALL_AT_ONCE` uses none. */
export const STEP_SIZE_FOR: Readonly<Record<string, 'canary_size' | 'linear_step_size'>> = { CANARY: 'canary_size', LINEAR: 'linear_step_size' };

export type CapacitySizeName = 'canary_size' | 'linear_step_size' | 'maximum_batch_size';

/** The `traffic_routing_configuration` blocks of the endpoint's blue/green update policies. */
export function trafficRoutings(endpoint: Block): Block[] {
  const out: Block[] = [];
  for (const deployment of blocks(endpoint, 'deployment_config')) {
    for (const policy of blocks(deployment, 'blue_green_update_policy')) out.push(...blocks(policy, 'traffic_routing_configuration'));
  }
  return out;
}

/** The capacity sizes of the endpoint's deployment steps: canary and linear traffic steps, then rolling batches. */
export function capacitySizes(endpoint: Block): { name: CapacitySizeName; block: Block }[] {
  const out: { name: CapacitySizeName; block: Block }[] = [];
  for (const routing of trafficRoutings(endpoint)) {
    for (const name of Object.values(STEP_SIZE_FOR)) for (const block of blocks(routing, name)) out.push({ name, block });
  }
  for (const deployment of blocks(endpoint, 'deployment_config')) {
    for (const policy of blocks(deployment, 'rolling_update_policy')) {
      for (const block of blocks(policy, 'maximum_batch_size')) out.push({ name: 'maximum_batch_size', block });
    }
  }
  return out;
}
