import type { Span } from '../../hcl/ast';
import { detached } from '../../hcl/detached';
import type { Finding } from './finding';

// Findings kept from the start of their block, so a block found again at another place gets them at its new place.

/** Only the block's own text decides a finding that stays inside it, with no related places and no edits elsewhere. */
export function isInside(f: Finding, start: number, end: number): boolean {
  if (f.related?.length) return false;
  const inside = (s: Span) => s.start >= start && s.end <= end;
  return inside(f.span) && (f.fixes ?? []).every((fix) => fix.edits.every((e) => e.file === undefined && inside(e.span)));
}

/** A copy of `f` with every offset moved by `delta` (fresh span objects: the tree's nodes are never shared). */
export function placed(f: Finding, delta: number): Finding {
  const moved: Finding = { ...f, span: { start: f.span.start + delta, end: f.span.end + delta } };
  if (f.fixes) moved.fixes = f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, span: { start: e.span.start + delta, end: e.span.end + delta } })) }));
  return moved;
}

/**
 * `f` from the block's start `start`, to keep: its texts are copied out of the document's (a message or an edit may
 * quote it), so a finding kept for later versions keeps no earlier text alive (hcl/detached.ts).
 */
export function keptFrom(f: Finding, start: number): Finding {
  const kept = placed(f, -start);
  kept.message = detached(kept.message);
  if (kept.fixes) kept.fixes = kept.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, newText: detached(e.newText) })) }));
  return kept;
}
