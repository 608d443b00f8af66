// Provider version numbers as the schema records them (`since`, `requiredBefore`) and as modules pin them: three
// numeric parts and an optional pre-release tag, ordered as semantic versions (a pre-release before its release).

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** `beta1` in `6.0.0-beta1`; empty for a release. */
  pre: string;
}

// Bounded: at most three parts of up to 9 digits, a pre-release tag of up to 40 characters (linear, no nesting).
const VERSION = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:-([0-9A-Za-z.-]{1,40}))?$/;

/** A version, with its count of written numeric parts (`5.0` has 2); undefined when it is not one. */
export function parseVersion(text: string): { version: Version; parts: number } | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const parts = match[3] !== undefined ? 3 : match[2] !== undefined ? 2 : 1;
  return {
    version: { major: Number(match[1]), minor: Number(match[2] ?? 0), patch: Number(match[3] ?? 0), pre: match[4] ?? '' },
    parts,
  };
}

/** A version written in full (`x.y.z`), as the schema and lock files write them; throws otherwise (schema data). */
export function version(text: string): Version {
  const parsed = parseVersion(text);
  if (!parsed || parsed.parts !== 3) throw new Error(`Not a full version: ${text}`);
  return parsed.version;
}

export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (a.pre === b.pre) return 0;
  if (a.pre === '') return 1;
  if (b.pre === '') return -1;
  return a.pre < b.pre ? -1 : 1;
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre ? `-${v.pre}` : ''}`;
}

/** The later of two `x.y.z` versions; undefined stands for "no version recorded". */
export function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareVersions(version(a), version(b)) >= 0 ? a : b;
}
