import type { Position } from 'vscode-languageserver-types';

// Offsets ↔ LSP positions for one immutable text, with the same answers as vscode-languageserver-textdocument
// (lines end at \n, \r\n or a lone \r; a position inside a line break is moved before it). Line starts are found on
// first use; a text without \r is searched with indexOf, several times faster than a per-character scan on a
// 26,000-line file, and that shows on every edit.

export class LineIndex {
  private offsets?: number[];

  constructor(private readonly text: string) {}

  get lineCount(): number {
    return this.lineOffsets().length;
  }

  positionAt(offset: number): Position {
    const text = this.text;
    const at = Math.max(Math.min(offset, text.length), 0);
    const offsets = this.lineOffsets();
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (offsets[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
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
    if (text.indexOf('\r') < 0) {
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
