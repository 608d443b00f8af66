// How the language client starts the server. When the extension host itself runs under a debugger (--inspect),
// vscode-languageclient switches to the `debug` server options; those must not open an inspector of their own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { WATCHED_FILES_GLOB } from '../../../shared/protocol';

const ROOT = join(__dirname, '../../..');

// vscode-languageclient only needs `vscode` to exist while it loads (its classes extend vscode's); a proxy whose
// every member is a constructible function is enough, and LanguageServer's own calls are recorded below.
const handler: ProxyHandler<object> = {
  get: (target: Record<PropertyKey, unknown>, key) => (key === 'then' ? undefined : (target[key] ??= anything())),
  apply: () => anything(),
  construct: () => anything(),
};
function anything(): object {
  return new Proxy(function () {}, handler);
}
const watched: string[] = [];
let trusted = true;
const installed = new Set<string>();
const extensionListeners: (() => void)[] = [];
// Own keys for the members our module names (a bundler's namespace import copies only own keys).
const vscodeProxy = new Proxy(
  {
    languages: { createLanguageStatusItem: () => ({ dispose() {} }), onDidChangeDiagnostics: anything },
    window: { onDidChangeActiveTextEditor: anything },
    workspace: {
      get isTrusted() {
        return trusted;
      },
      onDidGrantWorkspaceTrust: () => ({ dispose() {} }),
      createFileSystemWatcher: (glob: string) => {
        watched.push(glob);
        return { dispose() {}, onDidCreate: anything, onDidChange: anything, onDidDelete: anything };
      },
    },
    LanguageStatusSeverity: { Information: 0, Warning: 1 },
    extensions: {
      getExtension: (id: string) => (installed.has(id) ? { id } : undefined),
      onDidChange: (listener: () => void) => {
        extensionListeners.push(listener);
        return { dispose() {} };
      },
    },
  },
  handler,
);
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscodeProxy : load.call(this, request, ...rest);
};

test('the server runs the same way with and without a debugger on the extension host (no inspector port), for file, untitled and virtual-workspace documents, told the suggest and status commands', async () => {
  const languageClient = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
  const seen: unknown[] = [];
  const clients: unknown[] = [];
  class RecordingClient {
    state = languageClient.State.Stopped;
    constructor(_id: string, _name: string, serverOptions: unknown, clientOptions: unknown) {
      seen.push(serverOptions);
      clients.push(clientOptions);
    }
    onDidChangeState() {
      return { dispose() {} };
    }
    async start() {}
    async stop() {}
  }
  (languageClient as { LanguageClient: unknown }).LanguageClient = RecordingClient;
  const { LanguageServer } = require('../../../client/src/languageServer') as typeof import('../../../client/src/languageServer');
  const context = { asAbsolutePath: (p: string) => join('/extension', p), subscriptions: [] };
  const log = { info() {}, warn() {}, error() {} };
  await new LanguageServer(context as never, log as never).start();

  assert.equal(seen.length, 1);
  assert.deepEqual(watched, [WATCHED_FILES_GLOB], 'one watcher: the server hears of .tf, variable file, lock file and project file changes on disk');
  assert.equal(WATCHED_FILES_GLOB, '**/{*.tf,*.tf.json,*.tfvars,*.tfvars.json,.terraform.lock.hcl,.sagemaker-terraform.json}');
  const options = seen[0] as { run: { module: string; options?: { execArgv?: string[] } }; debug: unknown };
  assert.equal(options.run.module, join('/extension', 'server/out/server.js'));
  assert.deepEqual(options.debug, options.run, 'debug mode starts the server exactly as run mode does');
  assert.ok(!JSON.stringify(options).includes('--inspect'), JSON.stringify(options));
  // The collector exposed, for the one collection after rehearsing a large file's first edits.
  assert.deepEqual(options.run.options?.execArgv, ['--expose-gc']);
  // Open documents of virtual workspaces are analysed too (the server reads no disk for them); git: views are not.
  const selector = (clients[0] as { documentSelector: { scheme: string; language?: string; pattern?: string }[] }).documentSelector;
  const terraform = selector.filter((s) => s.language === 'terraform');
  assert.deepEqual(terraform.map((s) => s.scheme).sort(), ['file', 'memfs', 'untitled', 'vscode-vfs']);
  // Terraform JSON files (language `json`) are selected by name.
  const json = selector.filter((s) => s.language === undefined);
  assert.deepEqual(json.map((s) => s.scheme).sort(), ['file', 'memfs', 'vscode-vfs']);
  assert.ok(json.every((s) => s.pattern === '**/*.tf.json'));
  // The server reopens the suggest list after instance_type = "" with this command, and links endpoints to this one.
  assert.deepEqual((clients[0] as { initializationOptions: unknown }).initializationOptions, {
    retriggerSuggestCommand: 'editor.action.triggerSuggest',
    endpointStatusCommand: 'sagemakerTerraform.showEndpointStatus',
    formatting: true,
  });

  // HashiCorp's extension arrives: the server restarts without formatting (terraform fmt through theirs formats).
  installed.add('hashicorp.terraform');
  for (const listener of extensionListeners) listener();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(clients.length, 2, 'restarted once');
  assert.equal((clients[1] as { initializationOptions: { formatting?: boolean } }).initializationOptions.formatting, false);
  for (const listener of extensionListeners) listener();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(clients.length, 2, 'an unrelated extension change restarts nothing');
});

