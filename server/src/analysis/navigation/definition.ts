import type { LocationLink } from 'vscode-languageserver-types';
import type { ParsedFile } from '../parsedFile';
import { headerSpan } from '../tree/blocks';
import { findDeclaration, referenceAt } from './resourceReferences';

/**
 * Go to definition: from a `<type>.<name>` traversal (cursor anywhere on it, indexes included) to the
 * `resource "type" "name"` block of the module that declares it. Null when the traversal names no declared resource.
 */
export function definition(file: ParsedFile, offset: number, module: readonly ParsedFile[]): LocationLink[] | null {
  const reference = referenceAt(file, offset);
  if (!reference) return null;
  const found = findDeclaration(module, reference.type, reference.name);
  if (!found) return null;
  const { declaration, file: target } = found;
  return [
    {
      originSelectionRange: file.range(reference.address),
      targetUri: target.uri,
      targetRange: target.range(declaration.block),
      targetSelectionRange: target.range(headerSpan(declaration.block)),
    },
  ];
}
