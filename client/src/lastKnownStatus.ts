// What the CodeLens above an endpoint says once its status panel has fetched it: "InService · in sync",
// "Updating · 2 differences". The panel records; the CodeLens only reads, so it never calls AWS by itself. No
// `vscode` at runtime: both the extension bundle (the panels) and the language client's bundle (the CodeLens
// middleware) hold the same instance.
import type { EndpointTarget } from '../../shared/protocol';
import { shownStatus } from './uiText';

export interface LensTitle {
  title: string;
  tooltip: string;
}

/** The CodeLens shape this module reads and rewrites (vscode.CodeLens has it). */
export interface TitledLens {
  command?: { title: string; command: string; tooltip?: string; arguments?: unknown[] };
}

const key = (uri: string, address: string) => `${uri}\u0000${address}`;

export class LastKnownStatus {
  private readonly entries = new Map<string, { name: string } & LensTitle>();
  private readonly listeners = new Set<() => void>();

  /**
   * What the panel of endpoint `name`, declared at `at`, last learned: its status (undefined: not found) and the
   * Terraform-vs-live summary. The CodeLens renders `$(icons)`: the status is shown only when it is one of
   * SageMaker's, and the summary is our own words.
   */
  record(at: { uri: string; address: string }, name: string, status: string | undefined, summary: string | undefined, when: Date): void {
    const shown = shownStatus(status) ?? (status === undefined ? 'not found' : 'unknown status');
    const title = summary ? `${shown} · ${summary}` : shown;
    const tooltip = `Show endpoint status (as of ${when.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' })})`;
    const k = key(at.uri, at.address);
    const before = this.entries.get(k);
    this.entries.set(k, { name, title, tooltip });
    if (before?.title !== title || before.name !== name) for (const listener of this.listeners) listener();
  }

  /** The last known title of the endpoint a CodeLens names, if its panel fetched it (and the name is the same). */
  titleFor(target: Pick<EndpointTarget, 'uri' | 'address' | 'name'>): LensTitle | undefined {
    const entry = this.entries.get(key(target.uri, target.address));
    if (!entry || (target.name !== undefined && target.name !== entry.name)) return undefined;
    return { title: entry.title, tooltip: entry.tooltip };
  }

  /** The server's lenses, those of endpoints with a known status retitled. */
  retitle<T extends TitledLens>(lenses: T[]): T[] {
    for (const lens of lenses) {
      const target = lens.command?.arguments?.[0] as Partial<EndpointTarget> | undefined;
      if (!lens.command || typeof target?.uri !== 'string' || typeof target.address !== 'string') continue;
      const known = this.titleFor({ uri: target.uri, address: target.address, name: typeof target.name === 'string' ? target.name : undefined });
      if (known) lens.command = { ...lens.command, title: known.title, tooltip: known.tooltip };
    }
    return lenses;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }
}
