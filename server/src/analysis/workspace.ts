import { URI, Utils } from 'vscode-uri';
import { fileFindingList, FindingList, moduleFindings, type BlockCaches, type Finding } from './diagnostics';
import { BlockFindings } from './diagnostics/blockFindings';
import type { RuleOptions } from './rules/types';
import { ModuleRuleMemo } from './rules/moduleRuleMemo';
import { ModuleScope } from './evaluation/scope';
import { MAX_FILE_SIZE, ParsedFile } from './parsedFile';
import { VariableFile, variableFileRank } from './evaluation/variableFiles';
import { withoutJsonEdits } from './fixes/jsonFiles';
import { applySuppressions } from './suppressions/apply';
import { isIgnoredPath, NO_PROJECT_SETTINGS, settingsOf, PROJECT_FILE_NAME, projectSettingsFor, type ProjectSettings } from './settings/projectSettings';
import { mergeLevels, withLevels, type Level } from './settings/levels';

/** Whether a URI names a variable file Terraform loads by itself. */
export function isVariableFile(uri: string): boolean {
  return variableFileRank(Utils.basename(URI.parse(uri))) !== undefined;
}
import { LOCK_FILE_NAME, lockedAwsVersion } from './providerVersion/lockFile';
import { providerVersionInUse, type LockFile, type ProviderVersionInUse } from './providerVersion/inUse';

export { MAX_FILE_SIZE };

/** How the workspace reads files that are not open in the editor. */
export interface FileSystem {
  /** `.tf` and `.tf.json` files directly in `dir` (a module is one folder, not its subfolders); undefined when `dir` cannot be read. */
  listTfFiles(dir: string): string[] | undefined;
  /** The variable files Terraform loads by itself directly in `dir` (terraform.tfvars, *.auto.tfvars, their .json forms). */
  listVariableFiles?(dir: string): string[];
  /** The text, or `{ tooLarge: size }` for a file over MAX_FILE_SIZE (not read); undefined when unreadable. */
  readFile(path: string): string | { tooLarge: number } | undefined;
}

/**
 * The Terraform modules the editor has touched: every `.tf` and `.tf.json` file of each folder, open or on disk. Open documents
 * win over the disk; parses are cached per version, and per-file findings per parse.
 */
export class Workspace {
  private readonly open = new Map<string, ParsedFile>();
  private readonly disk = new Map<string, ParsedFile>();
  /** Module folder URI → URIs of its files. */
  private readonly modules = new Map<string, Set<string>>();
  /** Module folders whose listing failed (not there yet, unreadable): their declarations are not all known. */
  private readonly unlisted = new Set<string>();
  /** Per-file findings, valid while the module's scope is the one they were worked out in. */
  private findings = new WeakMap<ParsedFile, { scope: ModuleScope; provider?: ProviderVersionInUse; list: FindingList }>();
  /** Per module folder: its `.terraform.lock.hcl` as last read (undefined: none), and the version in use. */
  private readonly locks = new Map<string, LockFile | undefined>();
  private readonly providers = new Map<string, ProviderVersionInUse | undefined>();
  private readonly scopes = new Map<string, ModuleScope>();
  /** Module folder URI → its variable files, read from disk on first use and dropped when one changes. */
  private readonly variableFileCache = new Map<string, VariableFile[]>();
  private options: RuleOptions = {};
  /** The user's severity overrides (the editor setting), on top of the project file's. */
  private userLevels: ReadonlyMap<string, Level> = new Map();
  /** Folder path → the project settings found from it (see projectSettingsFor); dropped when a project file changes. */
  private projectSettingsCache = new Map<string, ProjectSettings>();
  /** Per open document: the findings of its resource blocks in its last checked version (see BlockFindings). */
  private readonly blockFindings = new Map<string, BlockFindings>();
  /** The module rules' findings per resource block, for every module (see ModuleRuleMemo). */
  private readonly moduleRuleMemo = new ModuleRuleMemo();
  /** The last diagnosis of each module, valid while the module's parsed files are the same objects. */
  private diagnoses = new Map<string, { files: ParsedFile[]; scope: ModuleScope; result: Map<string, { file: ParsedFile; findings: Finding[] }> }>();

  constructor(private readonly fs: FileSystem) {}

  /** Options of the rules (from the user's settings); cached findings are dropped when they change. */
  setRuleOptions(options: RuleOptions): void {
    if (JSON.stringify(options) === JSON.stringify(this.options)) return;
    this.options = options;
    this.findings = new WeakMap();
    this.diagnoses.clear();
  }

  /** The user's severity overrides; diagnoses are worked out again when they change. */
  setUserLevels(levels: ReadonlyMap<string, Level>): void {
    if (JSON.stringify([...levels]) === JSON.stringify([...this.userLevels])) return;
    this.userLevels = levels;
    this.diagnoses.clear();
  }

  static isProjectFile(uri: string): boolean {
    return uri.endsWith(`/${PROJECT_FILE_NAME}`);
  }

