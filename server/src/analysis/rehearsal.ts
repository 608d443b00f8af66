import type { Workspace } from './workspace';

// The first keystrokes in a large file cost two or three times a later one: they run code the JavaScript engine has
// not compiled for them yet (the incremental parse moving the tree, the kept findings found again). So, once per
// process, the first large document opened is rehearsed on: an edit in its middle block and the edit's undo, each
// diagnosed and never shown, a few rounds. Each round ends on the document's own text and version, so no request is
// ever answered from the rehearsal's text, and what is kept afterwards is what a real edit finds (the property tests
// hold the incremental analysis to a from-scratch one, whatever came before).

/** Smaller files' first keystrokes are cheap already; a round on a much larger one holds requests up longer than it saves. */
export const REHEARSAL_RESOURCES = { min: 500, max: 10_000 };
/**
 * Measured on the 26,000-line file: after one round the first edits still cost about 1.5 times a later one, after two
 * they cost what a later one does; a third only adds memory (compiled code and a larger heap, a few MB).
 */
export const REHEARSAL_ROUNDS = 2;

/** Whether the open document `uri` is one to rehearse on. */
export function worthRehearsing(workspace: Workspace, uri: string): boolean {
  if (!workspace.isOpen(uri)) return false;
  const count = workspace.get(uri)?.resources.length ?? 0;
  return count >= REHEARSAL_RESOURCES.min && count <= REHEARSAL_RESOURCES.max;
}

/**
 * One round: a one-character edit before the closing brace of the document's middle resource block, diagnosed, then
 * its undo, diagnosed. False when there is nothing to do it on (the document closed, or holds no such block).
 */
export function rehearseRound(workspace: Workspace, uri: string, moduleUri: string): boolean {
  const file = workspace.isOpen(uri) ? workspace.get(uri) : undefined;
  const middle = file?.resources[file.resources.length >> 1]?.block;
  if (!file || middle?.closeBrace === undefined) return false;
  const { text, version } = file;
  workspace.openDocument(uri, text.slice(0, middle.closeBrace) + ' ' + text.slice(middle.closeBrace), version);
  workspace.diagnose(moduleUri);
  workspace.openDocument(uri, text, version);
  workspace.diagnose(moduleUri);
  return true;
}
