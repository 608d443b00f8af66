import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { contextOf } from '../bodyContext';
import type { ParsedFile } from '../parsedFile';
import type { ProviderVersionInUse } from '../providerVersion/inUse';
import { enclosingBlocks } from '../tree/positions';
import { bodyEntries } from './bodyEntries';

// Completion in a `.tf.json` file: the names of arguments and blocks of our resources, as the JSON key being typed
// (`"instance_t|"`). Only the name is inserted; JSON's own punctuation is the editor's.

const NAME = /[A-Za-z0-9_-]/;
/** How far back a key's opening quote, and the `{` or `,` before it, are looked for. */
const MAX_SCAN = 256;

export function jsonKeyItems(file: ParsedFile, offset: number, provider?: ProviderVersionInUse): CompletionItem[] {
  const key = keyAt(file.text, offset);
  if (!key) return [];
  const chain = enclosingBlocks(file.syntax.body, offset);
  const resource = chain.length ? file.resources.find((r) => r.block === chain[0]) : undefined;
  if (!resource) return [];
  const context = contextOf(resource.schema, chain);
  if (context.kind !== 'schema') return [];
  const range = file.range(key);
  return bodyEntries(chain[chain.length - 1], context.body, resource.schema, provider).map(({ name, item, block }) => ({
    ...item,
    label: name,
    kind: block ? CompletionItemKind.Module : item.kind,
    textEdit: { range, newText: name },
  }));
}

/** The name part of the key string the cursor is in (between its quote and the name's end), if it is a key. */
function keyAt(text: string, offset: number): { start: number; end: number } | undefined {
  let start = offset;
  while (start > 0 && offset - start < MAX_SCAN && NAME.test(text[start - 1])) start--;
  if (text[start - 1] !== '"') return undefined;
  let before = start - 2;
  while (before >= 0 && start - before < MAX_SCAN && /\s/.test(text[before])) before--;
  if (text[before] !== '{' && text[before] !== ',') return undefined;
  let end = offset;
  while (end < text.length && end - offset < MAX_SCAN && NAME.test(text[end])) end++;
  return { start, end };
}
