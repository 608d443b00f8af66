import type { Location } from 'vscode-languageserver-types';
import type { ParsedFile } from '../parsedFile';
import { headerSpan } from '../tree/blocks';
import { findDeclaration, resourceAt, resourceReferences } from './resourceReferences';

/**
 * Find references: from a resource's declaration header or any reference to it, every `<type>.<name>` traversal
 * of the module naming it (the declaration first when `includeDeclaration`). Files in module order, then document order.
 */
export function references(file: ParsedFile, offset: number, module: readonly ParsedFile[], includeDeclaration: boolean): Location[] {
  const target = resourceAt(file, offset, module);
  if (!target) return [];
  const locations: Location[] = [];
  if (includeDeclaration) {
    const found = findDeclaration(module, target.type, target.name);
    if (found) locations.push({ uri: found.file.uri, range: found.file.range(headerSpan(found.declaration.block)) });
  }
  for (const each of module) {
    for (const reference of resourceReferences(each)) {
      if (reference.type === target.type && reference.name === target.name) {
        locations.push({ uri: each.uri, range: each.range(reference.address) });
      }
    }
  }
  return locations;
}
