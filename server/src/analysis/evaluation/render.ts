import type { Value } from './value';

// A value as HCL text, for hover: short (at most `limit` characters, then an ellipsis), one line.

export function renderValue(value: Value, limit = 120): string {
  const out: string[] = [];
  let length = 0;
  // Explicit stack of pending pieces: a value nests as deep as the document does.
  const stack: (Value | string)[] = [value];
  while (stack.length && length <= limit) {
    const next = stack.pop()!;
    let piece: string;
    if (typeof next === 'string') piece = next;
    else if (next.kind === 'string') piece = JSON.stringify(next.value);
    else if (next.kind === 'number' || next.kind === 'bool') piece = String(next.value);
    else if (next.kind === 'null') piece = 'null';
    else if (next.kind === 'unknown') piece = '(known after plan)';
    else if (next.kind === 'tuple') {
      stack.push(']');
      for (let i = next.items.length - 1; i >= 0; i--) stack.push(next.items[i].value, i > 0 ? ', ' : '');
      piece = '[';
    } else {
      stack.push(' }');
      for (let i = next.entries.length - 1; i >= 0; i--) {
        const e = next.entries[i];
        stack.push(e.value, `${i > 0 ? ', ' : ''}${e.key ?? '(key)'} = `);
      }
      piece = '{ ';
      if (next.entries.length === 0) {
        stack.pop();
        piece = '{}';
      }
    }
    out.push(piece);
    length += piece.length;
  }
  const text = out.join('');
  return text.length > limit || stack.length ? `${text.slice(0, limit)}…` : text;
}

/**
 * Text from a document as a markdown code span, which nothing inside can end early: the fence is one backtick longer
 * than the longest run of backticks in it, so no link or command syntax in the text is ever rendered.
 */
export function codeSpan(text: string): string {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text.replace(/[\r\n]+/g, ' ')} ${fence}`;
}

/**
 * Text shown as markdown text, with every character that can start markup escaped (`_` inside names stays: it only
 * ever italicises, and names are full of it).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*{}[\]()#+\-.!|<>~$&:]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}
