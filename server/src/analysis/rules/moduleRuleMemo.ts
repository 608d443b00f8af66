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
  scope: object;
  provider: object | undefined;
  inputs: string;
  /** Undefined when the rule found nothing (most blocks): nothing to place. */
  findings: KeptFindings | undefined;
}

const NONE: readonly Finding[] = Object.freeze([]);

export class ModuleRuleMemo {
  // A slot per rule on the node: a block's entry goes with its version of the tree, and a lookup is one read from
  // the node (no map per block: measured, the lookups were most of the module rules' cost of a keystroke).
  private readonly rules = new Map<ModuleRule, RuleMemo>();

  /** The memo of one rule (looked up once per rule and diagnosis, not per resource). */
  of(rule: ModuleRule): RuleMemo {
    let memo = this.rules.get(rule);
    if (!memo) this.rules.set(rule, (memo = new RuleMemo()));
    return memo;
  }
}

export class RuleMemo {
  private readonly blocks = new NodeMemo<Kept>();

  /** The findings the rule made about `resource` in the same context, at the block's place now. */
  get(resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string): readonly Finding[] | undefined {
    const kept = this.blocks.get(resource.block);
    if (!kept || kept.inputs !== inputs || kept.scope !== scope || kept.provider !== provider) return undefined;
    return kept.findings ? kept.findings.findingsOf(resource.block) : NONE;
  }

  /** Keeps what the rule found about `resource`, unless a finding is about another place (then it is checked each time). */
  set(resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string, findings: readonly Finding[]): void {
    const kept = findings.length === 0 ? undefined : KeptFindings.of(findings, resource.block);
    if (findings.length > 0 && !kept) return;
    this.blocks.set(resource.block, { scope, provider, inputs, findings: kept });
  }
}
