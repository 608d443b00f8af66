// An incremental parse: the previous version's syntax tree reused around an edit. Only the top-level items from one
// item before the edit until the parser is back in step with the old tree (an item starting, first on an unchanged
// line, where an old item started) are parsed again; the items after it are the old ones, moved by the edit's length
// in place (copying them cost as much as parsing them): the previous tree is taken over and must not be used again.
// The result is the tree and errors a full parse gives (a test compares them over fixtures and random edits); where
// that cannot be ensured cheaply (many errors, no safe place to restart) the caller parses in full.
//
// A top-level resource block is moved lazily: its own offsets at once, the nodes below it by settle() when something
// reads them (a block the analysis finds again by its node is often never read below). Moving every node after a
// mid-file edit was a third of a keystroke in the 26,000-line file: 42,000 nodes scattered over the heap.

import type { Block, BodyItem, ParseResult, SyntaxError } from './ast';
import { walk, type Node } from './walk';
import { parseTopLevelUntil } from './body';
import { Cursor } from './cursor';
import { mergeErrors } from './errors';
import * as tokens from './tokens';

const T = { ...tokens };

/** Beyond this many errors the caps of the lexer and parser (1000 each) could make a partial parse differ. */
const MAX_REUSED_ERRORS = 200;
/** How many items before the edit a restart may look back for a line that starts with an item. */
const MAX_LOOKBACK = 4;

/** What two versions of a text share: its first `prefix` and last `suffix` characters (which do not overlap). */
export interface ChangedRegion {
  prefix: number;
  suffix: number;
}

export function changedRegion(oldText: string, text: string): ChangedRegion {
  const shortest = Math.min(oldText.length, text.length);
  const prefix = commonPrefix(oldText, text, shortest);
  return { prefix, suffix: commonSuffix(oldText, text, shortest - prefix) };
}

/**
 * The new version's parse, or undefined when the caller should parse it in full; either way `previous` is spent.
 * `region`: changedRegion(oldText, text), when the caller has it.
 */
export function reparse(previous: ParseResult, oldText: string, text: string, region?: ChangedRegion): ParseResult | undefined {
  if (previous.errors.length > MAX_REUSED_ERRORS) return undefined;
  const old = previous.body.items;
  if (old.length < 2) return undefined;
  const { prefix, suffix } = region ?? changedRegion(oldText, text);
  if (prefix === oldText.length && prefix === text.length) return previous;
  const delta = text.length - oldText.length;
  const unchangedFrom = text.length - suffix; // in the new text

  // Restart at the start of the line of an item that ends before the edit (its own parse cannot have looked at the
  // edited text), one item earlier than the first item the edit touches.
  let first = firstEndingAtOrAfter(old, prefix);
  let restart = 0;
  let kept = 0;
  for (let r = first - 1, tries = 0; r >= 0 && tries < MAX_LOOKBACK; r--, tries++) {
    const lineStart = startOfLine(oldText, old[r].start);
    if (lineStart < 0 || (r > 0 && old[r - 1].end > lineStart)) continue;
    // An error at the item's first token may be the earlier item's (its parse looked at the next token): whose it is
    // cannot be told, so the restart goes one item further back.
    if (previous.errors.some((e) => e.start >= lineStart && e.start <= old[r].start)) continue;
    restart = lineStart;
    kept = r;
    break;
  }
  if (restart === 0) kept = 0;
  first = kept;
  // HCL lexes a `/*` with no `*/` anywhere after it as a slash and a star; a `*/` the edit makes turns everything
  // from such a `/*` on into a comment, before the restart too.
  if (restart > 0 && makesCommentEnd(text, prefix, unchangedFrom) && hasUnclosedCommentStart(oldText, restart)) return undefined;

  const c = new Cursor(text, restart);
  const items: BodyItem[] = [];
  let resumeAt = -1; // index into `old` of the first item reused after the region
  const stop = (i: number): boolean => {
    const t = c.t;
    const start = t.start[i];
    if ((t.flags[i] & (T.F_FIRST | T.F_NESTED)) !== T.F_FIRST) return false;
    if (start - t.col[i] < unchangedFrom) return false; // its whole line must be unchanged text
    const k = itemStartingAt(old, start - delta);
    if (k < 0) return false;
    // An error at or after this token belongs to a parse that looked at it: not a clean seam.
    if (lastStart(c.errors) >= start || lastStart(c.lx.errors) >= start || hasErrorAt(previous.errors, start - delta)) return false;
    resumeAt = k;
    return true;
  };
  parseTopLevelUntil(c, items, stop);
  const regionErrors = mergeErrors(c.errors, c.lx.errors);
  tokens.releaseTokenList(c.t);
  if (regionErrors.length > MAX_REUSED_ERRORS) return undefined;

  const body: BodyItem[] = old.slice(0, first);
  for (const item of items) body.push(item);
  const errors: SyntaxError[] = [];
  for (const e of previous.errors) if (e.start < restart) errors.push(e);
  for (const e of regionErrors) errors.push(e);
  if (resumeAt >= 0) {
    const seam = old[resumeAt].start;
    for (let k = resumeAt; k < old.length; k++) {
      if (delta !== 0) moveItem(old[k], delta);
      body.push(old[k]);
    }
    for (const e of previous.errors) if (e.start > seam) errors.push(delta === 0 ? e : { ...e, start: e.start + delta, end: e.end + delta });
  }
  return { body: { kind: 'Body', items: body, start: 0, end: text.length }, errors };
}

/** Characters compared at once by the engine's own string comparison, far faster than a loop over them here. */
const CHUNK = 2048;

