import type { Block } from '../../hcl/ast';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import { attribute, hasDynamic, variants } from '../tree/blocks';
import { hasInstanceStorage } from '../../schema';

// Whether a configuration's instances have local NVMe storage (schema/instanceFamilies.ts), for the rules about
// what that storage makes pointless: a volume size, a KMS key.

/** The variant's instance type when it is known and has local NVMe storage. */
export function instanceStorageType(variant: Block, scope: ModuleScope): string | undefined {
  const type = knownString(attribute(variant, 'instance_type'), scope);
  return type !== undefined && hasInstanceStorage(type) ? type : undefined;
}

/** True when the configuration has variants, all written out, and every one runs on a type with local NVMe storage. */
export function allOnInstanceStorage(config: Block, scope: ModuleScope): boolean {
  const all = variants(config);
  if (all.length === 0 || !all.every((v) => instanceStorageType(v, scope) !== undefined)) return false;
  return !hasDynamic(config, 'production_variants') && !hasDynamic(config, 'shadow_production_variants');
}
