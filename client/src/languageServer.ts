import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { JSON_CONFIGURATION_GLOB, WATCHED_FILES_GLOB, type InitializationOptions } from '../../shared/protocol';
import { RESTART_COMMAND, SHOW_STATUS_COMMAND } from './commandIds';
import { ProviderVersionStatus } from './providerVersionStatus';
import { codeLensWhileTrusted } from './trustedCodeLens';
import { hashicorpTerraformInstalled } from './terraformExtensions';
import type { CodeLensTitles } from './codeLensTitles';

/**
 * The bundled language server: started for Terraform files, restartable, and shown in a language status item.
 * Diagnostics use their own collection name and source so they sit beside HashiCorp's extension, not on top of it.
 */
export class LanguageServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly status: vscode.LanguageStatusItem;
  private readonly providerVersion: ProviderVersionStatus;
  private readonly disposables: vscode.Disposable[] = [];
  /** Whether the running server was told to format (HashiCorp's extension absent). */
  private formatting: boolean | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    /** What panels and the endpoints view last learnt, shown in the CodeLens titles (the extension bundle holds the same one). */
    private readonly lensTitles?: CodeLensTitles,
  ) {
    this.status = vscode.languages.createLanguageStatusItem('sagemakerTerraform.server', { language: 'terraform' });
    this.status.name = 'SageMaker Terraform language server';
    this.status.command = { title: 'Restart', command: RESTART_COMMAND };
    this.providerVersion = new ProviderVersionStatus(() => this.languageClient);
    this.disposables.push(this.status, this.providerVersion, vscode.workspace.onDidGrantWorkspaceTrust(() => this.refreshCodeLenses()));
    if (lensTitles) this.disposables.push(lensTitles.onDidChange(() => this.refreshCodeLenses()));
    // HashiCorp's extension installed or removed while running: the server's formatting capability follows.
    this.disposables.push(
      vscode.extensions.onDidChange(() => {
        if (this.formatting !== undefined && this.formatting === hashicorpTerraformInstalled()) void this.restart();
      }),
    );
  }

  get languageClient(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  async start(): Promise<void> {
    const module = this.context.asAbsolutePath('server/out/server.js');
    // vscode-languageclient takes `debug` whenever the extension host itself runs under --inspect. An inspector there
    // (formerly --inspect=6019) is an unauthenticated remote-code door on a fixed port for any local process, so the
    // shipped bundle starts the server the same way in both modes; to debug the server, run
    // `node --inspect server/out/server.js --stdio` by hand.
    // --expose-gc: the server collects once after rehearsing a large file's first edits (server/src/analysis/rehearsal.ts).
    const server = { module, transport: TransportKind.stdio, options: { execArgv: ['--expose-gc'] } };
    const serverOptions: ServerOptions = { run: server, debug: server };
    this.formatting = !hashicorpTerraformInstalled();
    const initializationOptions: InitializationOptions = {
      retriggerSuggestCommand: 'editor.action.triggerSuggest',
      endpointStatusCommand: SHOW_STATUS_COMMAND,
      formatting: this.formatting,
    };
    // One watcher of every file the server reads from disk (.tf, variable files, lock files); the provider-version
    // status item refreshes on its events too.
    const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES_GLOB);
    this.providerVersion.watch(watcher);
    const clientOptions: LanguageClientOptions = {
      // Virtual workspaces (Remote Repositories' vscode-vfs, memfs) get their open documents analysed, as the
      // README and package.json promise; other schemes (git: diff views, output) stay out to avoid duplicates.
      // Terraform's JSON syntax has the `json` language; its files are told apart by name (untitled ones have none).
      documentSelector: [
        ...['file', 'untitled', 'vscode-vfs', 'memfs'].map((scheme) => ({ scheme, language: 'terraform' })),
        ...['file', 'vscode-vfs', 'memfs'].map((scheme) => ({ scheme, pattern: JSON_CONFIGURATION_GLOB })),
      ],
      diagnosticCollectionName: 'sagemaker-terraform',
      outputChannel: this.log,
      traceOutputChannel: this.log,
      initializationOptions,
      synchronize: { fileEvents: watcher },
      middleware: codeLensWhileTrusted(() => vscode.workspace.isTrusted, (lenses) => this.lensTitles?.retitle(lenses) ?? lenses),
    };
    const client = new LanguageClient('sagemakerTerraform', 'SageMaker Terraform', serverOptions, clientOptions);
    this.client = client;
    this.disposables.push(client.onDidChangeState(() => this.showState()));
    this.showState();
    try {
      await client.start();
      const info = client.initializeResult?.serverInfo;
      const extension = this.context.extension?.packageJSON as { version?: unknown } | undefined;
      this.log.info(
        `The language server started: ${info?.name ?? 'unnamed server'} ${info?.version ?? '(no version given)'}` +
          `${typeof extension?.version === 'string' ? `, extension ${extension.version}` : ''}`,
      );
    } catch (error) {
      this.log.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.showState();
    void this.providerVersion.refresh();
  }

  async restart(): Promise<void> {
    this.log.info('Restarting the language server');
    const previous = this.client;
    this.client = undefined;
    if (previous) {
      try {
        await previous.stop(5000);
      } catch (error) {
        this.log.warn(`Stopping the language server failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await this.start();
  }

  /**
   * VS Code asks again for the CodeLens: once the folder is trusted (it was given none while untrusted), and when a
   * panel learned an endpoint's status.
   */
  private refreshCodeLenses(): void {
    const feature = this.languageClient?.getFeature('textDocument/codeLens');
    for (const editor of vscode.window.visibleTextEditors) feature?.getProvider(editor.document)?.onDidChangeCodeLensEmitter.fire();
  }

  private showState(): void {
    const state = this.client?.state;
    this.status.busy = state === State.Starting;
    if (state === State.Running) {
      this.status.text = 'SageMaker: ready';
      this.status.detail = 'Language server running';
      this.status.severity = vscode.LanguageStatusSeverity.Information;
    } else if (state === State.Starting) {
      this.status.text = 'SageMaker: starting';
      this.status.detail = 'Language server starting';
      this.status.severity = vscode.LanguageStatusSeverity.Information;
    } else {
      this.status.text = 'SageMaker: stopped';
      this.status.detail = 'Language server not running; restart it';
      this.status.severity = vscode.LanguageStatusSeverity.Warning;
    }
  }

  async dispose(): Promise<void> {
    this.disposables.forEach((d) => d.dispose());
    await this.client?.stop().catch(() => undefined);
  }
}
