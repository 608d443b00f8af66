import type { EndpointTarget } from '../../../shared/protocol';
import { ENDPOINT_NAME_MAX, isEndpointName } from '../status/names';

// What the palette's endpoint picker lists: the account's live endpoints merged with the ones declared in the
// workspace, so an endpoint Terraform has not created yet is still there (and says so). No VS Code API here.

export interface LiveEndpoint {
  name: string;
  status: string;
  statusTone: 'ok' | 'progress' | 'error' | 'neutral';
}

export interface EndpointChoice {
  name: string;
  label: string;
  description: string;
  detail?: string;
  /** Region the declaration pins, if any. */
  region?: string;
}

const ICONS: Record<LiveEndpoint['statusTone'], string> = {
  ok: '$(pass-filled)',
  progress: '$(sync~spin)',
  error: '$(error)',
  neutral: '$(circle-large-outline)',
};

export function endpointChoices(live: readonly LiveEndpoint[], declared: readonly EndpointTarget[], region: string | undefined): EndpointChoice[] {
  const byName = new Map<string, EndpointTarget[]>();
  for (const target of declared) if (target.name) byName.set(target.name, [...(byName.get(target.name) ?? []), target]);
  const fileOf = (t: EndpointTarget) => decodeURIComponent(t.uri.slice(t.uri.lastIndexOf('/') + 1));
  const choices: EndpointChoice[] = live.map((endpoint) => {
    const declarations = byName.get(endpoint.name) ?? [];
    byName.delete(endpoint.name);
    return {
      name: endpoint.name,
      label: `${ICONS[endpoint.statusTone]} ${endpoint.name}`,
      description: endpoint.status,
      detail: declarations.length ? `Declared as ${declarations.map((d) => `${d.address} (${fileOf(d)})`).join(', ')}` : undefined,
    };
  });
  for (const [name, declarations] of byName) {
    choices.push({
      name,
      label: `$(file-code) ${name}`,
      description: region ? `not deployed in ${region}` : 'declared in Terraform',
      detail: `Declared as ${declarations.map((d) => `${d.address} (${fileOf(d)})`).join(', ')}`,
      region: declarations[0].region,
    });
  }
  return choices.sort((a, b) => a.name.localeCompare(b.name));
}

/** Region for a request: the setting, else what Terraform says, else left to the AWS SDK's own resolution. */
export function chooseRegion(setting: string | undefined, terraform: string | undefined): { region?: string; source: 'setting' | 'terraform' | 'sdk' } {
  if (setting) return { region: setting, source: 'setting' };
  if (terraform) return { region: terraform, source: 'terraform' };
  return { source: 'sdk' };
}

/** SageMaker's endpoint name rule, checked before asking AWS about a typed name. */
export function endpointNameProblem(name: string): string | undefined {
  if (!name) return 'Enter an endpoint name.';
  if (name.length > ENDPOINT_NAME_MAX) return `Endpoint names have at most ${ENDPOINT_NAME_MAX} characters.`;
  if (!isEndpointName(name)) return 'Endpoint names use letters, digits and hyphens, and cannot start or end with a hyphen.';
  return undefined;
}
