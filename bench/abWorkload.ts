// The workload `npm run bench:ab` runs for each of two builds in one process (bench/ab.mjs): a document (the
// runner's, bench/document.mjs) in a workspace of its own, typed into one character at a time (`edit`), or unseen
// documents diagnosed in full (`full`); each diagnosis goes as far as the JSON of its publication. Bundled from each
// tree, so it imports its own analysis.
import { performance } from 'node:perf_hooks';
import { toDiagnostic } from '../server/src/analysis/diagnostics';
import { Workspace, type FileSystem } from '../server/src/analysis/workspace';

const NOTHING_ON_DISK: FileSystem = { listTfFiles: () => [], listVariableFiles: () => [], readFile: () => undefined };

/** `document(salt)`: the text, with every name made new by `salt`. */
export function setup(name: string, document: (salt: string) => string): { edit(): number; full(k: number): number } {
  const workspace = new Workspace(NOTHING_ON_DISK);
  const diagnose = (uri: string) => {
    for (const [u, { file, findings }] of workspace.diagnose(Workspace.moduleOf(uri))) {
      JSON.stringify({ uri: u, diagnostics: findings.map((f) => toDiagnostic(file, f)) });
    }
  };
  const uri = `file:///ab/${name}/main.tf`;
  let text = document('');
  let version = 1;
  workspace.openDocument(uri, text, version);
  diagnose(uri);
  let at = text.indexOf('"model-', text.length >> 1) + 2;
  return {
    edit() {
      text = text.slice(0, at) + 'x' + text.slice(at);
      at++;
      const t0 = performance.now();
      workspace.openDocument(uri, text, ++version);
      diagnose(uri);
      return performance.now() - t0;
    },
    full(k) {
      const other = `file:///ab/${name}/full${k}/main.tf`;
      const t0 = performance.now();
      workspace.openDocument(other, document(`k${k}_`), 1);
      diagnose(other);
      const ms = performance.now() - t0;
      workspace.closeDocument(other);
      diagnose(other);
      return ms;
    },
  };
}
