// textDocument/formatting: one edit replacing the whole document with `terraform fmt`'s layout, none when the file is
// already formatted, has syntax errors, or is JSON syntax (terraform fmt leaves `.tf.json` alone).

import type { TextEdit } from 'vscode-languageserver-types';
import { formatTerraform } from './index';

export function formattingEdits(uri: string, text: string, lineCount: number): TextEdit[] {
  if (uri.toLowerCase().endsWith('.json')) return [];
  const formatted = formatTerraform(text);
  if (formatted === undefined || formatted === text) return [];
  // Past the last line: the end of the document whatever its last line holds.
  return [{ range: { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } }, newText: formatted }];
}
