import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ProviderVersionOfDocument, type ProviderVersionParams, type ProviderVersionResult } from '../../shared/protocol';
import { providerVersionLabel } from './providerVersionLabel';

// A language status item that says which AWS provider version the active Terraform file's module is checked
// against, and why: "AWS provider 5.100.0" with ".terraform.lock.hcl" as its detail. It asks the server (a typed
// request, shared/protocol.ts) when the active editor changes, when a lock or .tf file changes on disk, and when the
// active file's diagnostics change.

export class ProviderVersionStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Answers to older requests are dropped. */
  private generation = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item = vscode.languages.createLanguageStatusItem('sagemakerTerraform.providerVersion', { language: 'terraform' });
    this.item.name = 'AWS provider version';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // A changed constraint or lock usually changes the module's diagnostics; ask again when the active file's do.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) void this.refresh();
      }),
    );
    this.show(undefined);
  }

  /** Refresh after a watched file changed. */
  watch(watcher: vscode.FileSystemWatcher): void {
    const refresh = () => void this.refresh();
    this.disposables.push(watcher.onDidCreate(refresh), watcher.onDidChange(refresh), watcher.onDidDelete(refresh));
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const client = this.client();
    const document = vscode.window.activeTextEditor?.document;
    if (!client || !document || document.languageId !== 'terraform') return;
    const params: ProviderVersionParams = { textDocument: { uri: document.uri.toString() } };
    try {
      const result = await client.sendRequest<ProviderVersionResult>(ProviderVersionOfDocument, params);
      if (generation === this.generation) this.show(result);
    } catch {
      // The server stopped or restarted; the next refresh asks again.
    }
  }

  private show(result: ProviderVersionResult | undefined): void {
    const { text, detail } = providerVersionLabel(result);
    this.item.text = text;
    this.item.detail = detail;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
