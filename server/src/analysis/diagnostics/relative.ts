import type { Span } from '../../hcl/ast';
import { detached } from '../../hcl/detached';
import type { Finding } from './finding';

// Findings kept from the start of their block, so a block found again at another place gets them at its new place.
// Placed on a block node, their spans are read from the node's start: the incremental parse moves an unchanged block's
// node in place (hcl/incremental.ts), and its findings move with it, with no copy per edit.

/** Only the block's own text decides a finding that stays inside it, with no related places and no edits elsewhere. */
function isInside(f: Finding, start: number, end: number): boolean {
  if (f.related?.length) return false;
  const inside = (s: Span) => s.start >= start && s.end <= end;
  return inside(f.span) && (f.fixes ?? []).every((fix) => fix.edits.every((e) => e.file === undefined && inside(e.span)));
}

/** A copy of `f` with each of its spans (its own and its fixes' edits') made by `span`, and its texts by `text`. */
function copied(f: Finding, span: (s: Span) => Span, text: (t: string) => string = (t) => t): Finding {
  const copy: Finding = { ...f, span: span(f.span), message: text(f.message) };
  if (f.fixes) copy.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: span(e.span), newText: text(e.newText) })) }));
  return copy;
}

/** The span `from`..`to` past the start of `block`, wherever the block is now. */
function anchored(block: Span, from: number, to: number): Span {
  return {
    get start() {
      return block.start + from;
    },
    get end() {
      return block.start + to;
    },
  };
}

/**
 * `f` from the block's start `start`, to keep: fresh span objects (the tree's nodes are never shared), and its texts
 * copied out of the document's (a message or an edit may quote it), so a finding kept for later versions keeps no
 * earlier text alive (hcl/detached.ts).
 */
function keptFrom(f: Finding, start: number): Finding {
  return copied(f, (s) => ({ start: s.start - start, end: s.end - start }), detached);
}

/** A kept (relative) finding, placed on `block`. */
function anchoredOn(f: Finding, block: Span): Finding {
  return copied(f, (s) => anchored(block, s.start, s.end));
}

/** One block's findings kept for later versions: from its start, and as last placed. */
export class KeptFindings {
  private readonly relative: readonly Finding[];
  private placed: readonly Finding[];
  /** Until `placed` is anchored: the block's start the findings were made at. */
  private readonly madeAt: number;
  /** The block node `placed` is anchored on (its spans follow the node's start). */
  private anchoredTo: Span | undefined;

  private constructor(findings: readonly Finding[], start: number) {
    this.relative = findings.map((f) => keptFrom(f, start));
    // As made, while the block is where they were made (a span that is not a node of the block does not move).
    this.placed = findings;
    this.madeAt = start;
  }

  /** `findings`, made for the block `block` where it is now; undefined when one of them is about another place. */
  static of(findings: readonly Finding[], block: Span): KeptFindings | undefined {
    return findings.every((f) => isInside(f, block.start, block.end)) ? new KeptFindings(findings, block.start) : undefined;
  }

  /** The findings of `block` (the node they were made for, or one with the same text) where it is now. */
  findingsOf(block: Span): readonly Finding[] {
    if (this.anchoredTo === block || (this.anchoredTo === undefined && this.madeAt === block.start)) return this.placed;
    this.placed = this.relative.map((f) => anchoredOn(f, block));
    this.anchoredTo = block;
    return this.placed;
  }
}
