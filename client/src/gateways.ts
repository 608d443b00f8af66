import type * as vscode from 'vscode';
import type { GatewayOptions, SageMakerGateway } from './aws/index';
import type { AwsSettings } from './settings';

// One SageMaker gateway per (region, settings) in use, so connections and credentials are reused across panels and
// commands. Settings are read for the document a request is about (a folder may set its own profile, as it may set
// its own region). When AWS settings or workspace trust change, a gateway whose settings no longer apply is dropped
// (its requests under way are cancelled); one whose settings are unchanged keeps serving. VS Code reports a change of
// every restricted setting when a folder becomes trusted, even where no value changes, and the status command that
// resumes after trust is then already sending its request.

export interface GatewayCacheDependencies {
  /** The AWS settings that apply to `scope` (a document), or to the window when there is none. */
  settings(scope: vscode.Uri | undefined): AwsSettings;
  /** Makes a gateway; loading the AWS SDK happens here, at the first request. */
  create(options: GatewayOptions): SageMakerGateway;
  log(line: string): void;
}

const keyOf = (region: string | undefined, settings: AwsSettings) =>
  JSON.stringify([region, settings.profile, settings.endpointUrl, settings.cloudWatchEndpointUrl, settings.useInstanceMetadata]);

export class GatewayCache {
  /** By key; each remembers the region and scope it was asked for, so its settings can be read again. */
  private readonly gateways = new Map<string, { gateway: SageMakerGateway; region: string | undefined; scope: vscode.Uri | undefined }>();

  constructor(private readonly deps: GatewayCacheDependencies) {}

  get(region: string | undefined, scope?: vscode.Uri): SageMakerGateway {
    const settings = this.deps.settings(scope);
    const key = keyOf(region, settings);
    let entry = this.gateways.get(key);
    if (!entry) {
      if (settings.endpointUrl) this.deps.log(`SageMaker requests go to ${shownEndpointUrl(settings.endpointUrl)} (setting sagemakerTerraform.aws.endpointUrl), not to AWS`);
      if (settings.cloudWatchEndpointUrl) this.deps.log(`CloudWatch requests go to ${shownEndpointUrl(settings.cloudWatchEndpointUrl)} (setting sagemakerTerraform.aws.cloudWatchEndpointUrl), not to AWS`);
      entry = { gateway: this.deps.create({ ...settings, region, log: this.deps.log }), region, scope };
      this.gateways.set(key, entry);
    }
    return entry.gateway;
  }

  /** Drops (and disposes) each gateway whose settings, read again for the scope it was made for, have changed. */
  prune(): void {
    for (const [key, entry] of [...this.gateways]) {
      if (keyOf(entry.region, this.deps.settings(entry.scope)) === key) continue;
      entry.gateway.dispose();
      this.gateways.delete(key);
    }
  }

  clear(): void {
    this.gateways.forEach((e) => e.gateway.dispose());
    this.gateways.clear();
  }
}

/** The endpoint URL for the log: without any user name, password, query or fragment it may carry; capped. */
export function shownEndpointUrl(text: string): string {
  try {
    const url = new URL(text);
    const shown = `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    return JSON.stringify(shown.length > 200 ? `${shown.slice(0, 199)}…` : shown);
  } catch {
    return 'a URL that is not valid';
  }
}
