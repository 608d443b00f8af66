import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findModuleFolders } from '../nodeFileSystem';

// From the paths on the command line to the module folders to check. A folder is searched for module folders (the
// server's own bounded walk, with wider bounds: a monorepo is the point here); a file is checked as part of its
// folder's module, since its references may point into the module's other files, but only its own findings are shown.

/** Wider than the editor's scan, still bounded so a mistaken `check /` ends. */
const MAX_MODULES = 10_000;
const MAX_DEPTH = 32;
const MAX_FOLDERS_READ = 200_000;

export interface Targets {
  /** Absolute module folders, each once, in the order given. */
  folders: string[];
  /** Per folder, the files to report on; a folder absent here is reported whole. */
  only: Map<string, Set<string>>;
  /** The folders the files may be read from (NodeFileSystem refuses anything else, such as symlinks out of them). */
  roots: string[];
  /** Paths that could not be used, with why. */
  problems: { path: string; message: string }[];
  /** Searches that stopped at a bound (reported, not fatal). */
  notes: { path: string; message: string }[];
}

export function isTerraformFile(path: string): boolean {
  return path.endsWith('.tf') || path.endsWith('.tf.json');
}

export function discover(paths: readonly string[], cwd: string): Targets {
  const targets: Targets = { folders: [], only: new Map(), roots: [], problems: [], notes: [] };
  const whole = new Set<string>();
  const add = (folder: string) => {
    if (!targets.folders.includes(folder)) targets.folders.push(folder);
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      targets.problems.push({ path: given, message: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? 'error'})` });
      continue;
    }
    if (stat.isDirectory()) {
      targets.roots.push(path);
      const found = findModuleFolders(path, MAX_MODULES, MAX_DEPTH, MAX_FOLDERS_READ, (bound) =>
        targets.notes.push({ path: given, message: `the search for module folders stopped at ${bound}; some folders were not checked` }),
      );
      for (const folder of found) {
        whole.add(folder);
        targets.only.delete(folder);
        add(folder);
      }
    } else if (stat.isFile()) {
      if (!isTerraformFile(path)) {
        targets.problems.push({ path: given, message: 'not a Terraform file (.tf or .tf.json)' });
        continue;
      }
      const folder = dirname(path);
      targets.roots.push(folder);
      add(folder);
      if (!whole.has(folder)) targets.only.set(folder, (targets.only.get(folder) ?? new Set()).add(path));
    } else {
      targets.problems.push({ path: given, message: 'neither a file nor a folder' });
    }
  }
  return targets;
}
