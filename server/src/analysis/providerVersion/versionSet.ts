import { compareVersions, parseVersion, type Version } from '../../schema/version';

// The versions a Terraform version constraint allows, as a union of intervals. Only one question is asked of it:
// "may a version at or after X be in use?". Where Terraform's reading of a constraint is unclear (missing parts
// after `=` or `<=`), the wider reading is taken, so a module is never judged on a version it might not use.

interface Bound {
  version: Version;
  inclusive: boolean;
}

/** Versions between `lower` and `upper`; a missing bound is open. */
export interface Interval {
  lower?: Bound;
  upper?: Bound;
}

export type VersionSet = readonly Interval[];

export const ALL_VERSIONS: VersionSet = [{}];

export function exactly(version: Version): VersionSet {
  return [{ lower: { version, inclusive: true }, upper: { version, inclusive: true } }];
}

function isEmpty(i: Interval): boolean {
  if (!i.lower || !i.upper) return false;
  const c = compareVersions(i.lower.version, i.upper.version);
  return c > 0 || (c === 0 && !(i.lower.inclusive && i.upper.inclusive));
}

function tighterLower(a?: Bound, b?: Bound): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersions(a.version, b.version);
  return c > 0 || (c === 0 && !a.inclusive) ? a : b;
}

function tighterUpper(a?: Bound, b?: Bound): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersions(a.version, b.version);
  return c < 0 || (c === 0 && !a.inclusive) ? a : b;
}

export function intersect(a: VersionSet, b: VersionSet): VersionSet {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const i = { lower: tighterLower(x.lower, y.lower), upper: tighterUpper(x.upper, y.upper) };
      if (!isEmpty(i)) out.push(i);
    }
  }
  return out;
}

export function isEmptySet(set: VersionSet): boolean {
  return set.every(isEmpty);
}

/** Whether some version the set allows is `version` or later. */
export function allowsAtLeast(set: VersionSet, version: Version): boolean {
  return set.some((i) => {
    if (isEmpty(i)) return false;
    if (!i.upper) return true;
    const c = compareVersions(i.upper.version, version);
    return c > 0 || (c === 0 && i.upper.inclusive);
  });
}

/** The first version after every `x.y.z` with the given leading parts: `1.2` → 1.3.0, `1` → 2.0.0. */
function nextAfter(v: Version, parts: number): Version {
  if (parts <= 1) return { major: v.major + 1, minor: 0, patch: 0, pre: '' };
  if (parts === 2) return { major: v.major, minor: v.minor + 1, patch: 0, pre: '' };
  return { major: v.major, minor: v.minor, patch: v.patch + 1, pre: '' };
}

const at = (version: Version, inclusive: boolean): Bound => ({ version, inclusive });

// One constraint: an operator (or none, meaning `=`) and a version, spaces allowed between them. Bounded and linear.
const CONSTRAINT = /^(=|!=|>=|<=|>|<|~>)?\s*(\S{1,60})$/;

/** The versions one comparison allows; undefined when it is not one Terraform accepts. */
function single(text: string): VersionSet | undefined {
  const match = CONSTRAINT.exec(text.trim());
  if (!match) return undefined;
  const parsed = parseVersion(match[2]);
  if (!parsed) return undefined;
  const { version: v, parts } = parsed;
  switch (match[1] ?? '=') {
    case '=':
      // `= 5.1` may mean 5.1.0 or any 5.1.x: the wider.
      return parts === 3 ? exactly(v) : [{ lower: at(v, true), upper: at(nextAfter(v, parts), false) }];
    case '!=':
      return [{ upper: at(v, false) }, { lower: at(v, false) }];
    case '>':
      return [{ lower: at(v, false) }];
    case '>=':
      return [{ lower: at(v, true) }];
    case '<':
      return [{ upper: at(v, false) }];
    case '<=':
      return [{ upper: parts === 3 ? at(v, true) : at(nextAfter(v, parts), false) }];
    case '~>':
      // `~> 5.1` allows 5.x from 5.1 on; `~> 5.1.2` allows 5.1.x from 5.1.2 on; `~> 5` allows 5.x.
      return [{ lower: at(v, true), upper: at(nextAfter(v, Math.max(1, parts - 1)), false) }];
    default:
      return undefined;
  }
}

/**
 * The versions a constraint string such as `">= 5.0, < 6.0"` or `"~> 5.46"` allows; undefined when any part of it
 * is not a constraint Terraform accepts (then nothing is judged from it).
 */
export function parseConstraint(text: string): VersionSet | undefined {
  if (text.length > 1000) return undefined;
  const parts = text.split(',');
  if (parts.length > 20) return undefined;
  let set: VersionSet = ALL_VERSIONS;
  for (const part of parts) {
    const one = single(part);
    if (!one) return undefined;
    set = intersect(set, one);
  }
  return set;
}
