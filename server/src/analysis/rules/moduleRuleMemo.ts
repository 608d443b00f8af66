import { settle } from '../../hcl';
import { NodeMemo } from '../../hcl/nodeMemo';
import type { Finding } from '../diagnostics/finding';
import { KeptFindings } from '../diagnostics/relative';
import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceBlock, ResourceDeclaration } from '../parsedFile';
import { ModuleEdits, type ChangedDeclarations } from './moduleEdit';
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
  private readonly edits = new ModuleEdits();

  /** What changed since the module's last diagnosis (see ModuleEdits.since); called once per diagnosis. */
  changesSince(files: readonly ParsedFile[], scope: ModuleScope, provider: object | undefined): ChangedDeclarations[] | undefined {
    return this.edits.since(files, scope, provider);
  }

  /** The memo of one rule (looked up once per rule and diagnosis, not per resource). */
  of(rule: ModuleRule): RuleMemo {
    let memo = this.rules.get(rule);
    if (!memo) this.rules.set(rule, (memo = new RuleMemo()));
    return memo;
  }
}

export class RuleMemo {
  private readonly blocks = new NodeMemo<Kept>();
  private readonly contributions = new NodeMemo<{ scope: ModuleScope; value: string }>();
  /** The index last built for each module (by its scope), while the index would say the same; texts only. */
  private readonly indexes = new WeakMap<ModuleScope, { value: unknown }>();

  indexOf(scope: ModuleScope): { value: unknown } | undefined {
    return this.indexes.get(scope);
  }

  /** After a diagnosis: the index it built or reused (undefined: none, and the last one may no longer hold). */
  keepIndex(scope: ModuleScope, index: { value: unknown } | undefined): void {
    if (index) this.indexes.set(scope, index);
    else this.indexes.delete(scope);
  }

  /**
   * Whether the rule's index says what it said at the last diagnosis (`changed` is what changed since): every
   * declaration the edit replaced contributed what the one in its place contributes now. Only those are worked out: a
   * replaced node is read in the version it belongs to (its offsets settle to that version's text, which it holds).
   */
  sameIndex(rule: ModuleRule, scope: ModuleScope, changed: readonly ChangedDeclarations[] | undefined): boolean {
    if (!rule.contribution || !changed) return false;
    return changed.every(
      ({ file, previous, before, after }) =>
        before.length === after.length && before.every((d, i) => this.contributionOf(rule, d, previous, scope) === this.contributionOf(rule, after[i], file, scope)),
    );
  }

  private contributionOf(rule: ModuleRule, declaration: ResourceDeclaration, file: ParsedFile, scope: ModuleScope): string {
    const kept = this.contributions.get(declaration.block);
    if (kept && kept.scope === scope) return kept.value;
    settle(declaration.block);
    const value = rule.contribution!(declaration, file, scope);
    this.contributions.set(declaration.block, { scope, value });
    return value;
  }

  /**
   * The findings the rule made about `resource` in the same context, at the block's place now; without `inputs`, the
   * index is known to say the same as when they were made (sameIndex).
   */
  get(resource: ResourceBlock, scope: object, provider: object | undefined, inputs?: string): readonly Finding[] | undefined {
    const kept = this.blocks.get(resource.block);
    if (!kept || (inputs !== undefined && kept.inputs !== inputs) || kept.scope !== scope || kept.provider !== provider) return undefined;
    return kept.findings ? kept.findings.findingsOf(resource.block) : NONE;
  }

  /** Keeps what the rule found about `resource`, unless a finding is about another place (then it is checked each time). */
  set(resource: ResourceBlock, scope: object, provider: object | undefined, inputs: string, findings: readonly Finding[]): void {
    const kept = findings.length === 0 ? undefined : KeptFindings.of(findings, resource.block);
    if (findings.length > 0 && !kept) return;
    this.blocks.set(resource.block, { scope, provider, inputs, findings: kept });
  }
}
