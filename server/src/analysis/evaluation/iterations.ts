import type { Block } from '../../hcl/ast';
import type { ResourceBlock } from '../parsedFile';
import { attribute } from '../tree/blocks';
import { evaluate } from './evaluate';
import type { ModuleScope } from './scope';
import { UNKNOWN, type SourceFile } from './value';

// The iterators blocks bring into scope: `each` inside a resource with `for_each`, and a dynamic block's iterator
// inside its body. Every feature that walks into those blocks takes its scope from here.

/** The scope inside a resource block: with `each` when the resource has `for_each`. */
export function resourceScope(resource: ResourceBlock, scope: ModuleScope): ModuleScope {
  const forEach = attribute(resource.block, 'for_each');
  return forEach ? scope.withIteration('each', evaluate(forEach.value, scope), resource.file) : scope;
}

/** The scope inside the innermost block of `chain` (the resource block first, as tree/positions' enclosingBlocks gives it). */
export function scopeAt(resource: ResourceBlock, chain: readonly Block[], scope: ModuleScope): ModuleScope {
  let inner = resourceScope(resource, scope);
  for (const block of chain.slice(1)) if (block.type.name === 'dynamic' && block.labels.length === 1) inner = dynamicScope(block, inner, resource.file);
  return inner;
}

/** The name a dynamic block's elements go by: its `iterator`, else the block type it generates. */
export function iteratorName(dynamic: Block): string | undefined {
  const iterator = attribute(dynamic, 'iterator');
  if (iterator) return iterator.value.kind === 'Variable' ? iterator.value.name : undefined;
  return dynamic.labels[0]?.value;
}

/** The scope inside a dynamic block: its iterator over its `for_each` (unknown elements when that is not known). */
export function dynamicScope(dynamic: Block, scope: ModuleScope, file: SourceFile): ModuleScope {
  const name = iteratorName(dynamic);
  if (!name) return scope;
  const forEach = attribute(dynamic, 'for_each');
  return scope.withIteration(name, forEach ? evaluate(forEach.value, scope) : UNKNOWN, file);
}
