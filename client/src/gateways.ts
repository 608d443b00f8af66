import type * as vscode from 'vscode';
import type { GatewayOptions, SageMakerGateway } from './aws/index';
import type { AwsSettings } from './settings';

// One SageMaker gateway per (region, settings) in use, so connections and credentials are reused across panels and
// commands. Settings are read for the document a request is about (a folder may set its own profile, as it may set
// its own region), and every gateway is dropped when AWS settings or workspace trust change.

export interface GatewayCacheDependencies {
  /** The AWS settings that apply to `scope` (a document), or to the window when there is none. */
  settings(scope: vscode.Uri | undefined): AwsSettings;
  /** Makes a gateway; loading the AWS SDK happens here, at the first request. */
  create(options: GatewayOptions): SageMakerGateway;
  log(line: string): void;
}

export class GatewayCache {
  private readonly gateways = new Map<string, SageMakerGateway>();

  constructor(private readonly deps: GatewayCacheDependencies) {}

  get(region: string | undefined, scope?: vscode.Uri): SageMakerGateway {
    const settings = this.deps.settings(scope);
    const key = JSON.stringify([region, settings.profile, settings.endpointUrl, settings.cloudWatchEndpointUrl, settings.useInstanceMetadata]);
    let gateway = this.gateways.get(key);
    if (!gateway) {
      if (settings.endpointUrl) this.deps.log(`SageMaker requests go to ${shownEndpointUrl(settings.endpointUrl)} (setting sagemakerTerraform.aws.endpointUrl), not to AWS`);
      if (settings.cloudWatchEndpointUrl) this.deps.log(`CloudWatch requests go to ${shownEndpointUrl(settings.cloudWatchEndpointUrl)} (setting sagemakerTerraform.aws.cloudWatchEndpointUrl), not to AWS`);
      gateway = this.deps.create({ ...settings, region, log: this.deps.log });
      this.gateways.set(key, gateway);
    }
    return gateway;
  }

  clear(): void {
    this.gateways.forEach((g) => g.dispose());
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
