import type { Block } from '../../hcl/ast';
import { dynamicScope, iteratorName } from '../evaluation/iterations';
import { blocks, isDynamicBlock } from '../tree/blocks';
import type { Reader } from './reader';

// The child blocks of one type a block stands for once Terraform expands it: the ones written out, and one per
// element of each `dynamic` block over a collection known before plan (its `content`, read with that element). A
// dynamic block over a collection not known before plan gives its content once, read as `maybe` (nothing known).

/** One child block: the body to read, the reader for it, and where it is written. */
export interface GeneratedBlock {
  body: Block;
  reader: Reader;
  /** The block as written (the `dynamic` block for generated ones). */
  at: Block;
}

/** More generated blocks than this are not read (a block type allows at most tens). */
const MAX_BLOCKS = 256;

export function generatedBlocks(parent: Block, type: string, reader: Reader): GeneratedBlock[] {
  const out: GeneratedBlock[] = [];
  for (const item of parent.body.items) {
    if (out.length >= MAX_BLOCKS) break;
    if (item.kind !== 'Block') continue;
    if (item.type.name === type && !isDynamicBlock(item)) {
      out.push({ body: item, reader, at: item });
      continue;
    }
    if (!isDynamicBlock(item) || item.labels[0]?.value !== type) continue;
    const content = blocks(item, 'content')[0];
    if (!content) continue;
    const inner = dynamicScope(item, reader.scope, reader.file);
    const name = iteratorName(item);
    const elements = name === undefined ? undefined : inner.elementScopes(name);
    if (elements === undefined) {
      out.push({ body: content, reader: reader.with(inner, true), at: item });
      continue;
    }
    for (const { scope } of elements.slice(0, MAX_BLOCKS - out.length)) out.push({ body: content, reader: reader.with(scope), at: item });
  }
  return out;
}

/** The one block of a type that allows one: the first written or generated. */
export function singleBlock(parent: Block, type: string, reader: Reader): GeneratedBlock | undefined {
  const all = generatedBlocks(parent, type, reader);
  return all.find((b) => !b.reader.maybe) ?? all[0];
}
