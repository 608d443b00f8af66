import type { Span } from '../../hcl/ast';
import { detached } from '../../hcl/detached';
import type { Finding } from './finding';

// Findings kept from the start of their block, so a block found again at another place gets them at its new place.

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

/**
 * `f` from the block's start `start`, to keep: its texts are copied out of the document's (a message or an edit may
 * quote it), so a finding kept for later versions keeps no earlier text alive (hcl/detached.ts).
 */
function keptFrom(f: Finding, start: number): Finding {
  const kept = placed(f, -start);
  kept.message = detached(kept.message);
  if (kept.fixes) kept.fixes = kept.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, newText: detached(e.newText) })) }));
  return kept;
}

/** One block's findings kept for later versions: from its start, and as last placed, since most blocks do not move. */
export class KeptFindings {
  private readonly relative: readonly Finding[];
  private placed: readonly Finding[];
  /** The block's start `placed` is for. */
  private placedFor: number;

  private constructor(findings: readonly Finding[], start: number) {
    this.relative = findings.map((f) => keptFrom(f, start));
    // Placed where they are now as they are: a span that is a node of the block moves only with the block.
    this.placed = findings;
    this.placedFor = start;
  }

  /** `findings`, made for the block `block` where it is now; undefined when one of them is about another place. */
  static of(findings: readonly Finding[], block: Span): KeptFindings | undefined {
    return findings.every((f) => isInside(f, block.start, block.end)) ? new KeptFindings(findings, block.start) : undefined;
  }

  /** The findings of the block now starting at `start`. */
  findingsAt(start: number): readonly Finding[] {
    if (this.placedFor !== start) {
      this.placed = this.relative.map((f) => placed(f, start));
      this.placedFor = start;
    }
    return this.placed;
  }
}
