import { dirname } from 'node:path';
import { isInside } from '../readRegularFile';

/**
 * The folders to look at for changes on disk: the module folders the server has loaded first, then the folders between
 * each and the workspace folder holding it, and the workspace folders themselves (a project file there applies to the
 * modules below; a `.tf` file appearing there makes a new module). A module outside every workspace folder (a document
 * opened from elsewhere) has only its own folder.
 */
export function followedFolders(moduleFolders: Iterable<string>, workspaceFolders: readonly string[]): string[] {
  const folders = new Set(moduleFolders);
  const around = new Set<string>();
  for (const folder of folders) {
    const root = workspaceFolders.find((w) => isInside(folder, w));
    if (root === undefined) continue;
    for (let dir = dirname(folder); isInside(dir, root) && !folders.has(dir) && !around.has(dir); dir = dirname(dir)) {
      around.add(dir);
      if (dir === root || dirname(dir) === dir) break;
    }
  }
  for (const root of workspaceFolders) around.add(root);
  return [...folders, ...[...around].filter((dir) => !folders.has(dir))];
}
