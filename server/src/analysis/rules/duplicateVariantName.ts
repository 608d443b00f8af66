import { Codes } from '../diagnosticCodes';
import { attribute, variants } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { knownString } from '../evaluation/readers';
import type { FileRule, RuleReport } from './types';

// API-NAME-2: variant names, production and shadow together, are unique within a configuration.
export const duplicateVariantName: FileRule = {
  scope: 'file',
  code: Codes.duplicateVariantName,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ resource, scope }) {
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    for (const variant of variants(resource.block)) {
      const attr = attribute(variant, 'variant_name');
      const name = knownString(attr, scope);
      if (attr === undefined || name === undefined) continue;
      if (seen.has(name)) out.push({ span: attr.name, message: `The variant name "${name}" is already used in this configuration; variant names must be unique.` });
      seen.add(name);
    }
    return out;
  },
};
