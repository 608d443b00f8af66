import { join } from 'node:path';
import { snapshotChanges, snapshotFolder, type FolderSnapshot } from './folderSnapshot';

// For clients that do not watch files (Neovim before 0.9, Helix, minimal clients): the server looks at the folders it
// reads from itself. Each followed folder has a snapshot (one readdir and one stat per file worth reading, see
// folderSnapshot.ts); comparing it with a fresh one gives the files created, changed and deleted since, which the
// server feeds into the same path as `workspace/didChangeWatchedFiles`. Bounded: at most `maxFolders` folders and
// `maxFiles` files per folder are followed, and the timer waits at least `loadFactor` times as long as a round took, so
// a huge tree costs a bounded share of a core. The timer is unref'd: it never keeps the process alive.

export interface DiskChange {
  /** Absolute path of the file. */
  path: string;
  deleted: boolean;
}

export interface DiskPollerOptions {
  maxFolders?: number;
  maxFiles?: number;
  /** Milliseconds between two rounds, at least. */
  intervalMs?: number;
  /** A round is followed by a pause of at least this many times its own duration. */
  loadFactor?: number;
}

export class DiskPoller {
  private readonly snapshots = new Map<string, FolderSnapshot>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly maxFolders: number;
  private readonly maxFiles: number;
  private readonly intervalMs: number;
  private readonly loadFactor: number;
  /** Folders not followed because `maxFolders` was reached, in the last round. */
  skipped = 0;

  constructor(options: DiskPollerOptions = {}) {
    this.maxFolders = options.maxFolders ?? 2000;
    this.maxFiles = options.maxFiles ?? 1000;
    this.intervalMs = options.intervalMs ?? 2000;
    this.loadFactor = options.loadFactor ?? 50;
  }

  /** Starts following `dir` from what is in it now (no change is reported for what is there). False when the bound is reached. */
  track(dir: string): boolean {
    if (this.snapshots.has(dir)) return true;
    if (this.snapshots.size >= this.maxFolders) return false;
    this.snapshots.set(dir, snapshotFolder(dir, this.maxFiles));
    return true;
  }

  isTracked(dir: string): boolean {
    return this.snapshots.has(dir);
  }

  /** What changed in `dir` since it was last looked at; a folder not followed yet is followed from now on (no changes). */
  check(dir: string): DiskChange[] {
    const before = this.snapshots.get(dir);
    if (!before) {
      this.track(dir);
      return [];
    }
    const after = snapshotFolder(dir, this.maxFiles);
    this.snapshots.set(dir, after);
    return snapshotChanges(before, after).map(({ name, deleted }) => ({ path: join(dir, name), deleted }));
  }

  /** Follows exactly `folders` (in order, up to the bound): folders no longer among them are dropped; the changes of the others. */
  sync(folders: Iterable<string>): DiskChange[] {
    const wanted = new Set(folders);
    for (const dir of [...this.snapshots.keys()]) if (!wanted.has(dir)) this.snapshots.delete(dir);
    const changes: DiskChange[] = [];
    this.skipped = 0;
    for (const dir of wanted) {
      if (this.snapshots.has(dir)) changes.push(...this.check(dir));
      else if (!this.track(dir)) this.skipped++;
    }
    return changes;
  }

  forget(dir: string): void {
    this.snapshots.delete(dir);
  }

  get size(): number {
    return this.snapshots.size;
  }

  /** Runs `round` now and then, never twice at once, until `stop`. */
  start(round: () => void): void {
    this.stop();
    const next = (delay: number) => {
      this.timer = setTimeout(() => {
        const started = Date.now();
        try {
          round();
        } finally {
          if (this.timer !== undefined) next(Math.max(this.intervalMs, this.loadFactor * (Date.now() - started)));
        }
      }, delay);
      this.timer.unref?.();
    };
    next(this.intervalMs);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
