import Module from 'node:module';

// Just enough of the `vscode` API for the status panel to run under node's test runner. The real workbench is
// exercised by the end-to-end suite; this catches wiring mistakes (refresh flow, reuse, pausing) in milliseconds.

type Listener<T> = (event: T) => void;

class Emitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(event: T) {
    for (const l of [...this.listeners]) l(event);
  }
}

export class FakeWebviewPanel {
  readonly messages = new Emitter<unknown>();
  readonly viewState = new Emitter<{ webviewPanel: FakeWebviewPanel }>();
  readonly disposed = new Emitter<void>();
  readonly htmlHistory: string[] = [];
  title: string;
  visible = true;
  revealed = 0;
  readonly webview: { cspSource: string; html: string; onDidReceiveMessage: Emitter<unknown>['event'] };
  constructor(readonly viewType: string, title: string, readonly options: unknown) {
    this.title = title;
    const history = this.htmlHistory;
    this.webview = {
      cspSource: 'vscode-webview://fake',
      onDidReceiveMessage: this.messages.event,
      set html(value: string) {
        history.push(value);
      },
      get html(): string {
        return history[history.length - 1] ?? '';
      },
    };
  }
  onDidChangeViewState = this.viewState.event;
  onDidDispose = this.disposed.event;
  reveal() {
    this.revealed++;
  }
  dispose() {
    this.disposed.fire();
  }
  setVisible(visible: boolean) {
    this.visible = visible;
    this.viewState.fire({ webviewPanel: this });
  }
}

export const created: FakeWebviewPanel[] = [];

const vscode = {
  ViewColumn: { Beside: -2 },
  ProgressLocation: { Window: 10 },
  window: {
    createWebviewPanel(viewType: string, title: string, _show: unknown, options: unknown) {
      const panel = new FakeWebviewPanel(viewType, title, options);
      created.push(panel);
      return panel;
    },
    withProgress<T>(_options: unknown, task: () => Promise<T>) {
      return task();
    },
  },
};

let installed = false;

/** Makes `require('vscode')` return the stub. */
export function installVscodeStub(): void {
  if (installed) return;
  installed = true;
  const original = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof original })._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
}
