import { settle } from '../../hcl';
import { Codes, severityOf } from '../diagnosticCodes';
import type { ParsedFile } from '../parsedFile';
import { headerSpan } from '../tree/blocks';
import type { Finding } from './finding';

/** Resource addresses must be unique across all files of a module; the first declaration (by file, then position) wins. */
export function duplicateResources(files: readonly ParsedFile[]): Map<string, Finding[]> {
  // Keyed by type, then name: building a "type.name" string per resource costs more than the whole check.
  const first = new Map<string, Map<string, { file: ParsedFile; offset: number }>>();
  const out = new Map<string, Finding[]>();
  for (const file of [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    for (const resource of file.resources) {
      let ofType = first.get(resource.type);
      if (!ofType) first.set(resource.type, (ofType = new Map()));
      const earlier = ofType.get(resource.name);
      if (!earlier) {
        ofType.set(resource.name, { file, offset: resource.block.start });
        continue;
      }
      const address = `${resource.type}.${resource.name}`;
      // Lines are looked up only for duplicates: a position lookup per resource shows in large files.
      const line = earlier.file.positionAt(earlier.offset).line + 1;
      const where = `${earlier.file === file ? 'line' : `${basename(earlier.file.uri)}, line`} ${line}`;
      const findings = out.get(file.uri) ?? [];
      settle(resource.block);
      findings.push({
        span: headerSpan(resource.block),
        code: Codes.duplicateResource,
        severity: severityOf(Codes.duplicateResource),
        message: `${address} is already declared (${where}); resource addresses must be unique in a module.`,
        docs: resource.schema.docsUrl,
      });
      out.set(file.uri, findings);
    }
  }
  return out;
}

function basename(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
