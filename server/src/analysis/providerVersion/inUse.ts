import { URI, Utils } from 'vscode-uri';
import { formatVersion, version, type Version } from '../../schema/version';
import type { ParsedFile } from '../parsedFile';
import { LOCK_FILE_NAME } from './lockFile';
import { awsConstraints } from './requiredProviders';
import { allowsAtLeast, exactly, intersect, isEmptySet, parseConstraint, ALL_VERSIONS, type VersionSet } from './versionSet';

// Which AWS provider versions a module is checked against: the one its lock file selected, else what its
// `required_providers` constraints allow, else none in particular (undefined: the current schema, nothing judged).

export interface ProviderVersionInUse {
  kind: 'lock' | 'constraint';
  allowed: VersionSet;
  /** `5.100.0`, or the constraints as written (`~> 5.0`). */
  text: string;
  /** The file it was read from. */
  uri: string;
  /** Equal keys mean the same versions from the same place (what cached findings are checked against). */
  key: string;
}

/** The module's lock file, where it has one, with the AWS provider version it selected (lockFile.ts). */
export interface LockFile {
  uri: string;
  version?: Version;
}

export function providerVersionInUse(lock: LockFile | undefined, files: readonly ParsedFile[]): ProviderVersionInUse | undefined {
  const locked = lock?.version;
  if (lock && locked) {
    const text = formatVersion(locked);
    return { kind: 'lock', allowed: exactly(locked), text, uri: lock.uri, key: `lock ${text}` };
  }
  const written = awsConstraints(files);
  let allowed: VersionSet = ALL_VERSIONS;
  const texts: string[] = [];
  for (const constraint of written) {
    // A constraint we cannot read narrows nothing: judging on the others alone only ever allows more versions.
    const set = parseConstraint(constraint.text);
    if (!set) continue;
    allowed = intersect(allowed, set);
    texts.push(constraint.text.trim());
  }
  // No constraint, or constraints no version satisfies (`terraform init` fails on those): nothing to judge by.
  if (texts.length === 0 || isEmptySet(allowed)) return undefined;
  const text = texts.join(', ');
  return { kind: 'constraint', allowed, text, uri: written[0].file.uri, key: `constraint ${text}` };
}

/** Whether every version the module may use predates `since` (`x.y.z`): only then is anything judged. */
export function predates(inUse: ProviderVersionInUse | undefined, since: string | undefined): inUse is ProviderVersionInUse {
  return inUse !== undefined && since !== undefined && !allowsAtLeast(inUse.allowed, version(since));
}

/** Where the version comes from, in a few words: ".terraform.lock.hcl", "required_providers in versions.tf". */
export function originOf(inUse: ProviderVersionInUse): string {
  return inUse.kind === 'lock' ? LOCK_FILE_NAME : `required_providers in ${Utils.basename(URI.parse(inUse.uri))}`;
}

/** "this module uses 5.100.0 (from .terraform.lock.hcl)", for messages. */
export function describeInUse(inUse: ProviderVersionInUse): string {
  return inUse.kind === 'lock'
    ? `this module uses ${inUse.text} (from ${originOf(inUse)})`
    : `this module allows only "${inUse.text}" (from ${originOf(inUse)})`;
}
