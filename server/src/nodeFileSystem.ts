import { type Dirent, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { URI } from 'vscode-uri';
import type { FileSystem } from './analysis/workspace';
import { MAX_FILE_SIZE } from './analysis/workspace';
import { isInside, readRegularFile } from './readRegularFile';
import { variableFileRank } from './analysis/evaluation/variableFiles';

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A `.tf` or `.tf.json` entry worth reading: a file, or a symlink that readRegularFile will judge. */
function isTfEntry(entry: Dirent): boolean {
  return (entry.isFile() || entry.isSymbolicLink()) && (entry.name.endsWith('.tf') || entry.name.endsWith('.tf.json'));
}

/** The real path, or the absolute one where it cannot be resolved (a folder that does not exist yet). */
function realOrAbsolute(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Reads modules from disk: only regular files inside the workspace folders (see readRegularFile). Invalid UTF-8
 * becomes U+FFFD, as editors show it; unreadable and refused files are skipped, and files over the limit are
 * not read (their size is reported, for the file-too-large message).
 */
export class NodeFileSystem implements FileSystem {
  private folders: { path: string; real: string }[] = [];

  /** The workspace folders on disk (absolute paths), from the initialize request. */
  setWorkspaceFolders(paths: readonly string[]): void {
    this.folders = paths.map((path) => ({ path: resolve(path), real: realOrAbsolute(path) }));
  }

  listTfFiles(dir: string): string[] | undefined {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter(isTfEntry)
        .map((e) => join(dir, e.name))
        .sort();
    } catch {
      return undefined; // unknown: nothing is called undeclared
    }
  }

  listVariableFiles(dir: string): string[] {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && variableFileRank(e.name) !== undefined)
        .map((e) => join(dir, e.name));
    } catch {
      return [];
    }
  }

  readFile(path: string): string | { tooLarge: number } | undefined {
    const result = readRegularFile(path, this.rootsFor(path), MAX_FILE_SIZE);
    if (result.ok) return decoder.decode(result.bytes);
    return result.reason === 'too-large' ? { tooLarge: result.size } : undefined;
  }

  /**
   * Where a file may really be: any workspace folder, for a file in one. A file outside them all (a document opened
   * from elsewhere, or a client that sends no folder) may be read only from its own folder.
   */
  rootsFor(path: string): string[] {
    const absolute = resolve(path);
    if (this.folders.some((f) => isInside(absolute, f.path) || isInside(absolute, f.real))) return this.folders.map((f) => f.real);
    return [realOrAbsolute(dirname(absolute))];
  }
}

/**
 * The local paths of the workspace folders that are on disk. Folders of other schemes (`vscode-vfs://github/…`,
 * `memfs:/…`, `vscode-remote://…`) are not this machine's files, even where a local path of the same name exists:
 * only their open documents are analysed.
 */
export function diskFolders(uris: readonly string[]): string[] {
  return uris.map((uri) => URI.parse(uri)).filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
}

const SKIP = new Set(['node_modules', '.terraform', '.git']);

/**
 * Folders under `root` that hold `.tf` or `.tf.json` files, breadth-first, bounded (folders found, depth, folders read) so a huge
 * tree cannot stall the server. Folder
 * symlinks are not followed (a Dirent of a symlink is not a directory), so links out of the tree or loops back into
 * it are never walked. `onBound` hears which bound cut the walk short, if one did.
 */
export function findModuleFolders(root: string, limit = 1000, maxDepth = 10, maxVisited = 20_000, onBound?: (bound: string) => void): string[] {
  const found: string[] = [];
  let level = [root];
  let visited = 0;
  for (let depth = 0; depth <= maxDepth && level.length && found.length < limit; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      if (++visited > maxVisited) {
        onBound?.(`${maxVisited} folders read`);
        return found;
      }
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      if (entries.some(isTfEntry)) found.push(dir);
      for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) next.push(join(dir, e.name));
      if (found.length >= limit) {
        onBound?.(`${limit} module folders found`);
        break;
      }
    }
    level = next;
  }
  if (level.length && found.length < limit) onBound?.(`depth ${maxDepth}`);
  return found;
}