test('the shipped language client bundle passes no inspector flag to the server', () => {
  const bundle = readFileSync(join(ROOT, 'client/out/languageServer.js'), 'utf8');
  // vscode-languageclient itself mentions "--inspect=" (to detect a debugged extension host); a port is ours.
  for (const flag of [/--inspect(-brk)?=[\d.:][^"']*/, /--nolazy/]) {
    const found = flag.exec(bundle);
    assert.equal(found?.[0], undefined, 'client/out/languageServer.js passes an inspector flag');
  }
});

test('the log says the server started and its version; the CodeLens is not asked for while the folder is untrusted', async () => {
  const languageClient = require('vscode-languageclient/node') as typeof import('vscode-languageclient/node');
  const clients: { middleware?: { provideCodeLenses?: (...args: unknown[]) => unknown } }[] = [];
  class RunningClient {
    state = languageClient.State.Stopped;
    initializeResult = { capabilities: {}, serverInfo: { name: 'sagemaker-terraform-language-server', version: '9.8.7' } };
    constructor(_id: string, _name: string, _serverOptions: unknown, clientOptions: (typeof clients)[number]) {
      clients.push(clientOptions);
    }
    onDidChangeState() {
      return { dispose() {} };
    }
    async start() {
      this.state = languageClient.State.Running;
    }
  }
  (languageClient as { LanguageClient: unknown }).LanguageClient = RunningClient;
  const { LanguageServer } = require('../../../client/src/languageServer') as typeof import('../../../client/src/languageServer');
  const lines: string[] = [];
  const context = { asAbsolutePath: (p: string) => join('/extension', p), subscriptions: [], extension: { packageJSON: { version: '0.1.0' } } };
  const log = { info: (l: string) => lines.push(l), warn: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
  await new LanguageServer(context as never, log as never).start();
  assert.ok(lines.includes('The language server started: sagemaker-terraform-language-server 9.8.7, extension 0.1.0'), lines.join('\n'));

  const provide = clients[0]!.middleware?.provideCodeLenses;
  assert.ok(provide, 'a CodeLens middleware');
  const lenses = [{ command: 'sagemakerTerraform.showEndpointStatus' }];
  let asked = 0;
  const next = () => {
    asked++;
    return lenses;
  };
  trusted = false;
  assert.deepEqual(await provide({}, {}, next), []);
  assert.equal(asked, 0, 'the server is not asked');
  trusted = true;
  assert.deepEqual(await provide({}, {}, next), lenses);
});
