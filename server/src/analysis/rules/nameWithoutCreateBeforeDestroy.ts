import { Codes } from '../diagnosticCodes';
import { attribute, blocks } from '../tree/blocks';
import { CONFIGURATION_TYPE } from '../../schema';
import { valueOf } from '../evaluation/evaluate';
import { knownString } from '../evaluation/readers';
import type { ModuleScope } from '../evaluation/scope';
import type { Attribute, Block } from '../../hcl/ast';
import { combined, insertion, replacement } from '../fixes/edits';
import type { Fix } from '../fixes/types';
import type { FileRule } from './types';

// EC-FN-1: every change to an endpoint configuration replaces it. With a fixed name the replacement cannot be
// created before the old one is destroyed, and the endpoint still uses the old one.
export const nameWithoutCreateBeforeDestroy: FileRule = {
  scope: 'file',
  code: Codes.nameWithoutCreateBeforeDestroy,
  resourceTypes: [CONFIGURATION_TYPE],
  check({ file, resource, scope }) {
    const name = attribute(resource.block, 'name');
    if (knownString(name, scope) === undefined || !name) return [];
    const safe = blocks(resource.block, 'lifecycle').some((l) => {
      const setting = attribute(l, 'create_before_destroy');
      if (!setting) return false;
      const v = valueOf(setting, scope);
      return v.kind !== 'bool' || v.value; // set to anything but a literal false: given the benefit of the doubt
    });
    if (safe) return [];
    return [{ span: name.name, message: 'Any change replaces an endpoint configuration, and a fixed name cannot be replaced while the endpoint uses it. Use name_prefix with lifecycle { create_before_destroy = true }.', fixes: [switchToPrefix(file.text, resource.block, name, scope)] }];
  },
};

/**
 * `name = "x"` becomes `name_prefix = "x-"` (trimmed to the prefix limit of 37), and the resource gets
 * `create_before_destroy = true`: in its lifecycle block if it has one, else in a new one.
 */
function switchToPrefix(text: string, block: Block, name: Attribute, scope: ModuleScope): Fix {
  const literal = knownString(name, scope) ?? '';
  const prefix = `${literal.slice(0, 36).replace(/-+$/, '')}-`;
  const lifecycle = blocks(block, 'lifecycle')[0];
  const add = lifecycle
    ? insertion(text, lifecycle, () => 'create_before_destroy = true', '', false)
    : insertion(text, block, (indent) => `lifecycle {\n${indent}  create_before_destroy = true\n${indent}}`, '', false);
  return combined('Use name_prefix with create_before_destroy', [replacement(name, `name_prefix = "${prefix}"`, ''), add], true);
}
