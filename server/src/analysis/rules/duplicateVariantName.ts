import { Codes } from '../diagnosticCodes';
import { attribute, CONFIG, literalString, variants } from './helpers';
import type { FileRule, RuleReport } from './types';

// API-NAME-2: variant names, production and shadow together, are unique within a configuration.
export const duplicateVariantName: FileRule = {
  scope: 'file',
  code: Codes.duplicateVariantName,
  resourceTypes: [CONFIG],
  check({ resource }) {
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    for (const variant of variants(resource.block)) {
      const attr = attribute(variant, 'variant_name');
      const name = literalString(attr);
      if (attr === undefined || name === undefined) continue;
      if (seen.has(name)) out.push({ span: attr.name, message: `The variant name "${name}" is already used in this configuration; variant names must be unique.` });
      seen.add(name);
    }
    return out;
  },
};
