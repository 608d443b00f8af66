import { settle } from '../../hcl';
import type { Block, Body, Span } from '../../hcl/ast';
import type { ParsedFile } from '../parsedFile';
import { blankLineStart } from '../whitespace';

// Where the parser had to recover from a missing `}`. One missing brace leaves the outermost block around it
// unclosed, holding everything after the gap down to the end of the file: arguments and blocks that belong to the
// blocks further out, or to the next resources, then read as misplaced. The syntax error alone is the message there;
// schema findings in that region are held back. The gap is where the layout says a line left the block it seems to
// be in: the first line of the unclosed block that is indented no deeper than the header of the block holding it.
// Everything before it is judged as usual, so a block being typed at the end of the file keeps its findings.

const regions = new WeakMap<ParsedFile, readonly Span[]>();

/** The regions of the file whose findings (other than syntax errors) are held back. */
export function recoveryRegions(file: ParsedFile): readonly Span[] {
  let found = regions.get(file);
  if (!found) regions.set(file, (found = compute(file)));
  return found;
}

export function inRegions(regionList: readonly Span[], span: Span): boolean {
  return regionList.some((r) => span.start >= r.start && span.start <= r.end);
}

function compute(file: ParsedFile): Span[] {
  const out: Span[] = [];
  for (const item of file.topLevel.body.items) {
    if (item.kind !== 'Block' || item.closeBrace !== undefined) continue;
    settle(item);
    const gap = firstOutdented(file.text, item);
    if (gap !== undefined) out.push({ start: gap, end: Math.max(item.end, file.text.length) });
  }
  return out;
}

/** Leading blanks of the line holding `offset`. */
function indentOf(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let i = start;
  while (i < offset && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - start;
}

/** The start of the first item (any depth, in document order) on a line of its own indented no deeper than its block's header. */
function firstOutdented(text: string, root: Block): number | undefined {
  // An explicit stack: nesting depth is the document's to choose.
  const stack: { body: Body; indent: number; next: number }[] = [{ body: root.body, indent: indentOf(text, root.start), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.body.items.length) {
      stack.pop();
      continue;
    }
    const item = top.body.items[top.next++];
    const lineStart = blankLineStart(text, item.start);
    if (lineStart !== undefined && item.start - lineStart <= top.indent) return item.start;
    if (item.kind === 'Block') stack.push({ body: item.body, indent: indentOf(text, item.start), next: 0 });
  }
  return undefined;
}
