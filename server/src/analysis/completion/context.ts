import type { Block, Span } from '../../hcl/ast';
import type { AttributeSchema } from '../../schema/types';
import { contextOf, type BodyContext } from '../bodyContext';
import type { ParsedFile, ResourceBlock } from '../parsedFile';
import { enclosingBlocks } from '../tree/positions';

// Where the cursor is, in terms completion cares about. The tree gives the enclosing blocks (it survives broken
// input); the text of the current line gives what is being typed, which the tree cannot know yet. The line is
// document text of any length, so every pattern here is anchored at its start and matches in time linear in it.

export type CompletionContext =
  | { kind: 'resourceType'; replace: Span; quoted: boolean }
  | { kind: 'topLevel'; replace: Span }
  | { kind: 'body'; resource: ResourceBlock; context: BodyContext & { kind: 'schema' }; block: Block; replace: Span }
  | {
      kind: 'value';
      resource: ResourceBlock;
      name: string;
      attribute: AttributeSchema;
      /** The cursor is inside an open string: insert bare text. */
      inString: boolean;
      replace: Span;
    }
  | { kind: 'none' };

const NONE: CompletionContext = { kind: 'none' };

/**
 * `name = rest`. The `(?!\s)` makes the blanks after `=` go whole: without it, when the rest holds a line separator
 * (`\r`, U+2028), each blank was handed back to `.*` in turn, quadratic in the line (17 s for 200,000 characters).
 */
export const ASSIGNMENT = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?!\s)(.*)$/;

export function completionContext(file: ParsedFile, offset: number): CompletionContext {
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const chain = enclosingBlocks(file.syntax.body, offset);

  if (chain.length === 0) {
    const quoted = /^\s*resource\s+"([\w-]*)$/.exec(line);
    if (quoted) return { kind: 'resourceType', replace: { start: offset - quoted[1].length, end: offset }, quoted: true };
    const bare = /^\s*resource\s+([\w-]*)$/.exec(line);
    if (bare) return { kind: 'resourceType', replace: { start: offset - bare[1].length, end: offset }, quoted: false };
    const word = /^\s*([\w-]*)$/.exec(line);
    if (word) return { kind: 'topLevel', replace: { start: offset - word[1].length, end: offset } };
    return NONE;
  }

  const resource = file.resources.find((r) => r.block === chain[0]);
  if (!resource) return NONE;
  const context = contextOf(resource.schema, chain);
  if (context.kind !== 'schema') return NONE;
  const block = chain[chain.length - 1];

  const name = /^\s*([A-Za-z_][\w-]*)?$/.exec(line);
  if (name) {
    const typed = name[1] ?? '';
    return { kind: 'body', resource, context, block, replace: { start: offset - typed.length, end: offset } };
  }
  const assignment = ASSIGNMENT.exec(line);
  if (!assignment) return NONE;
  const attribute = context.body.attributes[assignment[1]];
  if (!attribute || attribute.readOnly) return NONE;
  const rest = assignment[2];
  const value = (inString: boolean, typed: string): CompletionContext => ({
    kind: 'value',
    resource,
    name: assignment[1],
    attribute,
    inString,
    replace: { start: offset - typed.length, end: offset },
  });
  // Inside a list, the element being typed is the text after `[` or the last `,`.
  const element = /^\[(?:\s*"[^"\\]*"\s*,)*\s*("?)([^",\][\s]*)$/.exec(rest);
  if (element) return value(element[1] === '"', element[2]);
  const inString = /^"([^"\\$]*)$/.exec(rest);
  if (inString) return value(true, inString[1]);
  const bare = /^([\w.\-[\]]*)$/.exec(rest);
  if (bare) return value(false, bare[1]);
  return NONE;
}
