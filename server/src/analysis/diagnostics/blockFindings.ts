import type { Span } from '../../hcl/ast';
import type { ResourceBlock } from '../parsedFile';
import type { Finding } from './finding';

// The findings of one resource block, kept by the block's text: an edit elsewhere in the file (or one that only moves
// the block) finds them again instead of checking the block anew. They hold offsets from the block's start, so a
// block that moved gets them at its new place. What depends on more than the block's text (the module's scope, the
// provider version, the rule options) is the cache's context: when it changes, nothing is reused.

/** One block's findings, from its start: the schema checks' and the file rules', kept apart for their order. */
export interface BlockEntry {
  structure: Finding[];
  rules: Finding[];
}

export interface BlockContext {
  scope: object;
  provider: object | undefined;
  options: object;
}

/** A block with no finding, the usual case: one shared entry (nothing in it is ever changed). */
const NOTHING: BlockEntry = Object.freeze({ structure: Object.freeze([]) as unknown as Finding[], rules: Object.freeze([]) as unknown as Finding[] });

/** The blocks of one version of a file; the next version looks its blocks up here and keeps only its own. */
export class BlockFindings {
  private readonly entries = new Map<string, BlockEntry>();

  constructor(readonly context: BlockContext) {}

  /** Whether this cache was filled in `context` (the same scope, provider and options objects). */
  matches(context: BlockContext): boolean {
    return this.context.scope === context.scope && this.context.provider === context.provider && this.context.options === context.options;
  }

  /** The findings of `resource` at its place now, if a block of the same text was checked. */
  get(resource: ResourceBlock): BlockEntry | undefined {
    const entry = this.entries.get(textOf(resource));
    if (!entry || entry === NOTHING) return entry;
    const base = resource.block.start;
    return { structure: entry.structure.map((f) => placed(f, base)), rules: entry.rules.map((f) => placed(f, base)) };
  }

  /** Keeps `resource`'s findings, unless one of them is about another place (then they are worked out each time). */
  set(resource: ResourceBlock, entry: BlockEntry): void {
    const { start, end } = resource.block;
    if (entry.structure.length === 0 && entry.rules.length === 0) {
      this.entries.set(textOf(resource), NOTHING);
      return;
    }
    if (![...entry.structure, ...entry.rules].every((f) => isInside(f, start, end))) return;
    this.entries.set(textOf(resource), { structure: entry.structure.map((f) => placed(f, -start)), rules: entry.rules.map((f) => placed(f, -start)) });
  }
}

function textOf(resource: ResourceBlock): string {
  return resource.file.text.slice(resource.block.start, resource.block.end);
}

/** Only the block's own text decides a finding that stays inside it, with no related places and no edits elsewhere. */
function isInside(f: Finding, start: number, end: number): boolean {
  if (f.related?.length) return false;
  const inside = (s: Span) => s.start >= start && s.end <= end;
  return inside(f.span) && (f.fixes ?? []).every((fix) => fix.edits.every((e) => e.file === undefined && inside(e.span)));
}

/** A copy of `f` with every offset moved by `delta` (fresh span objects: the tree's nodes are never shared). */
function placed(f: Finding, delta: number): Finding {
  const moved: Finding = { ...f, span: { start: f.span.start + delta, end: f.span.end + delta } };
  if (f.fixes) moved.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: { start: e.span.start + delta, end: e.span.end + delta } })) }));
  return moved;
}
