import { settle } from '../../hcl';
import { NodeMemo } from '../../hcl/nodeMemo';
import type { ModuleScope } from '../evaluation/scope';
import type { ResourceBlock } from '../parsedFile';

// What a module rule reads of each block to gather its index (a block's name, what it deploys), kept per syntax node
// and scope: the same node is the same text (moduleRuleMemo.ts), so after an edit only the blocks parsed anew are
// read again, not every block of the module. A fact keeps no position and, being kept across versions, no view into
// the text (hcl/detached.ts).
/** What a fact is read from: a SageMaker resource, or any resource declaration with its file (ModuleRule.contribution). */
export type FactSubject = Pick<ResourceBlock, 'type' | 'name' | 'block' | 'file'>;

export class BlockFact<T> {
  private readonly kept = new NodeMemo<{ scope: ModuleScope; value: T }>();

  constructor(private readonly read: (resource: FactSubject, scope: ModuleScope) => T) {}

  of(resource: FactSubject, scope: ModuleScope): T {
    const kept = this.kept.get(resource.block);
    if (kept && kept.scope === scope) return kept.value;
    settle(resource.block);
    const value = this.read(resource, scope);
    this.kept.set(resource.block, { scope, value });
    return value;
  }
}
