import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

// Starts the bundled language server for Terraform files. The server does the work; this side only connects it.

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'terraform' }, { scheme: 'untitled', language: 'terraform' }],
    diagnosticCollectionName: 'sagemaker-terraform',
    initializationOptions: { retriggerSuggestCommand: 'editor.action.triggerSuggest' },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.tf') },
  };
  client = new LanguageClient('sagemakerTerraform', 'SageMaker Terraform', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
