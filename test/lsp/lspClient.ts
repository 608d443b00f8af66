import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-types';

export const SERVER = resolve(__dirname, '../../server/out/server.js');

/** The built server, spawned over stdio and spoken to in JSON-RPC, as any editor would. */
export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Document version of the last publication per URI (undefined for files that are not open). */
  readonly publishedVersions = new Map<string, number | undefined>();
  /** How many publications each URI got. */
  readonly publications = new Map<string, number>();
  readonly stderr: string[] = [];
  /** Every `window/logMessage` the server sent (type 1 is an error: a handler failed). */
  readonly logs: { type: number; message: string }[] = [];
  private readonly waiters: { uri: string; predicate: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  private versions = new Map<string, number>();
  initializeResult?: InitializeResult;
  /** What the server registered dynamically (`client/registerCapability`). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** Answers to `workspace/configuration`, by section (for clients that declare the capability). */
  settings: Record<string, unknown> = {};

  private constructor(readonly process: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    process.stderr.on('data', (d) => this.stderr.push(String(d)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.publishedVersions.set(params.uri, params.version);
      this.publications.set(params.uri, (this.publications.get(params.uri) ?? 0) + 1);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section ? this.settings[item.section] ?? null : null)),
    );
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => void this.logs.push(params));
    this.connection.listen();
  }

  /** `workspaceFolders`, when given, replaces the one folder made of `rootPath` (which stays the rootUri). */
  static async start(
    rootPath?: string,
    capabilities: Record<string, unknown> = {},
    initializationOptions?: unknown,
    workspaceFolders?: { uri: string; name: string }[],
    /** Options of Node itself, before the server's path (the VS Code client passes --expose-gc). */
    nodeOptions: string[] = [],
  ): Promise<LspClient> {
    const child = spawn(process.execPath, [...nodeOptions, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child);
    const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: workspaceFolders ?? (rootUri ? [{ uri: rootUri, name: 'root' }] : null),
      capabilities: {
        textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } },
        ...capabilities,
      },
      initializationOptions,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  static uri(path: string): string {
    return pathToFileURL(path).href;
  }

  /** Opens a document, or replaces its text when it is already open. */
  async open(uri: string, text: string, languageId = 'terraform'): Promise<void> {
    if (this.versions.has(uri)) return this.change(uri, text);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first publication for `uri` satisfying `predicate` (including one already received). */
  waitForDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const existing = this.diagnostics.get(uri);
    if (existing && predicate(existing)) return Promise.resolve(existing);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} in ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}`)), timeoutMs);
      this.waiters.push({ uri, predicate, resolve: (d) => { clearTimeout(timer); resolvePromise(d); } });
    });
  }

  /** Diagnostics of the latest version sent for an open document. */
  freshDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    return this.waitForDiagnostics(uri, (d) => this.publishedVersions.get(uri) === version && predicate(d));
  }

  /** Resolves once the server's start-up scan of the workspace folders is over (its log line says so). */
  scanned(timeoutMs = 30_000): Promise<string> {
    return this.logged('Workspace scan:', timeoutMs);
  }

  /** Resolves with the first log line starting with `prefix`, once there is one. */
  async logged(prefix: string, timeoutMs = 30_000): Promise<string> {
    for (const start = Date.now(); ; ) {
      const line = this.logs.find((l) => l.message.startsWith(prefix));
      if (line) return line.message;
      if (Date.now() - start > timeoutMs) throw new Error(`no log line "${prefix}…" in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** What the server last published for `uri`: none is nothing to show (files that never had a problem get none). */
  shown(uri: string): Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* the server may already be gone */
    }
    if (this.process.exitCode === null) {
      const exited = once(this.process, 'exit');
      setTimeout(() => this.process.kill('SIGKILL'), 2000).unref();
      await exited;
    }
    this.connection.dispose();
  }
}

/** Answers within `ms` or fails: a hung request is a bug. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} not answered in ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Line/character of the first occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

export const FIXTURES = join(__dirname, '../fixtures');
