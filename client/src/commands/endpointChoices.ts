import type { EndpointTarget } from '../../../shared/protocol';
import { ENDPOINT_NAME_MAX, isEndpointName } from '../status/names';
import { shownAddress, shownFileName, shownName, shownRegion, shownStatus } from '../uiText';

// What the palette's endpoint picker lists: the account's live endpoints merged with the ones declared in the
// workspace, so an endpoint Terraform has not created yet is still there (and says so). No VS Code API here. Quick
// pick labels, descriptions and details render `$(icon)`s, so every name, status, address and file name goes through
// ../uiText: an endpoint whose name is not a valid SageMaker name is not listed at all (it cannot be described
// anyway), and anything else that fails its check is replaced by our own words.

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

export interface EndpointChoices {
  choices: EndpointChoice[];
  /** Live or declared endpoints left out because their names are not valid SageMaker endpoint names. */
  hidden: number;
}

/** The most declarations one list takes in (the server lists every module of the workspace). */
const MAX_DECLARED = 10_000;
const DECLARATIONS_SHOWN = 3;

const ICONS: Record<LiveEndpoint['statusTone'], string> = {
  ok: '$(pass-filled)',
  progress: '$(sync~spin)',
  error: '$(error)',
  neutral: '$(circle-large-outline)',
};

function declaredAs(declarations: readonly EndpointTarget[]): string {
  const shown = declarations.slice(0, DECLARATIONS_SHOWN).map((d) => {
    const address = shownAddress(d) ?? 'a resource with an unusual name';
    const file = shownFileName(d.uri);
    return file ? `${address} (${file})` : address;
  });
  const more = declarations.length > DECLARATIONS_SHOWN ? ` and ${declarations.length - DECLARATIONS_SHOWN} more` : '';
  return `Declared as ${shown.join(', ')}${more}`;
}

export function endpointChoices(live: readonly LiveEndpoint[], declared: readonly EndpointTarget[], region: string | undefined): EndpointChoices {
  let hidden = 0;
  const byName = new Map<string, EndpointTarget[]>();
  for (const target of declared.slice(0, MAX_DECLARED)) {
    if (target.name === undefined) continue;
    const name = shownName(target.name);
    if (!name) {
      hidden++;
      continue;
    }
    byName.set(name, [...(byName.get(name) ?? []), target]);
  }
  const choices: EndpointChoice[] = [];
  for (const endpoint of live) {
    const name = shownName(endpoint.name);
    if (!name) {
      hidden++;
      continue;
    }
    const declarations = byName.get(name) ?? [];
    byName.delete(name);
    choices.push({
      name,
      label: `${ICONS[endpoint.statusTone] ?? ICONS.neutral} ${name}`,
      description: shownStatus(endpoint.status) ?? 'unknown status',
      detail: declarations.length ? declaredAs(declarations) : undefined,
    });
  }
  const where = shownRegion(region);
  for (const [name, declarations] of byName) {
    choices.push({
      name,
      label: `$(file-code) ${name}`,
      description: where ? `not deployed in ${where}` : 'declared in Terraform',
      detail: declaredAs(declarations),
      region: declarations[0]!.region,
    });
  }
  return { choices: choices.sort((a, b) => a.name.localeCompare(b.name)), hidden };
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