  /** A project file changed, appeared or vanished: every module may now be under another one. */
  projectFileChanged(): void {
    this.projectSettingsCache = new Map();
    this.diagnoses.clear();
  }

  /** A project file as it is on disk now (its problems, for the file's own diagnostics). */
  readProjectFile(path: string): ProjectSettings {
    return settingsOf(path, this.fs.readFile(path));
  }

  /** The project settings of a module (none for folders not on disk). */
  projectSettings(moduleUri: string): ProjectSettings {
    const folder = URI.parse(moduleUri);
    if (folder.scheme !== 'file') return NO_PROJECT_SETTINGS;
    return projectSettingsFor(folder.fsPath, this.fs, this.projectSettingsCache);
  }

  static moduleOf(uri: string): string {
    return Utils.dirname(URI.parse(uri)).toString();
  }

  openDocument(uri: string, text: string, version: number): ParsedFile {
    const file = new ParsedFile(uri, text, version, text.length, this.open.get(uri));
    this.open.set(uri, file);
    this.loadModule(Workspace.moduleOf(uri)).add(uri);
    return file;
  }

  closeDocument(uri: string): void {
    this.open.delete(uri);
    // Its blocks' findings served its edits; the file on disk, if any, is checked once and they would only weigh.
    this.blockFindings.delete(uri);
    this.disk.delete(uri);
    // A document that was never saved leaves its module when it closes.
    if (!this.get(uri)) this.modules.get(Workspace.moduleOf(uri))?.delete(uri);
  }

  static isLockFile(uri: string): boolean {
    return uri.endsWith(`/${LOCK_FILE_NAME}`);
  }

  /** A file changed, appeared or vanished on disk. */
  diskChanged(uri: string, deleted: boolean): void {
    if (Workspace.isLockFile(uri)) {
      const moduleUri = Workspace.moduleOf(uri);
      this.locks.delete(moduleUri);
      this.diagnoses.delete(moduleUri);
      return;
    }
    if (isVariableFile(uri)) {
      this.variableFileCache.delete(Workspace.moduleOf(uri));
      return;
    }
    this.disk.delete(uri);
    const module = this.modules.get(Workspace.moduleOf(uri));
    if (!module) return;
    // A folder that could not be listed is listed again now that something happens in it (its open files stay).
    if (this.unlisted.has(Workspace.moduleOf(uri))) {
      const listed = this.fs.listTfFiles(URI.parse(Workspace.moduleOf(uri)).fsPath);
      if (listed) this.unlisted.delete(Workspace.moduleOf(uri));
      for (const path of listed ?? []) module.add(URI.file(path).toString());
    }
    if (deleted && !this.open.has(uri)) module.delete(uri);
    else module.add(uri);
  }

  /** Scans a module folder once; later changes arrive through `diskChanged`. */
  loadModule(moduleUri: string): Set<string> {
    let files = this.modules.get(moduleUri);
    if (files) return files;
    files = new Set();
    // Only folders on disk have other files; an untitled document is a module of its own.
    const folder = URI.parse(moduleUri);
    if (folder.scheme === 'file') {
      const listed = this.fs.listTfFiles(folder.fsPath);
      if (listed === undefined) this.unlisted.add(moduleUri);
      for (const path of listed ?? []) files.add(URI.file(path).toString());
    }
    this.modules.set(moduleUri, files);
    return files;
  }

