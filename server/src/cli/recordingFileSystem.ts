import type { FileSystem } from '../analysis/workspace';
import { NodeFileSystem } from '../nodeFileSystem';

/**
 * The server's file system, with a memory of what it could not read: the server skips such files quietly (the
 * editor shows what it has), while the command must say so and exit with 2.
 */
export class RecordingFileSystem implements FileSystem {
  private readonly inner = new NodeFileSystem();
  /** Absolute paths of Terraform files that were listed but could not be read, and folders that could not be listed. */
  readonly unreadable = new Set<string>();

  constructor(roots: readonly string[]) {
    this.inner.setWorkspaceFolders(roots);
  }

  listTfFiles(dir: string): string[] | undefined {
    const listed = this.inner.listTfFiles(dir);
    if (listed === undefined) this.unreadable.add(dir);
    return listed;
  }

  listVariableFiles(dir: string): string[] {
    return this.inner.listVariableFiles(dir);
  }

  readFile(path: string): string | { tooLarge: number } | undefined {
    const read = this.inner.readFile(path);
    // Lock files and variable files are optional; only a module's own files must be read.
    if (read === undefined && (path.endsWith('.tf') || path.endsWith('.tf.json'))) this.unreadable.add(path);
    return read;
  }
}
