import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

// Files on disk are read only when they are what their name claims: regular files inside the folders the editor
// opened. A `.tf` symlink to a secret elsewhere, a FIFO (a plain read waits forever for a writer) or /dev/zero (a
// plain read never ends) must neither show its content nor stall or bloat the server.

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'unreadable' | 'not-regular' | 'outside' }
  /** `size` is what the file claims, or at least limit + 1 bytes for one that grew while it was read. */
  | { ok: false; reason: 'too-large'; size: number };

// O_NONBLOCK: a FIFO put in place after the checks is opened without waiting for a writer (and then refused).
// O_NOFOLLOW: the real path has no symlink left, so one put there after the checks is not followed.
// Either is 0 where the platform lacks it.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
const FIRST_CHUNK = 64 * 1024;

/** Whether `path` is `folder` or lies below it (both absolute, compared as given). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The bytes of `path` when it is a regular file, or a symlink to one, whose real path lies inside one of `roots`
 * (real paths themselves), and holds at most `limit` bytes. Whatever the file claims, no more than limit + 1
 * bytes are read, from the descriptor that was checked.
 */
export function readRegularFile(path: string, roots: readonly string[], limit: number): ReadResult {
  let real: string;
  try {
    const entry = lstatSync(path);
    if (!entry.isFile() && !entry.isSymbolicLink()) return { ok: false, reason: 'not-regular' };
    real = realpathSync.native(path);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!roots.some((root) => isInside(real, root))) return { ok: false, reason: 'outside' };
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-regular' };
    if (stat.size > limit) return { ok: false, reason: 'too-large', size: stat.size };
    return readAtMost(fd, stat.size, limit);
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** Reads until the end, but never more than limit + 1 bytes: a file that grows past `limit` is too large. */
function readAtMost(fd: number, expected: number, limit: number): ReadResult {
  const cap = limit + 1;
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(expected + 1, FIRST_CHUNK)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length === cap) break;
      const bigger = Buffer.allocUnsafe(Math.min(cap, length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > limit) return { ok: false, reason: 'too-large', size: length };
  return { ok: true, bytes: buffer.subarray(0, length) };
}
