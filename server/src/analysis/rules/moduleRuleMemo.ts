import { NodeMemo } from '../../hcl/nodeMemo';
import type { Finding } from '../diagnostics/finding';
import { KeptFindings } from '../diagnostics/relative';
import type { ResourceBlock } from '../parsedFile';
import type { ModuleRule } from './types';

// The module rules' findings about each resource, kept by the block's syntax node: the incremental parse
// (hcl/incremental.ts) hands every top-level item whose text did not change on to the next version, moved in place,
// so the same node means the same text. A rule's findings are found again while the node, the scope, the provider
// version and what the rule read of the other blocks (its `inputs`) are the same; an edit in one block then checks
// that block again, not the whole module. They are kept from the block's start and placed where it is now.

interface Kept {
  inputs: string;
  findings: KeptFindings;
}

interface BlockMemo {
  scope: object;
  provider: object | undefined;
  rules: Map<ModuleRule, Kept>;
}

export class ModuleRuleMemo {
  // On the node: a block's entry goes with its version of the tree.
  private readonly blocks = new NodeMemo<BlockMemo>();

  /** The findings `rule` made about `resource` in the same context, at the block's place now. */
  get(rule: ModuleRule, resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string): readonly Finding[] | undefined {
    const memo = this.blocks.get(resource.block);
    if (!memo || memo.scope !== scope || memo.provider !== provider) return undefined;
    const kept = memo.rules.get(rule);
    return kept && kept.inputs === inputs ? kept.findings.findingsOf(resource.block) : undefined;
  }

  /** Keeps what `rule` found about `resource`, unless a finding is about another place (then it is checked each time). */
  set(rule: ModuleRule, resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string, findings: readonly Finding[]): void {
    const kept = KeptFindings.of(findings, resource.block);
    if (!kept) return;
    let memo = this.blocks.get(resource.block);
    if (!memo || memo.scope !== scope || memo.provider !== provider) this.blocks.set(resource.block, (memo = { scope, provider, rules: new Map() }));
    memo.rules.set(rule, { inputs, findings: kept });
  }
}