  moduleUris(): string[] {
    return [...this.modules.keys()];
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  get(uri: string): ParsedFile | undefined {
    const open = this.open.get(uri);
    if (open) return open;
    let file = this.disk.get(uri);
    if (!file) {
      const location = URI.parse(uri);
      if (location.scheme !== 'file') return undefined;
      const read = this.fs.readFile(location.fsPath);
      if (read === undefined) return undefined;
      file = typeof read === 'string' ? new ParsedFile(uri, read, 0) : new ParsedFile(uri, '', 0, read.tooLarge);
      this.disk.set(uri, file);
    }
    return file;
  }

  /** Every file of the module holding `uri`. */
  moduleFiles(moduleUri: string): ParsedFile[] {
    const files: ParsedFile[] = [];
    for (const uri of this.loadModule(moduleUri)) {
      const file = this.get(uri);
      if (file) files.push(file);
    }
    return files;
  }

  /**
   * The values the module declares (variables, locals). The same object while they are unchanged, however the rest
   * of its files is edited, so findings cached against it stay valid.
   */
  scope(moduleUri: string, files: readonly ParsedFile[] = this.moduleFiles(moduleUri)): ModuleScope {
    const scope = ModuleScope.update(this.scopes.get(moduleUri), files, this.variableFiles(moduleUri), this.isComplete(moduleUri));
    this.scopes.set(moduleUri, scope);
    return scope;
  }

  /** Whether the module's declarations are all read: a folder on disk whose files (`.tf` and `.tf.json`) were listed. */
  private isComplete(moduleUri: string): boolean {
    this.loadModule(moduleUri);
    return URI.parse(moduleUri).scheme === 'file' && !this.unlisted.has(moduleUri);
  }

  /** The variable files of a module folder on disk, in no particular order (the scope puts them in Terraform's). */
  variableFiles(moduleUri: string): VariableFile[] {
    let files = this.variableFileCache.get(moduleUri);
    if (files) return files;
    files = [];
    const folder = URI.parse(moduleUri);
    if (folder.scheme === 'file' && this.fs.listVariableFiles) {
      for (const path of this.fs.listVariableFiles(folder.fsPath)) {
        const text = this.fs.readFile(path);
        if (typeof text === 'string') files.push(new VariableFile(URI.file(path).toString(), Utils.basename(URI.file(path)), text));
      }
    }
    this.variableFileCache.set(moduleUri, files);
    return files;
  }

  /** The module's lock file: read once, again after a watched change. Only folders on disk have one. */
  private lockOf(moduleUri: string): LockFile | undefined {
    if (this.locks.has(moduleUri)) return this.locks.get(moduleUri);
    const folder = URI.parse(moduleUri);
    let lock: LockFile | undefined;
    if (folder.scheme === 'file') {
      const uri = Utils.joinPath(folder, LOCK_FILE_NAME);
      const text = this.fs.readFile(uri.fsPath);
      if (typeof text === 'string') lock = { uri: uri.toString(), version: lockedAwsVersion(text) };
    }
    this.locks.set(moduleUri, lock);
    return lock;
  }

  /**
   * The AWS provider versions the module is checked against (undefined: the current one). The same object while they
   * are unchanged, so findings cached against it stay valid.
   */
  providerVersion(moduleUri: string, files: readonly ParsedFile[] = this.moduleFiles(moduleUri)): ProviderVersionInUse | undefined {
    const next = providerVersionInUse(this.lockOf(moduleUri), files);
    const previous = this.providers.get(moduleUri);
    if (previous && next && previous.key === next.key && previous.uri === next.uri) return previous;
    this.providers.set(moduleUri, next);
    return next;
  }

  /**
   * The block findings of the file's last checked version, when worked out in the same context, and a new cache for
   * this version (which replaces it: only the blocks of the current version are kept).
   */
  private blockCaches(file: ParsedFile, scope: ModuleScope, provider: ProviderVersionInUse | undefined): BlockCaches {
    // `options` is replaced, never changed, when the settings change (setRuleOptions): its identity says it all.
    const context = { scope, provider, options: this.options };
    const last = this.blockFindings.get(file.uri);
    const next = new BlockFindings(context);
    this.blockFindings.set(file.uri, next);
    return { previous: last?.matches(context) ? last : undefined, next };
  }

  /** All findings of every file of a module, keyed by URI. */
  diagnose(moduleUri: string): Map<string, { file: ParsedFile; findings: Finding[] }> {
    const files = this.moduleFiles(moduleUri);
    // Every edit or disk change makes a new ParsedFile, so unchanged identities mean unchanged findings
    // (code actions ask on every cursor move).
    const scope = this.scope(moduleUri, files);
    const last = this.diagnoses.get(moduleUri);
    if (last && last.scope === scope && last.files.length === files.length && last.files.every((f, i) => f === files[i])) return last.result;
    const provider = this.providerVersion(moduleUri, files);
    const shared = moduleFindings(files, scope, provider, this.moduleRuleMemo);
    const project = this.projectSettings(moduleUri);
    const levels = mergeLevels(project.severity, this.userLevels);
    const result = new Map<string, { file: ParsedFile; findings: Finding[] }>();
    for (const file of files) {
      // A file's findings depend on its own text and on the module's scope (values may come from other files).
      let own = this.findings.get(file);
      if (!own || own.scope !== scope || own.provider !== provider) {
        this.findings.set(file, (own = { scope, provider, list: fileFindingList(file, scope, this.options, provider, this.open.has(file.uri) ? this.blockCaches(file, scope, provider) : undefined) }));
      }
      // The per-file cap holds for both together: a file's own findings, then the module's about it.
      const all = new FindingList();
      all.addAll(own.list);
      for (const finding of shared.get(file.uri) ?? []) all.add(finding);
      const location = URI.parse(file.uri);
      if (location.scheme === 'file' && isIgnoredPath(project, location.fsPath)) {
        result.set(file.uri, { file, findings: [] });
        continue;
      }
      // Ignore comments see every finding (so one for a code turned off still counts as used); levels come last.
      const findings = withLevels(applySuppressions(file, all.findings()), levels);
      result.set(file.uri, { file, findings: findings.map((f) => withoutJsonEdits(f, file.uri)) });
    }
    this.diagnoses.set(moduleUri, { files, scope, result });
    return result;
  }

  /** Forgets a module folder (its workspace folder was removed): what was read from its disk files is dropped; open documents stay. */
  forgetModule(moduleUri: string): void {
    for (const uri of this.modules.get(moduleUri) ?? []) this.disk.delete(uri);
    for (const map of [this.modules, this.locks, this.providers, this.scopes, this.variableFileCache, this.diagnoses]) map.delete(moduleUri);
    this.unlisted.delete(moduleUri);
  }
}