function commonPrefix(a: string, b: string, most: number): number {
  let n = 0;
  while (n + CHUNK <= most && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, most: number): number {
  let n = 0;
  while (n + CHUNK <= most && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The index of the first item whose end is at or after `offset` (items.length when none). */
function firstEndingAtOrAfter(items: readonly BodyItem[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the item starting exactly at `offset`, or -1. */
function itemStartingAt(items: readonly BodyItem[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = items[mid].start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

// Whether a comment end (star, slash) of the new text overlaps the edited region [prefix, unchangedFrom), or is made
// where the edit joins the text around it.
function makesCommentEnd(text: string, prefix: number, unchangedFrom: number): boolean {
  const end = Math.min(text.length - 1, unchangedFrom);
  for (let i = Math.max(0, prefix - 1); i < end; i++) if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) return true;
  return false;
}

// Whether a comment start (slash, star) before `offset` has no comment end anywhere after it. The last one before
// `offset` is enough to look at: an earlier one with no end after it makes this one such too. One inside a string
// counts as well (a full parse then, which is only slower).
function hasUnclosedCommentStart(text: string, offset: number): boolean {
  const open = text.lastIndexOf('/*', offset - 1);
  return open >= 0 && text.indexOf('*/', open + 2) < 0;
}

function hasErrorAt(errors: readonly SyntaxError[], offset: number): boolean {
  return errors.some((e) => e.start === offset);
}

function lastStart(errors: readonly SyntaxError[]): number {
  let most = -1;
  for (const e of errors) if (e.start > most) most = e.start;
  return most;
}

/** The start of the line holding `offset` when only spaces and tabs precede it there, else -1. */
function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const ch = text.charCodeAt(i - 1);
    if (ch === 10) return i;
    if (ch !== 32 && ch !== 9) return -1;
    i--;
  }
  return 0;
}

/** Moves a reused top-level item; a resource block's nodes below it are left to settle(). */
function moveItem(item: BodyItem, d: number): void {
  if (item.kind !== 'Block' || item.lag === undefined || item.type.name !== 'resource') return moveInPlace(item, d);
  moveOwn(item, d);
  item.lag += d;
}

/** Moves the nodes below a block that lag behind its own offsets (see moveItem) to where they are now. */
export function settle(block: Block): void {
  const d = block.lag;
  if (!d) return;
  block.lag = 0;
  moveInPlace(block.type, d);
  moveAll(block.labels, d, 1);
  moveInPlace(block.body, d);
}

/** Below this depth a subtree is moved by the iterative walk (chains like `1 + 1 + …` nest one node per operator). */
const MAX_RECURSION = 400;

/**
 * Moves every offset in `n` and below it by `d`, in place. One case per kind and no callbacks: this runs over every
 * node after the edit, so it must cost far less than parsing them.
 */
function moveInPlace(n: Node, d: number, depth = 0): void {
  if (depth > MAX_RECURSION) return walk(n, (node) => moveOwn(node, d));
  moveOwn(n, d);
  const next = depth + 1;
  if (!('kind' in n)) {
    moveInPlace(n.key, d, next);
    moveInPlace(n.value, d, next);
    return;
  }
  switch (n.kind) {
    case 'Body':
    case 'Tuple':
    case 'Object':
      moveAll(n.items, d, next);
      return;
    case 'Attribute':
      moveInPlace(n.name, d, next);
      moveInPlace(n.value, d, next);
      return;
    case 'Block':
      moveInPlace(n.type, d, next);
      moveAll(n.labels, d, next);
      moveInPlace(n.body, d, next);
      return;
    case 'Template':
      moveAll(n.parts, d, next);
      return;
    case 'TemplateInterpolation':
    case 'Paren':
      moveInPlace(n.expression, d, next);
      return;
    case 'TemplateDirective':
      if (n.expression) moveInPlace(n.expression, d, next);
      return;
    case 'Traversal':
    case 'Splat':
      moveInPlace(n.source, d, next);
      moveAll(n.steps, d, next);
      return;
    case 'Index':
      moveInPlace(n.key, d, next);
      return;
    case 'FunctionCall':
      moveInPlace(n.name, d, next);
      moveAll(n.args, d, next);
      return;
    case 'Conditional':
      moveInPlace(n.condition, d, next);
      moveInPlace(n.trueResult, d, next);
      moveInPlace(n.falseResult, d, next);
      return;
    case 'For':
      moveInPlace(n.collection, d, next);
      if (n.keyExpr) moveInPlace(n.keyExpr, d, next);
      moveInPlace(n.valueExpr, d, next);
      if (n.condition) moveInPlace(n.condition, d, next);
      return;
    case 'Binary':
      moveInPlace(n.left, d, next);
      moveInPlace(n.right, d, next);
      return;
    case 'Unary':
      moveInPlace(n.operand, d, next);
      return;
    default:
      return; // leaves: their own offsets are all there is
  }
}

function moveAll(nodes: readonly Node[], d: number, depth: number): void {
  for (let i = 0; i < nodes.length; i++) moveInPlace(nodes[i], d, depth);
}

/** Moves the offsets a node holds itself (not its children's). */
function moveOwn(n: Node, d: number): void {
  n.start += d;
  n.end += d;
  if (!('kind' in n)) return;
  if (n.kind === 'Attribute') {
    if (n.equals !== undefined) n.equals += d;
  } else if (n.kind === 'Block') {
    if (n.openBrace !== undefined) n.openBrace += d;
    if (n.closeBrace !== undefined) n.closeBrace += d;
  }
}
