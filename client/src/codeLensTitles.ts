// What the CodeLens above an endpoint says once a status panel or the endpoints view has fetched it: "InService · in
// sync", "Updating · 2 differences". It reads the one last-known-status store (../status/lastKnown) under the same
// key a panel writes (the endpoint's name and the region setting > Terraform literal), so it never calls AWS itself.
// No `vscode` at runtime: the extension bundle and the language client's bundle (the CodeLens middleware) share it.
import type { EndpointTarget } from '../../shared/protocol';
import { driftWords, type LastKnownStatus } from './status/lastKnown';
import { shownStatus } from './uiText';

export interface LensTitle {
  title: string;
  tooltip: string;
}

/** The CodeLens shape this module reads and rewrites (vscode.CodeLens has it). */
export interface TitledLens {
  command?: { title: string; command: string; tooltip?: string; arguments?: unknown[] };
}

/** The region a panel for this declaration asks (the settings of the declaring document, then its literal). */
export type RegionOfTarget = (target: Pick<EndpointTarget, 'uri' | 'region'>) => string | undefined;

export class CodeLensTitles {
  /** The titles last handed out, so readers hear only of changes they would see. */
  private readonly shown = new Map<string, string | undefined>();

  constructor(
    private readonly store: LastKnownStatus,
    private readonly regionOf: RegionOfTarget,
  ) {}

  /**
   * The title of the endpoint a CodeLens names, when its status is known. The CodeLens renders `$(icons)`: the status
   * is shown only when it is one of SageMaker's, and the rest is our own words. A computed name has no entry.
   */
  titleFor(target: Pick<EndpointTarget, 'uri' | 'region' | 'name'>): LensTitle | undefined {
    if (!target.name) return undefined;
    const known = this.store.get(target.name, this.regionOf(target));
    if (!known) return undefined;
    let shown: string;
    if (known.problem === 'notFound') shown = 'not found';
    else if (known.status !== undefined) shown = shownStatus(known.status) ?? 'unknown status';
    else return undefined;
    const summary = known.problem === 'notFound' ? undefined : driftWords(known.drift);
    const when = new Date(known.at).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' });
    return { title: summary ? `${shown} · ${summary}` : shown, tooltip: `Show endpoint status (as of ${when})` };
  }

  /** The server's lenses, those of endpoints with a known status retitled. */
  retitle<T extends TitledLens>(lenses: T[]): T[] {
    for (const lens of lenses) {
      const target = targetOf(lens);
      if (!lens.command || !target) continue;
      const known = this.titleFor(target);
      this.shown.set(keyOf(target), known?.title);
      if (known) lens.command = { ...lens.command, title: known.title, tooltip: known.tooltip };
    }
    return lenses;
  }

  /** `listener` hears when a title already handed out would now read differently (or one appears). */
  onDidChange(listener: () => void): { dispose(): void } {
    return this.store.onDidChange(() => {
      for (const [key, title] of this.shown) {
        const [uri, region, name] = key.split('\u0000');
        if (this.titleFor({ uri: uri!, region: region || undefined, name })?.title !== title) return listener();
      }
    });
  }
}

function targetOf(lens: TitledLens): Pick<EndpointTarget, 'uri' | 'region' | 'name'> | undefined {
  const target = lens.command?.arguments?.[0] as Partial<EndpointTarget> | undefined;
  if (typeof target?.uri !== 'string' || typeof target.name !== 'string') return undefined;
  return { uri: target.uri, name: target.name, region: typeof target.region === 'string' ? target.region : undefined };
}

function keyOf(target: Pick<EndpointTarget, 'uri' | 'region' | 'name'>): string {
  return `${target.uri}\u0000${target.region ?? ''}\u0000${target.name ?? ''}`;
}
