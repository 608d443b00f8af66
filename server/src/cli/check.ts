import { relative, sep } from 'node:path';
import { URI } from 'vscode-uri';
import type { Finding } from '../analysis/diagnostics';
import { ParsedFile } from '../analysis/parsedFile';
import { Workspace } from '../analysis/workspace';
import { discover, type Targets } from './discover';
import { RecordingFileSystem } from './recordingFileSystem';

// One check run: the server's Workspace (same parser, schema, rules, variable resolution and caches) over the module
// folders the paths name, and nothing the server does not do.

export interface FileFindings {
  file: ParsedFile;
  /** Absolute path on disk. */
  path: string;
  findings: Finding[];
  /** A `.sagemaker-terraform.json` that could not be read (not counted among the Terraform files checked). */
  projectFile?: true;
}

export interface CheckRun {
  files: FileFindings[];
  modules: number;
  /** Paths that could not be used or read (exit code 2). */
  problems: { path: string; message: string }[];
  notes: { path: string; message: string }[];
}

/** `onModule` hears each module as it is done (the progress line). */
export function runCheck(paths: readonly string[], cwd: string, onModule?: (done: number, total: number) => void): CheckRun {
  return analyse(discover(paths, cwd), cwd, onModule);
}

export function analyse(targets: Targets, cwd: string, onModule?: (done: number, total: number) => void): CheckRun {
  const fs = new RecordingFileSystem(targets.roots);
  const workspace = new Workspace(fs);
  const files: FileFindings[] = [];
  // A project file that cannot be read is reported once, on itself, as the editor shows it (its defaults apply).
  const projectFiles = new Set<string>();
  targets.folders.forEach((folder, index) => {
    const only = targets.only.get(folder);
    const moduleUri = URI.file(folder).toString();
    for (const { file, findings } of workspace.diagnose(moduleUri).values()) {
      const path = URI.parse(file.uri).fsPath;
      if (!only || only.has(path)) files.push({ file, path, findings });
    }
    const project = workspace.projectSettings(moduleUri);
    if (project.path !== undefined && !projectFiles.has(project.path)) {
      projectFiles.add(project.path);
      if (project.problems.length) files.push({ file: new ParsedFile(URI.file(project.path).toString(), project.text, 0), path: project.path, findings: [...project.problems], projectFile: true });
    }
    onModule?.(index + 1, targets.folders.length);
  });
  const problems = [...targets.problems];
  for (const path of fs.unreadable) problems.push({ path: displayPath(path, cwd), message: 'could not be read (unreadable, not a regular file, or a link out of the checked folders)' });
  return { files, modules: targets.folders.length, problems, notes: targets.notes };
}

/** A path as shown to the user and written in reports: relative to the working directory, with `/` separators. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}
