import type { Block, Expression } from '../../hcl/ast';
import type { ResourceBlock } from '../parsedFile';
import { attribute } from '../tree/blocks';
import { evaluate } from './evaluate';
import type { ModuleScope } from './scope';
import { UNKNOWN, type SourceFile, type Value } from './value';

// The iterators blocks bring into scope: `each` inside a resource with `for_each`, and a dynamic block's iterator
// inside its body. Every feature that walks into those blocks takes its scope from here.

/** The scope inside a resource block: with `each` when the resource has `for_each`. */
export function resourceScope(resource: ResourceBlock, scope: ModuleScope): ModuleScope {
  const forEach = attribute(resource.block, 'for_each');
  return forEach ? scope.withIteration('each', collectionOf(forEach.value, scope), resource.file) : scope;
}

/**
 * What a `for_each` iterates over: its value, where `toset([...])` of known strings (the one way to write a set) is
 * the set, each element its own key as Terraform makes it. Any other function call stays unknown.
 */
function collectionOf(expression: Expression, scope: ModuleScope): Value {
  if (expression.kind !== 'FunctionCall' || expression.name.name !== 'toset' || expression.args.length !== 1) return evaluate(expression, scope);
  const list = evaluate(expression.args[0], scope);
  if (list.kind !== 'tuple') return UNKNOWN;
  const entries: (Value & { kind: 'object' })['entries'] = [];
  for (const item of list.items) {
    if (item.value.kind !== 'string') return UNKNOWN;
    if (!entries.some((e) => e.key === (item.value as { value: string }).value)) entries.push({ key: item.value.value, value: item.value, expression: item.expression });
  }
  return { kind: 'object', entries };
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
  return scope.withIteration(name, forEach ? collectionOf(forEach.value, scope) : UNKNOWN, file);
}
