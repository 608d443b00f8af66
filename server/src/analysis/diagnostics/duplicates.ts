import { Codes } from '../diagnosticCodes';
import type { ParsedFile } from '../parsedFile';
import { headerSpan } from '../syntaxHelpers';
import type { Finding } from './finding';

/** Resource addresses must be unique across all files of a module; the first declaration (by file, then position) wins. */
export function duplicateResources(files: readonly ParsedFile[]): Map<string, Finding[]> {
  const first = new Map<string, { file: ParsedFile; line: number }>();
  const out = new Map<string, Finding[]>();
  for (const file of [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    for (const resource of file.resources) {
      const address = `${resource.type}.${resource.name}`;
      const earlier = first.get(address);
      if (!earlier) {
        first.set(address, { file, line: file.document.positionAt(resource.block.start).line + 1 });
        continue;
      }
      const where = `${earlier.file === file ? 'line' : `${basename(earlier.file.uri)}, line`} ${earlier.line}`;
      const findings = out.get(file.uri) ?? [];
      findings.push({
        span: headerSpan(resource.block),
        code: Codes.duplicateResource,
        severity: 'error',
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
