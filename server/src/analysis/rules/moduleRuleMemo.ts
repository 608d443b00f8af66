import type { Block } from '../../hcl/ast';
import type { Finding } from '../diagnostics/finding';
import { isInside, keptFrom, placed } from '../diagnostics/relative';
import type { ResourceBlock } from '../parsedFile';
import type { ModuleRule } from './types';

// The module rules' findings about each resource, kept by the block's syntax node: the incremental parse
// (hcl/incremental.ts) hands every top-level item whose text did not change on to the next version, moved in place,
// so the same node means the same text. A rule's findings are found again while the node, the scope, the provider
// version and what the rule read of the other blocks (its `inputs`) are the same; an edit in one block then checks
// that block again, not the whole module. They are kept from the block's start and placed where it is now.

interface Kept {
  inputs: string;
  /** The findings with offsets from the block's start. */
  relative: Finding[];
  /** The findings placed at `at`, the block's start when they were made or last asked for. */
  placed: Finding[];
  at: number;
}

interface BlockMemo {
  scope: object;
  provider: object | undefined;
  rules: Map<ModuleRule, Kept>;
}

export class ModuleRuleMemo {
  // Weak: a block's entry goes with its version of the tree.
  private readonly blocks = new WeakMap<Block, BlockMemo>();

  /** The findings `rule` made about `resource` in the same context, at the block's place now. */
  get(rule: ModuleRule, resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string): readonly Finding[] | undefined {
    const memo = this.blocks.get(resource.block);
    if (!memo || memo.scope !== scope || memo.provider !== provider) return undefined;
    const kept = memo.rules.get(rule);
    if (!kept || kept.inputs !== inputs) return undefined;
    const start = resource.block.start;
    if (kept.at !== start) {
      kept.placed = kept.relative.length === 0 ? kept.relative : kept.relative.map((f) => placed(f, start));
      kept.at = start;
    }
    return kept.placed;
  }

  /** Keeps what `rule` found about `resource`, unless a finding is about another place (then it is checked each time). */
  set(rule: ModuleRule, resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string, findings: readonly Finding[]): void {
    const { start, end } = resource.block;
    if (!findings.every((f) => isInside(f, start, end))) return;
    let memo = this.blocks.get(resource.block);
    if (!memo || memo.scope !== scope || memo.provider !== provider) this.blocks.set(resource.block, (memo = { scope, provider, rules: new Map() }));
    // Placed where they are now as they are: a span that is a node of the block moves only with the block.
    memo.rules.set(rule, { inputs, relative: findings.map((f) => keptFrom(f, start)), placed: [...findings], at: start });
  }
}
