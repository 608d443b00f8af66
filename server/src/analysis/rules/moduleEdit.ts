import type { ModuleScope } from '../evaluation/scope';
import type { ParsedFile, ResourceDeclaration } from '../parsedFile';

// What changed in a module since its last diagnosis: per file edited since, the resource declarations between the
// longest unchanged start and end, compared by node (the incremental parse hands an unchanged block's node on, see
// hcl/incremental.ts). The module rules use it to tell that their index would say what it said last time without
// building it again (ModuleRule.contribution).

/**
 * The declarations of one file that an edit replaced (`before`: nodes of the `previous` version, which holds their
 * text) and those it made (`after`, in `file`).
 */
export interface ChangedDeclarations {
  file: ParsedFile;
  previous: ParsedFile;
  before: readonly ResourceDeclaration[];
  after: readonly ResourceDeclaration[];
}

interface Diagnosis {
  files: readonly ParsedFile[];
  /** Each file's declarations as they were: an earlier version's parse is handed on, and not kept by its file. */
  declarations: (readonly ResourceDeclaration[])[];
  provider: object | undefined;
}

export class ModuleEdits {
  // By scope: it is the module's (one object per module while its variables and locals are unchanged), and another
  // scope changes what every block says anyway.
  private readonly last = new WeakMap<ModuleScope, Diagnosis>();

  /**
   * What changed since the last diagnosis of these files in `scope` and with `provider` (then this one is recorded as
   * the last); undefined when there is none, or the module's files are not the same ones in the same order.
   */
  since(files: readonly ParsedFile[], scope: ModuleScope, provider: object | undefined): ChangedDeclarations[] | undefined {
    const last = this.last.get(scope);
    this.last.set(scope, { files, declarations: files.map((f) => f.declarations.resources), provider });
    if (!last || last.provider !== provider || last.files.length !== files.length) return undefined;
    const changed: ChangedDeclarations[] = [];
    for (let i = 0; i < files.length; i++) {
      if (files[i] === last.files[i]) continue;
      if (files[i].uri !== last.files[i].uri) return undefined;
      changed.push(changedRun(files[i], last.files[i], last.declarations[i], files[i].declarations.resources));
    }
    return changed;
  }
}

function changedRun(file: ParsedFile, previous: ParsedFile, before: readonly ResourceDeclaration[], after: readonly ResourceDeclaration[]): ChangedDeclarations {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start].block === after[start].block) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end].block === after[after.length - 1 - end].block) end++;
  return { file, previous, before: before.slice(start, before.length - end), after: after.slice(start, after.length - end) };
}
