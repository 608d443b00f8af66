import type { ResourceBlock } from '../parsedFile';
import { knownNumber } from '../evaluation/readers';
import { resourceScope } from '../evaluation/iterations';
import type { ModuleScope } from '../evaluation/scope';
import { UNKNOWN, type Value } from '../evaluation/value';
import { attribute } from '../tree/blocks';

// The instances of a resource Terraform would plan: one per element of a known `for_each` (with `each` set) or
// per index of a known `count` (with `count.index` set); a single one whose `each`/`count.index` is not known when
// the collection or count is not known before plan; none for `count = 0` or an empty collection.

export interface Instance {
  /** The instance key (`count` index or `for_each` key); undefined for a resource without either, or not known. */
  key?: string | number;
  scope: ModuleScope;
}

/** A count above this is read as not known (the scope goes through at most as many elements). */
const MAX_COUNT = 256;

export function resourceInstances(resource: ResourceBlock, scope: ModuleScope): Instance[] {
  const block = resource.block;
  if (attribute(block, 'for_each')) {
    const inner = resourceScope(resource, scope);
    const elements = inner.elementScopes('each');
    if (!elements) return [{ scope: inner }];
    return elements.map(({ scope: s, element }) => ({ key: keyOf(element.key), scope: s }));
  }
  const countAttr = attribute(block, 'count');
  if (!countAttr) return [{ scope }];
  const count = knownNumber(countAttr, scope);
  if (count === undefined || !Number.isInteger(count) || count < 0 || count > MAX_COUNT) return [{ scope: scope.withIteration('count', UNKNOWN, resource.file) }];
  const indexes: Value = {
    kind: 'tuple',
    items: Array.from({ length: count }, (_, i) => ({ value: { kind: 'number', value: i }, expression: countAttr.value })),
  };
  const inner = scope.withIteration('count', indexes, resource.file);
  return (inner.elementScopes('count') ?? []).map(({ scope: s, element }) => ({ key: keyOf(element.key), scope: s }));
}

function keyOf(key: Value): string | number | undefined {
  return key.kind === 'string' || key.kind === 'number' ? key.value : undefined;
}

/** `[0]` or `["key"]`, as Terraform writes an instance address. */
export function instanceSuffix(key: string | number | undefined): string {
  return key === undefined ? '' : `[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
}
