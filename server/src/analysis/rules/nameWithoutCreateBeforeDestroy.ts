import { Codes } from '../diagnosticCodes';
import { attribute, blocks, CONFIG, configDocs, literalString, value } from './helpers';
import type { FileRule } from './types';

// EC-FN-1: every change to an endpoint configuration replaces it. With a fixed name the replacement cannot be
// created before the old one is destroyed, and the endpoint still uses the old one.
export const nameWithoutCreateBeforeDestroy: FileRule = {
  scope: 'file',
  code: Codes.nameWithoutCreateBeforeDestroy,
  severity: 'warning',
  docs: configDocs('name_prefix'),
  resourceTypes: [CONFIG],
  check({ resource }) {
    const name = attribute(resource.block, 'name');
    if (literalString(name) === undefined || !name) return [];
    const safe = blocks(resource.block, 'lifecycle').some((l) => {
      const v = value(attribute(l, 'create_before_destroy'));
      return v.kind !== 'bool' || v.value; // anything but a literal false is given the benefit of the doubt
    });
    if (safe) return [];
    return [{ span: name.name, message: 'Any change replaces an endpoint configuration, and a fixed name cannot be replaced while the endpoint uses it. Use name_prefix with lifecycle { create_before_destroy = true }.' }];
  },
};
