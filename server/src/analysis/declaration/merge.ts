import type { Declared } from '../../../../shared/protocol';
import { asUnknown } from './reader';

// Several instances of a resource (count, for_each) described as one: the first instance, where every value that
// is not the same in all of them is unknown (Terraform sets it per instance; no single value can be compared).

type Tree = unknown;

function isDeclared(tree: Tree): tree is Declared<unknown> {
  return typeof tree === 'object' && tree !== null && !Array.isArray(tree) && typeof (tree as { known?: unknown }).known === 'boolean';
}

function isRecord(tree: Tree): tree is Record<string, Tree> {
  return typeof tree === 'object' && tree !== null && !Array.isArray(tree);
}

/** Every value in the tree as unknown: the part may be there or not, or differ, depending on the instance. */
export function allUnknown<T>(tree: T): T {
  if (isDeclared(tree)) return asUnknown(tree) as T;
  if (Array.isArray(tree)) return tree.map((t: Tree) => allUnknown(t)) as T;
  if (isRecord(tree)) return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, allUnknown(v)])) as T;
  return tree;
}

/** The address of no one instance: `type.name` without its `[key]`. */
function withoutKey(address: string): string {
  const bracket = address.indexOf('[');
  return bracket < 0 ? address : address.slice(0, bracket);
}

function same(a: Tree, b: Tree): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `first` where it agrees with every one of `others`, unknown where it does not. */
export function mergeInstances<T>(first: T, others: readonly T[]): T {
  return merge(first, others, undefined) as T;
}

function merge(first: Tree, others: readonly Tree[], member: string | undefined): Tree {
  if (others.every((o) => same(o, first))) return first;
  if (first === undefined) return allUnknown(others.find((o) => o !== undefined));
  if (isDeclared(first)) return asUnknown(first);
  if (Array.isArray(first)) {
    if (!others.every((o) => Array.isArray(o) && o.length === first.length)) return allUnknown(first);
    return first.map((item: Tree, i) => merge(item, others.map((o) => (o as Tree[])[i]), undefined));
  }
  if (isRecord(first)) {
    if (!others.every(isRecord)) return allUnknown(first);
    const keys = new Set([...Object.keys(first), ...others.flatMap((o) => Object.keys(o as object))]);
    const out: Record<string, Tree> = {};
    for (const key of keys) {
      const value = merge(first[key], others.map((o) => (o as Record<string, Tree>)[key]), key);
      if (value !== undefined) out[key] = value;
    }
    // Instances that do not declare the same number of variants: the variants cannot be listed.
    const counts = (t: Tree) => isRecord(t) && Array.isArray(t.productionVariants) ? `${t.productionVariants.length}/${(t.shadowVariants as Tree[]).length}` : undefined;
    if (counts(first) !== undefined && others.some((o) => counts(o) !== counts(first))) out.variantsIncomplete = true;
    return out;
  }
  // Members that are not values: where it is written stays the first instance's, the rest says it is not one instance.
  if (member === 'address' && typeof first === 'string') return withoutKey(first);
  if (member === 'variantsIncomplete') return true;
  if (member === 'namePrefix') return undefined;
  return first;
}
