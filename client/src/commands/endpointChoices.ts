import type { EndpointTarget } from '../../../shared/protocol';
import { ENDPOINT_NAME_MAX, isEndpointName } from '../status/names';
import { TONE_ICONS } from '../status/toneIcons';
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
  /** The region to ask a panel for: the Terraform literal it was listed or declared under, if any. */
  region?: string;
  /** The first resource declaring it, whose Terraform the panel compares with the live endpoint. */
  declaredAt?: { uri: string; address: string };
}

export interface EndpointChoices {
  choices: EndpointChoice[];
  /** Live or declared endpoints left out because their names are not valid SageMaker endpoint names. */
  hidden: number;
}

/** The most declarations one list takes in (the server lists every module of the workspace). */
const MAX_DECLARED = 10_000;
const DECLARATIONS_SHOWN = 3;

const ICONS = Object.fromEntries(Object.entries(TONE_ICONS).map(([tone, id]) => [tone, `$(${id})`])) as Record<LiveEndpoint['statusTone'], string>;

function declaredAs(declarations: readonly EndpointTarget[]): string {
  const shown = declarations.slice(0, DECLARATIONS_SHOWN).map((d) => {
    const address = shownAddress(d) ?? 'a resource with an unusual name';
    const file = shownFileName(d.uri);
    return file ? `${address} (${file})` : address;
  });
  const more = declarations.length > DECLARATIONS_SHOWN ? ` and ${declarations.length - DECLARATIONS_SHOWN} more` : '';
  return `Declared as ${shown.join(', ')}${more}`;
}

/** The live endpoints of one region the palette listed. */
export interface RegionListing {
  /** The region a panel is asked for: the declarations' Terraform literal, or undefined (the setting or the SDK). */
  region: string | undefined;
  /** The region the listing went to, once resolved; undefined when it could not be resolved. */
  resolved: string | undefined;
  endpoints: readonly LiveEndpoint[];
}

/** The most regions one pick lists (each costs a ListEndpoints call). */
export const MAX_LISTED_REGIONS = 20;

/**
 * Which regions the palette lists, as the CodeLens resolves them (setting > Terraform literal > SDK): the setting's
 * one region when set, else each distinct region the declarations pin (an unpinned declaration, or none at all, adds
 * the SDK's own). A declared region that is not shaped like a region cannot be listed and is left out.
 */
export function regionsToList(setting: string | undefined, declared: readonly EndpointTarget[]): (string | undefined)[] {
  if (setting) return [undefined];
  const regions = new Set<string | undefined>();
  for (const target of declared.slice(0, MAX_DECLARED)) {
    if (target.region === undefined) regions.add(undefined);
    else if (shownRegion(target.region)) regions.add(target.region);
    if (regions.size >= MAX_LISTED_REGIONS) break;
  }
  return regions.size ? [...regions] : [undefined];
}

/**
 * The pick's items: every live endpoint of every listed region, merged with the declarations that stand for it
 * (same name, same resolved region), then the declarations not deployed. With more than one region, every item
 * names its region.
 */
export function endpointChoices(listings: readonly RegionListing[], declared: readonly EndpointTarget[], setting: string | undefined): EndpointChoices {
  let hidden = 0;
  const sdk = listings.find((l) => l.region === undefined)?.resolved;
  const resolvedOf = (target: EndpointTarget) => (setting || target.region === undefined ? sdk : target.region);
  const key = (region: string | undefined, name: string) => `${region ?? ''}\u0000${name}`;
  const byKey = new Map<string, { name: string; region?: string; resolved?: string; targets: EndpointTarget[] }>();
  for (const target of declared.slice(0, MAX_DECLARED)) {
    if (target.name === undefined) continue;
    const name = shownName(target.name);
    if (!name) {
      hidden++;
      continue;
    }
    const resolved = resolvedOf(target);
    const k = key(resolved, name);
    const entry = byKey.get(k) ?? { name, region: target.region, resolved, targets: [] };
    entry.targets.push(target);
    byKey.set(k, entry);
  }
  const regions = new Set<string>();
  for (const l of listings) if (l.resolved) regions.add(l.resolved);
  for (const entry of byKey.values()) if (entry.resolved) regions.add(entry.resolved);
  const several = regions.size > 1;
  const inRegion = (region: string | undefined) => {
    const where = shownRegion(region);
    return several && where ? ` · ${where}` : '';
  };
  const choices: (EndpointChoice & { sortRegion: string })[] = [];
  const listed = new Set<string>();
  for (const listing of listings) {
    if (!listing.resolved || listed.has(listing.resolved)) continue; // one region listed twice (a literal and the SDK's)
    listed.add(listing.resolved);
    for (const endpoint of listing.endpoints) {
      const name = shownName(endpoint.name);
      if (!name) {
        hidden++;
        continue;
      }
      const k = key(listing.resolved, name);
      const declarations = byKey.get(k)?.targets ?? [];
      byKey.delete(k);
      choices.push({
        name,
        label: `${ICONS[endpoint.statusTone] ?? ICONS.neutral} ${name}`,
        description: `${shownStatus(endpoint.status) ?? 'unknown status'}${inRegion(listing.resolved)}`,
        detail: declarations.length ? declaredAs(declarations) : undefined,
        region: declarations[0]?.region ?? listing.region,
        ...declaredAt(declarations),
        sortRegion: listing.resolved,
      });
    }
  }
  for (const { name, region, resolved, targets } of byKey.values()) {
    const where = shownRegion(resolved);
    choices.push({
      name,
      label: `$(file-code) ${name}`,
      description: where ? `not deployed in ${where}` : 'declared in Terraform',
      detail: declaredAs(targets),
      region,
      ...declaredAt(targets),
      sortRegion: resolved ?? '',
    });
  }
  choices.sort((a, b) => a.name.localeCompare(b.name) || a.sortRegion.localeCompare(b.sortRegion));
  return { choices: choices.map(({ sortRegion: _, ...choice }) => choice), hidden };
}

/** `{ declaredAt }` of the first declaration, or nothing (so a live-only choice has no such member). */
function declaredAt(targets: readonly EndpointTarget[]): Pick<EndpointChoice, 'declaredAt'> {
  const first = targets[0];
  return first ? { declaredAt: { uri: first.uri, address: first.address } } : {};
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
