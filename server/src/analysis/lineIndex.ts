import type { Position } from 'vscode-languageserver-types';

// Offsets ↔ LSP positions for one immutable text, with the same answers as vscode-languageserver-textdocument
// (lines end at \n, \r\n or a lone \r; a position inside a line break is moved before it). Line starts are found on
// first use; a text without \r is searched with indexOf, several times faster than a per-character scan on a
// 26,000-line file, and that shows on every edit.

export class LineIndex {
  private offsets?: number[];

  constructor(private readonly text: string) {}

  /**
   * The index of `text`, an edit of the text of `previous` that kept its first `prefix` and last `suffix` characters:
   * the line starts outside the edit are the previous ones (moved), only the edit is searched. Where a carriage
   * return could make a line break span the edit's ends, the text is searched whole.
   */
  static after(previous: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const index = new LineIndex(text);
    const old = previous.offsets;
    const editedTo = text.length - suffix;
    if (!old || previous.hasCarriageReturn || text.slice(prefix, editedTo).includes('\r')) return index;
    const oldEditedTo = previous.text.length - suffix;
    const delta = text.length - previous.text.length;
    // Starts whose line break is before the edit, the breaks inside it, then those whose break is after it.
    const offsets = old.slice(0, firstAbove(old, prefix));
    for (let i = text.indexOf('\n', prefix); i >= 0 && i < editedTo; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
    for (let k = firstAbove(old, oldEditedTo); k < old.length; k++) offsets.push(old[k] + delta);
    index.offsets = offsets;
    index.hasCarriageReturn = false;
    return index;
  }

  /** Whether the line starts are known (found, or taken from an earlier version). */
  get built(): boolean {
    return this.offsets !== undefined;
  }

  /** Known once the line starts are: whether the text holds a carriage return. */
  private hasCarriageReturn?: boolean;

  get lineCount(): number {
    return this.lineOffsets().length;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    const at = Math.max(Math.min(offset, text.length), 0);
    const offsets = this.lineOffsets();
    const line = firstAbove(offsets, at) - 1;
    return { line, character: this.beforeLineBreak(at, offsets[line]) - offsets[line] };
  }

  offsetAt(position: Position): number {
    const offsets = this.lineOffsets();
    if (position.line >= offsets.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineOffset = offsets[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < offsets.length ? offsets[position.line + 1] : this.text.length;
    return this.beforeLineBreak(Math.min(lineOffset + position.character, next), lineOffset);
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    let at = offset;
    while (at > lineOffset) {
      const c = this.text.charCodeAt(at - 1);
      if (c !== 10 && c !== 13) break;
      at--;
    }
    return at;
  }

  private lineOffsets(): number[] {
    if (this.offsets) return this.offsets;
    const text = this.text;
    const offsets = [0];
    this.hasCarriageReturn = text.indexOf('\r') >= 0;
    if (!this.hasCarriageReturn) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) offsets.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 10 || c === 13) offsets.push(i + 1);
      }
    }
    return (this.offsets = offsets);
  }
}

/** The index of the first offset above `at` in ascending `offsets` (their length when none is). */
function firstAbove(offsets: readonly number[], at: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid] > at) high = mid;
    else low = mid + 1;
  }
  return low;
}
