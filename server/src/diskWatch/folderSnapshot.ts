import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { variableFileRank } from '../analysis/evaluation/variableFiles';
import { LOCK_FILE_NAME } from '../analysis/providerVersion/lockFile';
import { PROJECT_FILE_NAME } from '../analysis/settings/projectSettings';

// What a folder's files the server reads look like on disk right now: one stat per file, so a change of content,
// a new file or a deleted one shows as a different snapshot without reading any file. For clients that do not
// watch files (see diskPoller.ts).

/** File name → identity and version of what is there (inode, size, mtime and ctime in ns; `?` when stat failed). */
export type FolderSnapshot = Map<string, string>;

/** The names the server reads from a folder: `.tf`, `.tf.json`, the variable files, the lock file, the project file. */
export function isReadName(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json') || variableFileRank(name) !== undefined || name === LOCK_FILE_NAME || name === PROJECT_FILE_NAME;
}

/**
 * The snapshot of `dir`: its entries worth reading (files and symlinks, judged later by the reader), at most `maxFiles`
 * of them by name. An unreadable or vanished folder has an empty snapshot, so its files show as deleted.
 */
export function snapshotFolder(dir: string, maxFiles: number): FolderSnapshot {
  const snapshot: FolderSnapshot = new Map();
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isReadName(e.name))
      .map((e) => e.name)
      .sort()
      .slice(0, maxFiles);
  } catch {
    return snapshot;
  }
  for (const name of names) {
    try {
      // Followed through symlinks: the file read is the target.
      const s = statSync(join(dir, name), { bigint: true });
      snapshot.set(name, `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`);
    } catch {
      snapshot.set(name, '?');
    }
  }
  return snapshot;
}

/** The names created, changed or deleted from `before` to `after`. */
export function snapshotChanges(before: FolderSnapshot, after: FolderSnapshot): { name: string; deleted: boolean }[] {
  const changes: { name: string; deleted: boolean }[] = [];
  for (const [name, key] of after) if (before.get(name) !== key) changes.push({ name, deleted: false });
  for (const name of before.keys()) if (!after.has(name)) changes.push({ name, deleted: true });
  return changes;
}
