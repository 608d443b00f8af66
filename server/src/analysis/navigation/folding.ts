import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { walk } from '../../hcl';
import type { ParsedFile } from '../parsedFile';
import { blankLineStart } from '../whitespace';

// Folding ranges in VS Code's convention: a range runs from the line that opens a construct to the last line before
// its closing `}`/`]`/heredoc marker, so the closer stays visible. When the closer follows other text on its line,
// that line is folded too. Every step costs the node or line it looks at, never a rescan of the line or the file.

export function foldingRanges(file: ParsedFile): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const text = file.text;
  const lineOf = (offset: number) => file.positionAt(offset).line;
  /** The last folded line for a construct whose closer starts at `closer`. */
  const lastLine = (closer: number) => {
    const line = lineOf(closer);
    return blankLineStart(text, closer) !== undefined ? line - 1 : line;
  };
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  /** Per line, how many heredoc bodies hold it (as differences: +1 where one starts, -1 after it ends). */
  const lines = text.split('\n');
  const heredocDelta = new Int32Array(lines.length + 1);

  walk(file.syntax.body, (node) => {
    if (!('kind' in node)) return;
    switch (node.kind) {
      case 'Block':
        if (node.openBrace !== undefined) {
          add(lineOf(node.start), node.closeBrace !== undefined ? lastLine(node.closeBrace) : lineOf(node.end));
        }
        break;
      case 'Object':
      case 'Tuple': {
        const closer = text[node.end - 1] === (node.kind === 'Object' ? '}' : ']') ? node.end - 1 : undefined;
        add(lineOf(node.start), closer !== undefined ? lastLine(closer) : lineOf(node.end));
        break;
      }
      case 'Template':
        if (node.heredoc) {
          const first = lineOf(node.start);
          const last = lineOf(node.end);
          heredocDelta[first + 1]++;
          heredocDelta[last + 1]--;
          // The closing marker sits alone on the last line of the heredoc.
          add(first, node.terminated ? last - 1 : last);
        }
        break;
    }
  });

  // Comments: runs of two or more lines holding only a `#` or `//` comment, and multi-line `/* … */` comments.
  const inHeredoc = new Uint8Array(lines.length);
  for (let line = 0, depth = 0; line < lines.length; line++) inHeredoc[line] = (depth += heredocDelta[line]) > 0 ? 1 : 0;
  let runStart = -1;
  const endRun = (line: number) => {
    if (runStart >= 0) add(runStart, line - 1, FoldingRangeKind.Comment);
    runStart = -1;
  };
  for (let line = 0; line < lines.length; line++) {
    const trimmed = lines[line].trim();
    if ((trimmed.startsWith('#') || trimmed.startsWith('//')) && !inHeredoc[line]) {
      if (runStart < 0) runStart = line;
      continue;
    }
    endRun(line);
    if (trimmed.startsWith('/*') && !inHeredoc[line]) {
      let end = line;
      while (end < lines.length && !lines[end].includes('*/', end === line ? lines[line].indexOf('/*') + 2 : 0)) end++;
      if (end >= lines.length) end = lines.length - 1;
      add(line, end, FoldingRangeKind.Comment);
      line = end;
    }
  }
  endRun(lines.length);

  ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return ranges;
}
