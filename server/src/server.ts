import {
  CodeActionKind,
  type Diagnostic,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type WorkspaceFoldersChangeEvent,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import {
  DeclaredEndpoints,
  EndpointAtPosition,
  EndpointDeclarationRequest,
  ProviderVersionOfDocument,
  type EndpointDeclarationParams,
  type EndpointDeclarationResult,
  type DeclaredEndpointsResult,
  type ProviderVersionParams,
  type ProviderVersionResult,
  type EndpointAtPositionParams,
  type EndpointAtPositionResult,
  type InitializationOptions,
  WATCHED_FILES_GLOB,
} from '../../shared/protocol';
import { codeActions, ignoreActions } from './analysis/fixes/codeActions';
import { complete, type CompletionOptions } from './analysis/completion';
import { toDiagnostic } from './analysis/diagnostics';
import { endpointAt, endpointTargets } from './analysis/endpoints';
import { endpointDeclaration } from './analysis/declaration/endpoint';
import { hover } from './analysis/hover';
import { definition } from './analysis/navigation/definition';
import { foldingRanges } from './analysis/navigation/folding';
import { references } from './analysis/navigation/references';
import { documentSymbols } from './analysis/navigation/symbols';
import { inlayHints } from './analysis/navigation/inlayHints';
import { formattingEdits } from './format/formattingEdits';
import { Workspace } from './analysis/workspace';
import { REHEARSAL_ROUNDS, rehearseRound, worthRehearsing } from './analysis/rehearsal';
import { userLevels } from './analysis/settings/userSettings';
import { ParsedFile } from './analysis/parsedFile';
import type { Finding } from './analysis/diagnostics';
import { diskFolders, findModuleFolders, NodeFileSystem } from './nodeFileSystem';
import { Scheduler } from './scheduler';
import { afterPendingMessages } from './nextTurn';
import { limitHeapGrowth } from './heapGrowth';
import { isInside } from './readRegularFile';
import { DiskPoller, type DiskChange } from './diskWatch/diskPoller';
import { followedFolders } from './diskWatch/followedFolders';
import { isReadName } from './diskWatch/folderSnapshot';

// Wiring only: the LSP connection, document sync, scheduling and error containment. Everything it answers comes
// from ./analysis, which knows nothing of the connection.

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const fileSystem = new NodeFileSystem();
const workspace = new Workspace(fileSystem);
/** What was last sent per URI; the JSON is worked out only when an unchanged version needs comparing. */
const published = new Map<string, { version: number | undefined; diagnostics: Diagnostic[]; json?: string }>();
let completionOptions: CompletionOptions = {};
/** Local paths of the workspace folders on disk. */
let workspaceFolders: string[] = [];
let watchFiles = false;
/** The client sends `workspace/didChangeWorkspaceFolders`. */
let workspaceFolderChanges = false;
/** Where the client does not watch files, the server looks at the folders it reads from itself. */
const poller = new DiskPoller();
/** Rounds of the poller between two scans of the workspace folders for new module folders. */
const ROUNDS_PER_SCAN = 5;
let pollRounds = 0;
const SCAN_PAUSE_FACTOR = 200;
let nextScanAt = 0;
let pollBoundLogged = false;
/** Modules of workspace folders removed: not read again (a run scheduled before the removal included) unless one of their documents is open. */
const removedModules = new Set<string>();
let snippetEdits = false;
let pullConfiguration = false;
let endpointStatusCommand: string | undefined;
let definitionLinks = false;
/** The client keeps a diagnostic's `data` for code actions, so a diagnostic can name its finding on it. */
let diagnosticData = false;

/** Runs a handler so that a bug answers with `fallback` and a log line instead of killing the server. */
function guarded<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return handler(...args);
    } catch (error) {
      connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

/** Sends a file's diagnostics; an unchanged file is re-sent only when its diagnostics differ. */
function publish(uri: string, file: ParsedFile, findings: readonly Finding[], version: number | undefined): void {
  const last = published.get(uri);
  // A file on disk that never had a problem has nothing to clear: on a monorepo most files are such.
  if (!last && findings.length === 0 && version === undefined) return;
  // Where the client keeps data, a diagnostic with fixes points at its finding by its place in `findings`.
  const diagnostics = findings.map((f, i) => toDiagnostic(file, f, diagnosticData ? i : undefined));
  let json: string | undefined;
  if (last && last.version === version) {
    json = JSON.stringify(diagnostics);
    if ((last.json ??= JSON.stringify(last.diagnostics)) === json) return;
  }
  published.set(uri, { version, diagnostics, json });
  lastPublication = connection.sendDiagnostics({ uri, version, diagnostics });
}

/** Settles once the last publication is written out (vscode-jsonrpc writes one message at a time, in order). */
let lastPublication: Promise<void> = Promise.resolve();

/** The problems of a project file (`.sagemaker-terraform.json`), on the file itself. */
function publishProjectFile(path: string | undefined, text: string, problems: readonly Finding[]): void {
  if (path === undefined) return;
  const uri = URI.file(path).toString();
  publish(uri, new ParsedFile(uri, text, 0), problems, undefined);
}

const publishModule = guarded('diagnostics', undefined, (moduleUri: string) => {
  if (removedModules.has(moduleUri) && !documents.all().some((d) => Workspace.moduleOf(d.uri) === moduleUri)) {
    // Its workspace folder was removed and its last document closed: nothing of it is read or shown.
    workspace.forgetModule(moduleUri);
    clearDiagnostics((uri) => Workspace.moduleOf(uri) === moduleUri);
    return;
  }
  // A client that does not watch files: the module's folder is looked at before each diagnosis, so what was written
  // on disk since counts now.
  const folder = URI.parse(moduleUri);
  if (!watchFiles && folder.scheme === 'file') applyDiskChanges(poller.check(folder.fsPath), moduleUri);
  const results = workspace.diagnose(moduleUri);
  // Files that left the module (closed without saving, deleted) get their diagnostics cleared. Project files are
  // published on their own (below, and when they change).
  clearDiagnostics((uri) => !results.has(uri) && Workspace.moduleOf(uri) === moduleUri && !Workspace.isProjectFile(uri));
  for (const [uri, { file, findings }] of results) {
    // A new version of a document is always answered.
    publish(uri, file, findings, workspace.isOpen(uri) ? file.version : undefined);
  }
  const project = workspace.projectSettings(moduleUri);
  publishProjectFile(project.path, project.text, project.problems);
  rehearseOnce(moduleUri);
  // Not before: the start-up scan and the first analysis of a large file run with V8's own heap growth (heapGrowth.ts).
  if (startupScanDone) limitHeapGrowth();
});

let rehearsed = false;

/** After the first diagnosis of a large open document, rehearses its first edits (analysis/rehearsal.ts), a round per turn. */
function rehearseOnce(moduleUri: string): void {
  if (rehearsed) return;
  const uri = documents.all().find((d) => Workspace.moduleOf(d.uri) === moduleUri && worthRehearsing(workspace, d.uri))?.uri;
  if (uri === undefined) return;
  rehearsed = true;
  let started = 0;
  let round = 0;
  const collect = (globalThis as { gc?: () => void }).gc;
  let collected = false;
  const next = guarded('rehearsal', undefined, () => {
    // The editor's copy of the document works out its line offsets at its first change: 5 ms on 26,000 lines.
    if (round === 0) documents.get(uri)?.offsetAt({ line: 0, character: 0 });
    // The rounds leave a heap grown for their garbage: 5 MB of RSS on the 26,000-line file. Where the collector is
    // exposed (VS Code starts the server with --expose-gc, client/src/languageServer.ts), a collection gives most of
    // it back; before the last round, not after it, since the first keystroke after a collection costs as much again
    // (server CPU 25 ms against 13 ms for a later one, measured; 13 ms with the last round after it).
    if (round === REHEARSAL_ROUNDS - 1 && collect) {
      collect();
      collected = true;
    }
    if (round++ < REHEARSAL_ROUNDS && rehearseRound(workspace, uri, moduleUri)) return void afterPendingMessages(next);
    // In the client's log (and how the tests know it is over).
    connection.console.info(`Rehearsed the first edits of a large document: ${round - 1} round${round === 2 ? '' : 's'} in ${Date.now() - started} ms${collected ? ', the last after a collection' : ''}.`);
  });
  // Not before the diagnostics just published are written out: the writer sends a message's bytes over several turns,
  // and a round in between held the first diagnostics of the 26,000-line file back by the rehearsal's whole length.
  const begin = () => {
    started = Date.now();
    afterPendingMessages(next);
  };
  void lastPublication.then(begin, begin);
}

const scheduler = new Scheduler(publishModule);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  completionOptions = { retriggerCommand: options.retriggerSuggestCommand };
  endpointStatusCommand = options.endpointStatusCommand;
  const folderUris = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (folderUris.length === 0 && params.rootUri) folderUris.push(params.rootUri);
  // Only folders on disk are scanned, and files are read only inside them (virtual folders have open documents only).
  workspaceFolders = diskFolders(folderUris);
  fileSystem.setWorkspaceFolders(workspaceFolders);
  watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  workspaceFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
  snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  definitionLinks = params.capabilities.textDocument?.definition?.linkSupport === true;
  diagnosticData = params.capabilities.textDocument?.publishDiagnostics?.dataSupport === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: ['"', '.', ' ', '='], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      inlayHintProvider: true,
      // A client that has another Terraform formatter (HashiCorp's extension) turns ours off.
      documentFormattingProvider: options.formatting !== false,
      // Lenses only run a client command, so only clients that name one get them.
      codeLensProvider: endpointStatusCommand ? { resolveProvider: false } : undefined,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'sagemaker-terraform-language-server', version: '0.1.0' },
  };
});

