import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSystem } from './analysis/workspace';
import { MAX_FILE_SIZE } from './analysis/workspace';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Reads modules from disk. Invalid UTF-8 becomes U+FFFD, as editors show it; unreadable files are skipped, and files over the limit are not read. */
export const nodeFileSystem: FileSystem = {
  listTfFiles(dir) {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.tf'))
        .map((e) => join(dir, e.name))
        .sort();
    } catch {
      return [];
    }
  },
  readFile(path) {
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_SIZE) return { tooLarge: size };
      return decoder.decode(readFileSync(path));
    } catch {
      return undefined;
    }
  },
};

const SKIP = new Set(['node_modules', '.terraform', '.git']);

/** Folders under `root` that hold `.tf` files, breadth-first, bounded so a huge tree cannot stall the server. */
export function findModuleFolders(root: string, limit = 1000, maxDepth = 10): string[] {
  const found: string[] = [];
  let level = [root];
  for (let depth = 0; depth <= maxDepth && level.length && found.length < limit; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      if (entries.some((e) => e.isFile() && e.name.endsWith('.tf'))) found.push(dir);
      for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) next.push(join(dir, e.name));
      if (found.length >= limit) break;
    }
    level = next;
  }
  return found;
}
