import type { Block } from '../../hcl/ast';
import type { ResourceBlock } from '../parsedFile';
import type { Finding } from './finding';
import { KeptFindings } from './relative';

// The findings of each resource block of an open document, kept for its next version: an edit elsewhere in the file
// (or one that only moves the block) finds them again instead of checking the block anew. A block is found by its
// syntax node, which the incremental parse hands on when the block's text is unchanged (hcl/incremental.ts), and a
// block parsed again by its text, among the blocks of the last version that are gone (a block cut and pasted, a
// whole-document edit). Findings are kept from the block's start, so a block that moved gets them at its new place.
// What depends on more than the block's text (the module's scope, the provider version, the rule options) is the
// cache's context: when it changes, nothing is reused.

/** One block's findings: the schema checks' and the file rules', kept apart for their order. */
export interface BlockEntry {
  structure: readonly Finding[];
  rules: readonly Finding[];
}

export interface BlockContext {
  scope: object;
  provider: object | undefined;
  options: object;
}

/** A block with no finding, the usual case: nothing is kept, and one shared entry is handed out. */
const NOTHING = 'nothing';
const NONE: BlockEntry = Object.freeze({ structure: Object.freeze([]), rules: Object.freeze([]) });

/** A block's findings kept for later versions. */
type Kept = { structure: KeptFindings; rules: KeptFindings } | typeof NOTHING;

/** The blocks of one version of a file; the next version looks its blocks up here and keeps only its own. */
export class BlockFindings {
  /** This version's blocks; `kept` undefined: a finding is about another place, so the block is checked each time. */
  private readonly blocks = new Map<Block, { resource: ResourceBlock; kept: Kept | undefined }>();

  constructor(readonly context: BlockContext) {}

  /** Whether this cache was filled in `context` (the same scope, provider and options objects). */
  matches(context: BlockContext): boolean {
    return this.context.scope === context.scope && this.context.provider === context.provider && this.context.options === context.options;
  }

  /**
   * The findings of each of `resources` at its place now, found again in `previous` or worked out by `check`, and kept
   * here for the next version.
   */
  entries(resources: readonly ResourceBlock[], previous: BlockFindings | undefined, check: (resource: ResourceBlock) => BlockEntry): BlockEntry[] {
    const handedOn = resources.map((r) => previous?.blocks.get(r.block));
    let gone: Map<string, Kept> | undefined;
    return resources.map((resource, i) => {
      let kept = handedOn[i]?.kept;
      if (!handedOn[i] && previous) kept = (gone ??= previous.goneByText(handedOn)).get(textOf(resource));
      if (kept) {
        this.blocks.set(resource.block, { resource, kept });
        return placedOn(kept, resource.block);
      }
      const entry = check(resource);
      this.blocks.set(resource.block, { resource, kept: keep(resource, entry) });
      return entry;
    });
  }

  /** The kept findings of this version's blocks that `handedOn` does not hold, by their text. */
  private goneByText(handedOn: readonly ({ kept: Kept | undefined } | undefined)[]): Map<string, Kept> {
    const still = new Set(handedOn);
    const out = new Map<string, Kept>();
    for (const entry of this.blocks.values()) if (entry.kept && !still.has(entry)) out.set(textOf(entry.resource), entry.kept);
    return out;
  }
}

function textOf(resource: ResourceBlock): string {
  return resource.file.text.slice(resource.block.start, resource.block.end);
}

/** What to keep of a block's findings: undefined when one of them is about another place. */
function keep(resource: ResourceBlock, entry: BlockEntry): Kept | undefined {
  if (entry.structure.length === 0 && entry.rules.length === 0) return NOTHING;
  const structure = KeptFindings.of(entry.structure, resource.block);
  const rules = KeptFindings.of(entry.rules, resource.block);
  return structure && rules ? { structure, rules } : undefined;
}

function placedOn(kept: Kept, block: Block): BlockEntry {
  return kept === NOTHING ? NONE : { structure: kept.structure.findingsOf(block), rules: kept.rules.findingsOf(block) };
}
