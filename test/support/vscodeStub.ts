import Module from 'node:module';

// Just enough of the `vscode` API for the status panel and the Show Endpoint Status command to run under node's
// test runner. The real workbench is exercised by the end-to-end suite; this catches wiring mistakes (refresh flow,
// reuse, pausing) in milliseconds, and records every string that reaches a place where VS Code renders links or
// codicons (notifications, quick picks, input boxes, progress and panel titles), so tests can check what a person
// would see there.

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
  readonly titleHistory: string[] = [];
  visible = true;
  revealed = 0;
  readonly webview: { cspSource: string; html: string; onDidReceiveMessage: Emitter<unknown>['event'] };
  constructor(readonly viewType: string, title: string, readonly options: unknown) {
    this.titleHistory.push(title);
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
  get title(): string {
    return this.titleHistory[this.titleHistory.length - 1] ?? '';
  }
  set title(value: string) {
    this.titleHistory.push(value);
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

export interface FakeQuickPickItem {
  label: string;
  description?: string;
  detail?: string;
  kind?: number;
  [key: string]: unknown;
}

export class FakeQuickPick {
  readonly accepted = new Emitter<void>();
  readonly hidden = new Emitter<void>();
  /** Every value each property was set to, in order. */
  readonly history: { title: (string | undefined)[]; placeholder: (string | undefined)[]; items: FakeQuickPickItem[][] } = { title: [], placeholder: [], items: [] };
  busy = false;
  matchOnDescription = false;
  value = '';
  selectedItems: FakeQuickPickItem[] = [];
  shown = false;
  disposed = false;
  private currentItems: FakeQuickPickItem[] = [];
  private currentTitle: string | undefined;
  private currentPlaceholder: string | undefined;
  get items(): FakeQuickPickItem[] {
    return this.currentItems;
  }
  set items(items: FakeQuickPickItem[]) {
    this.currentItems = items;
    this.history.items.push(items);
  }
  get title(): string | undefined {
    return this.currentTitle;
  }
  set title(title: string | undefined) {
    this.currentTitle = title;
    this.history.title.push(title);
  }
  get placeholder(): string | undefined {
    return this.currentPlaceholder;
  }
  set placeholder(placeholder: string | undefined) {
    this.currentPlaceholder = placeholder;
    this.history.placeholder.push(placeholder);
  }
  onDidAccept = this.accepted.event;
  onDidHide = this.hidden.event;
  show() {
    this.shown = true;
  }
  hide() {
    this.hidden.fire();
  }
  dispose() {
    this.disposed = true;
  }
  /** Picks the first item matching `predicate`, as Enter on it would. */
  accept(predicate: (item: FakeQuickPickItem) => boolean) {
    const item = this.currentItems.find(predicate);
    if (!item) throw new Error('no such quick pick item');
    this.selectedItems = [item];
    this.accepted.fire();
  }
}

export interface ShownMessage {
  severity: 'error' | 'warning' | 'information';
  message: string;
  items: string[];
}

/** Every window-level call the code under test made, and the answers the test scripts for them. */
export const ui = {
  messages: [] as ShownMessage[],
  quickPicks: [] as FakeQuickPick[],
  inputBoxes: [] as Record<string, unknown>[],
  /** Every showQuickPick call (items and options), and what the next one resolves to: the item with this label. */
  simplePicks: [] as { items: FakeQuickPickItem[]; options: Record<string, unknown> }[],
  simplePickAnswer: undefined as string | undefined,
  /** What the next showInputBox resolves to. */
  inputBoxAnswer: undefined as string | undefined,
  /** What each showXxxMessage resolves to (a button label, or undefined for "dismissed"). */
  messageAnswer: undefined as string | undefined,
  progressTitles: [] as string[],
  commands: [] as { command: string; args: unknown[] }[],
  /** Every string that reached a link- or codicon-rendering place, with where it went. */
  rendered(): { where: string; text: string }[] {
    const out: { where: string; text: string }[] = [];
    const add = (where: string, text: unknown) => {
      if (typeof text === 'string') out.push({ where, text });
    };
    for (const m of ui.messages) {
      add(`${m.severity} message`, m.message);
      for (const item of m.items) add(`${m.severity} message button`, item);
    }
    for (const pick of ui.quickPicks) {
      for (const t of pick.history.title) add('quick pick title', t);
      for (const p of pick.history.placeholder) add('quick pick placeholder', p);
      for (const items of pick.history.items) {
        for (const item of items) {
          add('quick pick label', item.label);
          add('quick pick description', item.description);
          add('quick pick detail', item.detail);
        }
      }
    }
    for (const pick of ui.simplePicks) {
      for (const key of ['title', 'placeHolder']) add(`quick pick ${key}`, pick.options[key]);
      for (const item of pick.items) {
        add('quick pick label', item.label);
        add('quick pick description', item.description);
        add('quick pick detail', item.detail);
      }
    }
    for (const box of ui.inputBoxes) {
      for (const key of ['title', 'prompt', 'placeholder']) add(`input box ${key}`, box[key]);
      add('input box validation', box.validationShown);
    }
    for (const t of ui.progressTitles) add('progress title', t);
    for (const panel of created) for (const t of panel.titleHistory) add('panel title', t);
    return out;
  },
  reset(): void {
    ui.messages.length = 0;
    ui.quickPicks.length = 0;
    ui.inputBoxes.length = 0;
    ui.simplePicks.length = 0;
    ui.simplePickAnswer = undefined;
    ui.inputBoxAnswer = undefined;
    ui.messageAnswer = undefined;
    ui.progressTitles.length = 0;
    ui.commands.length = 0;
    created.length = 0;
  },
};

export const created: FakeWebviewPanel[] = [];

/**
 * Settings as `workspace.getConfiguration` returns them: `merged` is what `get` answers (all scopes merged),
 * `user` is the user-settings layer `inspect(...).globalValue` reports. Keys are full ids (`sagemakerTerraform.x`).
 */
export const settings = {
  merged: new Map<string, unknown>(),
  user: new Map<string, unknown>(),
  reset(): void {
    settings.merged.clear();
    settings.user.clear();
  },
};

export const workspaceState = {
  isTrusted: true,
  trustGranted: new Emitter<void>(),
  /** Trusts the folder, as "Trust" in VS Code's dialog does: the flag, then the event. */
  grantTrust(): void {
    workspaceState.isTrusted = true;
    workspaceState.trustGranted.fire();
  },
};

export class FakeUri {
  constructor(private readonly text: string) {}
  static parse(text: string): FakeUri {
    return new FakeUri(text);
  }
  toString(): string {
    return this.text;
  }
}

const messenger = (severity: ShownMessage['severity']) => (message: string, ...items: unknown[]) => {
  ui.messages.push({ severity, message, items: items.filter((i): i is string => typeof i === 'string') });
  return Promise.resolve(ui.messageAnswer);
};

const vscode = {
  ViewColumn: { Beside: -2 },
  ProgressLocation: { Window: 10 },
  QuickPickItemKind: { Separator: -1, Default: 0 },
  Uri: FakeUri,
  window: {
    activeTextEditor: undefined as unknown,
    createWebviewPanel(viewType: string, title: string, _show: unknown, options: unknown) {
      const panel = new FakeWebviewPanel(viewType, title, options);
      created.push(panel);
      return panel;
    },
    withProgress<T>(options: { title?: string }, task: () => Promise<T>) {
      if (options.title !== undefined) ui.progressTitles.push(options.title);
      return task();
    },
    showErrorMessage: messenger('error'),
    showWarningMessage: messenger('warning'),
    showInformationMessage: messenger('information'),
    createQuickPick() {
      const pick = new FakeQuickPick();
      ui.quickPicks.push(pick);
      return pick;
    },
    async showQuickPick(items: FakeQuickPickItem[], options: Record<string, unknown> = {}) {
      ui.simplePicks.push({ items, options });
      return items.find((i) => i.label === ui.simplePickAnswer);
    },
    async showInputBox(options: Record<string, unknown>) {
      const record: Record<string, unknown> = { ...options };
      ui.inputBoxes.push(record);
      const validate = options.validateInput as ((text: string) => unknown) | undefined;
      const answer = ui.inputBoxAnswer;
      if (validate) record.validationShown = await validate(answer ?? String(options.value ?? ''));
      // VS Code does not accept a value its validation refuses: the person can only cancel.
      return record.validationShown ? undefined : answer;
    },
  },
  workspace: {
    get isTrusted() {
      return workspaceState.isTrusted;
    },
    onDidGrantWorkspaceTrust: workspaceState.trustGranted.event,
    getConfiguration(section?: string) {
      const full = (key: string) => (section ? `${section}.${key}` : key);
      return {
        get<T>(key: string, fallback?: T): T | undefined {
          const id = full(key);
          if (settings.merged.has(id)) return settings.merged.get(id) as T;
          if (settings.user.has(id)) return settings.user.get(id) as T;
          return fallback;
        },
        inspect<T>(key: string): { key: string; globalValue?: T } {
          const id = full(key);
          return { key: id, globalValue: settings.user.get(id) as T | undefined };
        },
      };
    },
  },
  commands: {
    executeCommand(command: string, ...args: unknown[]) {
      ui.commands.push({ command, args });
      return Promise.resolve(undefined);
    },
  },
};

/** The stub's `window`, for tests that set `activeTextEditor`. */
export const stubWindow = vscode.window;

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
