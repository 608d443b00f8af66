import { ParsedFile } from '../../../../server/src/analysis/parsedFile';

/** A file from `source` with the cursor at `|` (removed), plus its offset. */
export function withCursor(uri: string, source: string): { file: ParsedFile; offset: number } {
  const offset = source.indexOf('|');
  if (offset < 0) throw new Error('no cursor');
  return { file: new ParsedFile(uri, source.slice(0, offset) + source.slice(offset + 1), 1), offset };
}

export const file = (uri: string, text: string) => new ParsedFile(uri, text, 1);
