import { getResourceSchema } from '../../schema';
import { CONFIGURATION_TYPE } from '../../schema';

// The arguments an instance-based variant needs and a serverless one must not set, as the schema flags them
// (`instanceCapacity`), for the two rules that judge serverless against instance-based variants.

const config = getResourceSchema(CONFIGURATION_TYPE)!;

/** Flagged argument names of production and shadow variants, in schema order. */
export const INSTANCE_CAPACITY: readonly string[] = [
  ...new Set(
    ['production_variants', 'shadow_production_variants'].flatMap((kind) =>
      Object.entries(config.body.blocks[kind].body.attributes)
        .filter(([, schema]) => schema.instanceCapacity)
        .map(([name]) => name),
    ),
  ),
];
