import { settle } from '../../hcl';
import { Codes } from '../diagnosticCodes';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { headerSpan } from '../tree/blocks';
import { CONFIGURATION_TYPE, ENDPOINT_TYPE } from '../../schema';
import type { ModuleRule } from './types';

// Resource addresses must be unique across all files of a module (Terraform: "Duplicate resource configuration");
// the first declaration, by file name and then position, stands, and each later one is reported.

/** Where each address is first declared: the file (the first by URI) and how often that file declares it. */
type Firsts = Map<string, Map<string, { uri: string; count: number }>>;

function byUri(files: readonly ParsedFile[]): ParsedFile[] {
  return [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

function firsts(files: readonly ParsedFile[]): Firsts {
  // Keyed by type, then name: building a "type.name" string per resource costs more than the whole check.
  const out: Firsts = new Map();
  for (const file of byUri(files)) {
    for (const { type, name } of file.resources) {
      let ofType = out.get(type);
      if (!ofType) out.set(type, (ofType = new Map()));
      const first = ofType.get(name);
      if (!first) ofType.set(name, { uri: file.uri, count: 1 });
      else if (first.uri === file.uri) first.count++;
    }
  }
  return out;
}

/** The declaration of the address of `resource` that stands, when it is not `resource` itself. */
function standing(resource: ResourceBlock, files: readonly ParsedFile[]): ResourceBlock | undefined {
  for (const file of byUri(files)) {
    for (const r of file.resources) if (r.type === resource.type && r.name === resource.name) return r.block === resource.block ? undefined : r;
  }
  return undefined;
}

/** Whether the index shows the address of `resource` declared once only, by its own file. */
function once(resource: ResourceBlock, index: () => Firsts): boolean {
  const first = index().get(resource.type)?.get(resource.name);
  return first?.uri === resource.file.uri && first.count === 1;
}

function basename(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export const duplicateResource: ModuleRule<Firsts> = {
  scope: 'module',
  code: Codes.duplicateResource,
  resourceTypes: [ENDPOINT_TYPE, CONFIGURATION_TYPE],
  index: ({ files }) => firsts(files),
  contribution: (d) => (d.type === ENDPOINT_TYPE || d.type === CONFIGURATION_TYPE ? `${d.type}.${d.name}` : ''),
  // Of the other blocks: whether the address is declared once, in this file; otherwise check looks.
  inputs: (resource, index) => (once(resource, index) ? '' : 'again'),
  check(resource, index, _scope, { files }) {
    const earlier = once(resource, index) ? undefined : standing(resource, files);
    if (!earlier) return [];
    // Lines are looked up only for duplicates: a position lookup per resource shows in large files.
    const line = earlier.file.positionAt(earlier.block.start).line + 1;
    const where = `${earlier.file === resource.file ? 'line' : `${basename(earlier.file.uri)}, line`} ${line}`;
    // The earlier one's place makes the finding one about another place: it is checked again each time, as that moves.
    settle(earlier.block);
    return [
      {
        span: headerSpan(resource.block),
        message: `${resource.type}.${resource.name} is already declared (${where}); resource addresses must be unique in a module.`,
        related: [{ file: earlier.file, span: headerSpan(earlier.block), message: 'The declaration that stands' }],
      },
    ];
  },
};
