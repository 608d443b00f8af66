import * as vscode from 'vscode';

// Settings the extension reads. AWS settings are restricted in untrusted workspaces (package.json), and the
// endpoint URL (which redirects AWS calls) and the metadata opt-in are taken from user settings alone, so no
// workspace can point AWS calls elsewhere.

const SECTION = 'sagemakerTerraform';

export interface AwsSettings {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  useInstanceMetadata: boolean;
}

const nonEmpty = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

export function awsSettings(scope?: vscode.Uri): AwsSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    region: nonEmpty(config.get<string>('aws.region')),
    profile: nonEmpty(config.get<string>('aws.profile')),
    endpointUrl: nonEmpty(config.inspect<string>('aws.endpointUrl')?.globalValue),
    useInstanceMetadata: config.inspect<boolean>('aws.useInstanceMetadata')?.globalValue === true,
  };
}

export function refreshIntervalSeconds(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>('status.refreshIntervalSeconds') ?? 10;
  return Math.min(300, Math.max(2, value));
}

export const AWS_SETTINGS_QUERY = `${SECTION}.aws`;
