// The order completion lists values in: deprecated values last, instance types by family and then by size (large,
// xlarge, 2xlarge … 48xlarge, as capacity grows, not as strings sort), every other value in the order its list has.

import type { Candidate } from '../constraints/behaviour';

const SMALL_SIZES = ['nano', 'micro', 'small', 'medium', 'large'];

/** `ml.<family>.<size>` as family and capacity rank; undefined for a value that is no instance type. */
function instanceKey(value: string): { family: string; rank: number } | undefined {
  const match = /^(ml\.[a-z0-9-]+)\.([a-z0-9-]+)$/.exec(value);
  if (!match) return undefined;
  const size = match[2];
  const multiple = /^(\d*)xlarge$/.exec(size);
  if (multiple) return { family: match[1], rank: SMALL_SIZES.length + (multiple[1] ? Number(multiple[1]) : 1) };
  const small = SMALL_SIZES.indexOf(size);
  // Sizes we do not know (such as metal) after the known ones of their family.
  return { family: match[1], rank: small >= 0 ? small : 1000 };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** sortText for each candidate, by position in `candidates`. */
export function candidateSortTexts(candidates: readonly Candidate[]): string[] {
  const keyed = candidates.map((candidate, index) => ({ index, deprecated: candidate.deprecated ? 1 : 0, key: instanceKey(candidate.value) }));
  keyed.sort(
    (a, b) =>
      a.deprecated - b.deprecated ||
      (a.key && b.key ? compare(a.key.family, b.key.family) || a.key.rank - b.key.rank : 0) ||
      a.index - b.index,
  );
  const out: string[] = new Array(candidates.length);
  keyed.forEach((k, position) => (out[k.index] = String(position).padStart(4, '0')));
  return out;
}
