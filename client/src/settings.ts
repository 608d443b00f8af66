import * as vscode from 'vscode';

// Settings the extension reads. AWS settings are restricted in untrusted workspaces (package.json), and the
// endpoint URL (which redirects AWS calls) and the metadata opt-in are taken from user settings alone, so no
// workspace can point AWS calls elsewhere. Settings files are JSON anyone can write (a repository's
// .vscode/settings.json too): every value is checked for its type (and numbers for finiteness and range), and a
// value of the wrong type counts as unset.

const SECTION = 'sagemakerTerraform';

export interface AwsSettings {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  cloudWatchEndpointUrl?: string;
  useInstanceMetadata: boolean;
}

/** A non-blank string, trimmed; anything else is unset. */
function stringSetting(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A finite number kept within [min, max]; anything else (strings, NaN, objects) is the default. */
function numberSetting(value: unknown, range: { fallback: number; min: number; max: number }): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return range.fallback;
  return Math.min(range.max, Math.max(range.min, value));
}

/** A boolean; anything else (the string "true" included) is the default. */
function booleanSetting(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function awsSettings(scope?: vscode.Uri): AwsSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    region: stringSetting(config.get<unknown>('aws.region')),
    profile: stringSetting(config.get<unknown>('aws.profile')),
    endpointUrl: stringSetting(config.inspect<unknown>('aws.endpointUrl')?.globalValue),
    cloudWatchEndpointUrl: stringSetting(config.inspect<unknown>('aws.cloudWatchEndpointUrl')?.globalValue),
    useInstanceMetadata: booleanSetting(config.inspect<unknown>('aws.useInstanceMetadata')?.globalValue, false),
  };
}

/** The documented range of `status.refreshIntervalSeconds` (package.json says the same). */
const REFRESH_INTERVAL = { fallback: 10, min: 2, max: 300 } as const;

export function refreshIntervalSeconds(): number {
  return numberSetting(vscode.workspace.getConfiguration(SECTION).get<unknown>('status.refreshIntervalSeconds'), REFRESH_INTERVAL);
}

export const AWS_SETTINGS_QUERY = `${SECTION}.aws`;