/** Settings the server reads from the client (`workspace/configuration`), when the client offers them. */
async function readSettings(): Promise<void> {
  if (!pullConfiguration) return;
  try {
    // `severity` (code → level) and the older `kmsHint` switch, which is one case of it.
    workspace.setUserLevels(userLevels(await connection.workspace.getConfiguration('sagemakerTerraform.diagnostics')));
    for (const moduleUri of workspace.moduleUris()) scheduler.schedule(moduleUri);
  } catch (error) {
    // A client that cannot answer keeps the defaults.
    connection.console.warn(`Reading settings failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

connection.onDidChangeConfiguration(() => void readSettings());

connection.onInitialized(() => {
  void readSettings();
  if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  if (watchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES_GLOB }] });
  } else {
    poller.start(guarded('disk poll', undefined, pollDisk));
  }
  if (workspaceFolderChanges) connection.workspace.onDidChangeWorkspaceFolders(guarded('workspace folders', undefined, workspaceFoldersChanged));
  scanFolders(workspaceFolders);
});

let startupScanDone = false;

/** Diagnoses every module under `roots`, one per turn of the event loop so requests are not held up. */
function scanFolders(roots: readonly string[]): void {
  const started = Date.now();
  const folders = roots.flatMap((path) => findModuleFolders(path));
  const total = folders.length;
  const next = guarded('workspace scan', undefined, () => {
    const folder = folders.shift();
    if (folder === undefined) {
      startupScanDone = true;
      // In the client's log (and how the bench knows the scan is over).
      if (total > 0) connection.console.info(`Workspace scan: ${total} module folder${total === 1 ? '' : 's'} diagnosed in ${Date.now() - started} ms.`);
      return;
    }
    // A folder removed from the workspace meanwhile is not read.
    if (!workspaceFolders.some((root) => isInside(folder, root))) return void afterPendingMessages(next);
    // Read and parsed in one turn, diagnosed in the next, with the requests that arrived meanwhile answered in between.
    const moduleUri = loadModuleFolder(folder);
    for (const file of workspace.moduleFiles(moduleUri)) void file.resources;
    afterPendingMessages(() => {
      publishModule(moduleUri);
      afterPendingMessages(next);
    });
  });
  afterPendingMessages(next);
}

/** One round of the poller: the changes in every followed folder; now and then, new module folders. */
function pollDisk(): void {
  const modules = workspace.moduleUris().map((uri) => URI.parse(uri)).filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
  applyDiskChanges(poller.sync(followedFolders(modules, workspaceFolders)));
  if (poller.skipped && !pollBoundLogged) {
    pollBoundLogged = true;
    connection.console.warn(`Changes on disk are not followed in ${poller.skipped} folders: ${poller.size} are followed at most.`);
  }
  if (++pollRounds % ROUNDS_PER_SCAN !== 0 || Date.now() < nextScanAt) return;
  const known = new Set(modules);
  const started = Date.now();
  const found = workspaceFolders.flatMap((path) => findModuleFolders(path));
  // A huge tree (the scan reads up to 20,000 folders) is scanned less often: the pause is 200 times the scan's duration.
  nextScanAt = Date.now() + SCAN_PAUSE_FACTOR * (Date.now() - started);
  for (const folder of found) if (!known.has(folder)) scheduler.schedule(loadModuleFolder(folder));
}

/**
 * A module folder found on disk (by the scan, or later): read, and followed from before it is read where the client
 * does not watch, so nothing written in between is missed. Returns its URI.
 */
function loadModuleFolder(folder: string): string {
  const moduleUri = URI.file(folder).toString();
  removedModules.delete(moduleUri);
  if (!watchFiles) poller.track(folder);
  workspace.loadModule(moduleUri);
  return moduleUri;
}

/** Changes the server found on disk itself, as if the client had reported them; `diagnosing` is diagnosed already. */
function applyDiskChanges(changes: readonly DiskChange[], diagnosing?: string): void {
  const modules = new Set<string>();
  for (const { path, deleted } of changes) {
    const moduleUri = fileChanged(URI.file(path).toString(), deleted);
    if (moduleUri !== undefined && moduleUri !== diagnosing) modules.add(moduleUri);
  }
  for (const moduleUri of modules) scheduler.schedule(moduleUri);
}

/** Clears the diagnostics published for the URIs `which` picks. */
function clearDiagnostics(which: (uri: string) => boolean): void {
  for (const uri of [...published.keys()]) {
    if (!which(uri)) continue;
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** Folders added to the workspace are scanned; the modules of removed ones are forgotten and their diagnostics cleared. */
function workspaceFoldersChanged(event: WorkspaceFoldersChangeEvent): void {
  const removed = diskFolders(event.removed.map((f) => f.uri));
  const added = diskFolders(event.added.map((f) => f.uri)).filter((path) => !workspaceFolders.includes(path));
  workspaceFolders = [...workspaceFolders.filter((path) => !removed.includes(path)), ...added];
  fileSystem.setWorkspaceFolders(workspaceFolders);
  // Inside a removed folder and not inside one that stays (folders may nest).
  const gone = (path: string) => removed.some((root) => isInside(path, root)) && !workspaceFolders.some((root) => isInside(path, root));
  const goneUri = (uri: string) => {
    const location = URI.parse(uri);
    return location.scheme === 'file' && gone(location.fsPath);
  };
  for (const moduleUri of workspace.moduleUris()) {
    if (!goneUri(moduleUri)) continue;
    workspace.forgetModule(moduleUri);
    removedModules.add(moduleUri);
    poller.forget(URI.parse(moduleUri).fsPath);
  }
  clearDiagnostics(goneUri);
  // Documents still open there are analysed as any document opened from outside the workspace.
  for (const document of documents.all()) {
    if (goneUri(document.uri)) {
      workspace.openDocument(document.uri, document.getText(), document.version);
      scheduler.schedule(Workspace.moduleOf(document.uri));
    }
  }
  if (removed.length) workspace.projectFileChanged();
  scanFolders(added);
}

documents.onDidOpen(
  guarded('open', undefined, ({ document }) => {
    const folder = URI.parse(Workspace.moduleOf(document.uri));
    if (!watchFiles && folder.scheme === 'file') poller.track(folder.fsPath);
    workspace.openDocument(document.uri, document.getText(), document.version);
    scheduler.schedule(Workspace.moduleOf(document.uri));
  }),
);

documents.onDidChangeContent(
  guarded('change', undefined, ({ document }) => {
    workspace.openDocument(document.uri, document.getText(), document.version);
    scheduler.schedule(Workspace.moduleOf(document.uri));
  }),
);

documents.onDidClose(
  guarded('close', undefined, ({ document }) => {
    workspace.closeDocument(document.uri);
    scheduler.schedule(Workspace.moduleOf(document.uri));
  }),
);

connection.onDidChangeWatchedFiles(
  guarded('watched files', undefined, ({ changes }) => {
    for (const change of changes) {
      const moduleUri = fileChanged(change.uri, change.type === FileChangeType.Deleted);
      if (moduleUri !== undefined) scheduler.schedule(moduleUri);
    }
  }),
);

/**
 * A file changed, appeared or vanished on disk (reported by the client's watcher or found by the poller). Returns the
 * module to diagnose again; a project file schedules every module itself.
 */
function fileChanged(uri: string, deleted: boolean): string | undefined {
  if (Workspace.isProjectFile(uri)) {
    projectFileChanged(uri, deleted);
    return undefined;
  }
  if (!isReadName(Utils.basename(URI.parse(uri)))) return undefined;
  workspace.diskChanged(uri, deleted);
  return Workspace.moduleOf(uri);
}

/** Settings of every module may have changed: each is checked again, and the file's own problems are published. */
function projectFileChanged(uri: string, deleted: boolean): void {
  workspace.projectFileChanged();
  const path = URI.parse(uri).fsPath;
  if (deleted) publishProjectFile(path, '', []);
  else {
    const read = workspace.readProjectFile(path);
    publishProjectFile(path, read.text, read.problems);
  }
  for (const moduleUri of workspace.moduleUris()) scheduler.schedule(moduleUri);
}

/**
 * The current parse of an open document, brought up to date if a change has not been processed yet, with every
 * offset of its module's files settled (ParsedFile.settle): requests read any node.
 */
function current(uri: string) {
  const document = documents.get(uri);
  if (!document) return undefined;
  const known = workspace.get(uri);
  const file = known && known.version === document.version && workspace.isOpen(uri) ? known : workspace.openDocument(uri, document.getText(), document.version);
  settledModule(Workspace.moduleOf(uri));
  return file;
}

/** The files of a module, every offset in them settled. */
function settledModule(moduleUri: string): ParsedFile[] {
  const files = workspace.moduleFiles(moduleUri);
  for (const file of files) file.settle();
  return files;
}

connection.onCompletion(
  guarded('completion', [], ({ textDocument, position }) => {
    const file = current(textDocument.uri);
    if (!file) return [];
    const moduleUri = Workspace.moduleOf(textDocument.uri);
    const module = workspace.moduleFiles(moduleUri);
    return complete(file, file.offsetAt(position), module, completionOptions, workspace.providerVersion(moduleUri, module));
  }),
);

connection.onHover(
  guarded('hover', null, ({ textDocument, position }) => {
    const file = current(textDocument.uri);
    if (!file) return null;
    const moduleUri = Workspace.moduleOf(textDocument.uri);
    const module = workspace.moduleFiles(moduleUri);
    return hover(file, file.offsetAt(position), workspace.scope(moduleUri, module), workspace.providerVersion(moduleUri, module));
  }),
);

connection.onDefinition(
  guarded('definition', null, ({ textDocument, position }) => {
    const file = current(textDocument.uri);
    if (!file) return null;
    const links = definition(file, file.offsetAt(position), workspace.moduleFiles(Workspace.moduleOf(textDocument.uri)));
    // Clients without LocationLink support get plain Locations of the declaration's header.
    return definitionLinks || !links ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
  }),
);

connection.onReferences(
  guarded('references', [], ({ textDocument, position, context }) => {
    const file = current(textDocument.uri);
    if (!file) return [];
    const module = workspace.moduleFiles(Workspace.moduleOf(textDocument.uri));
    return references(file, file.offsetAt(position), module, context.includeDeclaration);
  }),
);

connection.onDocumentSymbol(
  guarded('document symbols', [], ({ textDocument }) => {
    const file = current(textDocument.uri);
    return file ? documentSymbols(file, workspace.scope(Workspace.moduleOf(textDocument.uri))) : [];
  }),
);

connection.languages.inlayHint.on(
  guarded('inlay hints', [], ({ textDocument, range }) => {
    const file = current(textDocument.uri);
    if (!file) return [];
    return inlayHints(file, workspace.scope(Workspace.moduleOf(textDocument.uri)), file.offsetAt(range.start), file.offsetAt(range.end));
  }),
);

connection.onDocumentFormatting(
  guarded('formatting', [], ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    return document ? formattingEdits(textDocument.uri, document.getText(), document.lineCount) : [];
  }),
);

connection.onFoldingRanges(
  guarded('folding ranges', [], ({ textDocument }) => {
    const file = current(textDocument.uri);
    return file ? foldingRanges(file) : [];
  }),
);

connection.onCodeLens(
  guarded('code lens', [], ({ textDocument }) => {
    const file = current(textDocument.uri);
    const command = endpointStatusCommand;
    if (!file || !command) return [];
    const moduleUri = Workspace.moduleOf(textDocument.uri);
    const module = workspace.moduleFiles(moduleUri);
    return endpointTargets(file, module, workspace.scope(moduleUri, module)).map((target) => ({
      range: { start: { line: target.line, character: 0 }, end: { line: target.line, character: 0 } },
      command: { title: 'Show endpoint status', command, arguments: [target] },
    }));
  }),
);

connection.onRequest(
  EndpointAtPosition,
  guarded('endpoint at position', null, ({ textDocument, position }: EndpointAtPositionParams): EndpointAtPositionResult => {
    const file = current(textDocument.uri);
    if (!file) return null;
    const moduleUri = Workspace.moduleOf(textDocument.uri);
    const module = workspace.moduleFiles(moduleUri);
    return endpointAt(file, file.offsetAt(position), module, workspace.scope(moduleUri, module));
  }),
);

connection.onRequest(
  DeclaredEndpoints,
  guarded('declared endpoints', [], (): DeclaredEndpointsResult => {
    const targets: DeclaredEndpointsResult = [];
    for (const moduleUri of workspace.moduleUris()) {
      const module = settledModule(moduleUri);
      const scope = workspace.scope(moduleUri, module);
      for (const file of module) targets.push(...endpointTargets(file, module, scope));
    }
    return targets;
  }),
);

connection.onRequest(
  EndpointDeclarationRequest,
  guarded('endpoint declaration', null, (params: EndpointDeclarationParams): EndpointDeclarationResult => {
    if (typeof params?.uri !== 'string' || typeof params.address !== 'string') return null;
    // An open document is read at its latest version; the module's other files come from the editor or the disk.
    current(params.uri);
    const moduleUri = Workspace.moduleOf(params.uri);
    const module = workspace.moduleFiles(moduleUri);
    const endpointName = typeof params.endpointName === 'string' ? params.endpointName : undefined;
    return endpointDeclaration(module, workspace.scope(moduleUri, module), { uri: params.uri, address: params.address, endpointName });
  }),
);

connection.onRequest(
  ProviderVersionOfDocument,
  guarded('provider version', { source: 'current' }, ({ textDocument }: ProviderVersionParams): ProviderVersionResult => {
    const provider = workspace.providerVersion(Workspace.moduleOf(textDocument.uri));
    return provider ? { source: provider.kind, version: provider.text, uri: provider.uri } : { source: 'current' };
  }),
);

connection.onCodeAction(
  guarded('code action', [], ({ textDocument, context }) => {
    const file = current(textDocument.uri);
    if (!file) return [];
    const findings = workspace.diagnose(Workspace.moduleOf(textDocument.uri)).get(textDocument.uri)?.findings ?? [];
    // Fixing a finding comes before silencing it.
    return [...codeActions(file, findings, context.diagnostics, snippetEdits), ...ignoreActions(file, context.diagnostics)];
  }),
);

connection.onShutdown(() => {
  scheduler.dispose();
  poller.stop();
});

documents.listen(connection);
connection.listen();
