// What the "SageMaker Endpoints" view shows, as plain data: the endpoints declared in the workspace grouped by module
// folder, each with the last known status (and drift summary) from ../status/lastKnown, a problem that stopped the
// whole refresh, and, when asked for, the live endpoints of each listed region that no Terraform declares. Pure: no
// `vscode`, no AWS. Tree labels and descriptions are plain text in VS Code, and tooltips are given as plain strings
// (never MarkdownString), so nothing here is rendered as a link or a `$(icon)`; names, statuses, regions and
// addresses still go through ../uiText, so what is shown has the same shape everywhere (an unusual value is replaced
// by our own words), and every text from a document or AWS is capped.
import type { EndpointTarget } from '../../../shared/protocol';
import type { LiveEndpoint, RegionListing } from '../commands/endpointChoices';
import { driftWords, type LastKnown } from '../status/lastKnown';
import type { StatusTone } from '../status/model';
import type { ProblemAction, ProblemKind, StatusProblem } from '../status/problems';
import { TONE_ICONS } from '../status/toneIcons';
import { problemNotice, shownAddress, shownFileName, shownName, shownRegion, shownStatus } from '../uiText';

export interface ViewIcon {
  /** A codicon id (`pass-filled`, `sync~spin`). */
  id: string;
  /** A theme colour id, when the icon is coloured. */
  color?: string;
}

export interface ViewNode {
  /** Stable across refreshes (VS Code keeps expansion and selection by it). */
  id: string;
  kind: 'module' | 'endpoint' | 'undeclared' | 'live' | 'problem' | 'more';
  label: string;
  description?: string;
  /** Plain text. */
  tooltip: string;
  icon: ViewIcon;
  children?: ViewNode[];
  /** A declared endpoint: opening it runs Show Endpoint Status with this target. */
  target?: EndpointTarget;
  /** A live endpoint no Terraform declares: its name and the region to ask a panel for. */
  live?: { name: string; region: string | undefined };
  /** A module folder's URI. */
  folderUri?: string;
  /** A problem node: what clicking it does. */
  action?: ProblemAction;
}

/** The live endpoints of one region that the workspace's Terraform does not declare. */
export interface UndeclaredListing {
  /** The region a panel is asked for (a Terraform literal, or undefined: the setting or the SDK). */
  region: string | undefined;
  /** The region listed; undefined when it could not be resolved (then `problem` says why). */
  resolved: string | undefined;
  endpoints: readonly LiveEndpoint[];
  truncated: boolean;
  problem?: StatusProblem;
}

export interface EndpointsModelInput {
  declared: readonly EndpointTarget[];
  /** The workspace folders' URIs, to name module folders relative to them. */
  folders: readonly string[];
  /** The region a panel for `target` asks (setting > Terraform literal > undefined for the SDK). */
  regionOf(target: EndpointTarget): string | undefined;
  lastKnown(name: string, region: string | undefined): LastKnown | undefined;
  /** Endpoints whose refresh is under way (by name and region, as `lastKnown`). */
  refreshing(name: string, region: string | undefined): boolean;
  /** False in an untrusted folder: no status was asked for, none is promised. */
  trusted: boolean;
  /** A problem that stopped the whole refresh (no credentials, no region…): one node above the modules. */
  problem?: StatusProblem;
  /** The undeclared endpoints, when shown: undefined while hidden, `loading` while listing. */
  undeclared?: 'loading' | readonly UndeclaredListing[];
}

/** The most declarations the view takes in (the server lists every module of the workspace). */
export const MAX_DECLARED = 10_000;
/** The most live endpoints shown under one region (the listing itself stops at 10,000). */
export const MAX_UNDECLARED_SHOWN = 200;
/** Caps on text from documents: folder paths. */
const PATH_MAX = 160;

/** Short words for each problem, for a node's description (the tooltip has problemNotice's sentences). */
const PROBLEM_WORDS: Readonly<Record<ProblemKind, string>> = {
  noCredentials: 'no AWS credentials',
  expiredCredentials: 'AWS credentials expired',
  accessDenied: 'access denied',
  notFound: 'not deployed',
  throttled: 'throttled by SageMaker',
  network: 'SageMaker not reachable',
  timeout: 'no answer in time',
  noRegion: 'no AWS region set',
  unknownRegion: 'not an AWS region',
  invalidName: 'not a valid endpoint name',
  answerTooLarge: 'answer too large',
  service: 'the request failed',
};

export function problemWords(kind: ProblemKind): string {
  return Object.prototype.hasOwnProperty.call(PROBLEM_WORDS, kind) ? PROBLEM_WORDS[kind] : PROBLEM_WORDS.service;
}

/** One sentence of what is wrong and one of what to do, in our words (the notification's text). */
function problemSentences(kind: ProblemKind): string {
  return problemNotice({ kind, title: '', detail: '', actions: [] }).message;
}

const TONE_COLORS: Readonly<Record<StatusTone, string | undefined>> = {
  ok: 'testing.iconPassed',
  progress: undefined,
  error: 'testing.iconFailed',
  neutral: undefined,
};

export function toneIcon(tone: StatusTone | undefined): ViewIcon {
  const known = tone && Object.prototype.hasOwnProperty.call(TONE_ICONS, tone) ? tone : 'neutral';
  const color = TONE_COLORS[known];
  return color ? { id: TONE_ICONS[known], color } : { id: TONE_ICONS[known] };
}

/** The view's top-level nodes. */
export function endpointsTree(input: EndpointsModelInput): ViewNode[] {
  const nodes: ViewNode[] = [];
  if (input.problem) nodes.push(problemNode('problem', input.problem));
  nodes.push(...moduleNodes(input));
  if (input.undeclared !== undefined) nodes.push(...undeclaredNodes(input.undeclared));
  return nodes;
}

function problemNode(id: string, problem: StatusProblem): ViewNode {
  const action: ProblemAction = problem.actions.includes('openSettings') ? 'openSettings' : 'retry';
  return {
    id,
    kind: 'problem',
    label: capitalised(problemWords(problem.kind)),
    description: action === 'openSettings' ? 'open the AWS settings' : 'refresh to try again',
    tooltip: problemSentences(problem.kind),
    icon: { id: 'warning', color: 'problemsWarningIcon.foreground' },
    action,
  };
}

function moduleNodes(input: EndpointsModelInput): ViewNode[] {
  const byFolder = new Map<string, EndpointTarget[]>();
  const declared = input.declared.slice(0, MAX_DECLARED).filter((t) => typeof t?.uri === 'string' && typeof t.address === 'string');
  for (const target of declared) {
    const folder = folderOf(target.uri);
    const list = byFolder.get(folder) ?? [];
    list.push(target);
    byFolder.set(folder, list);
  }
  const regions = new Set(declared.map((t) => shownRegion(input.regionOf(t)) ?? ''));
  const severalRegions = regions.size > 1;
  const modules = [...byFolder].map(([folder, targets]) => {
    const label = folderLabel(folder, input.folders);
    const seen = new Map<string, number>();
    const children = targets
      .map((target) => endpointNode(target, input, severalRegions))
      .sort((a, b) => a.label.localeCompare(b.label) || (a.target!.address).localeCompare(b.target!.address) || a.target!.line - b.target!.line)
      .map((node) => {
        const n = (seen.get(node.id) ?? 0) + 1; // one address twice in a module (a duplicate the diagnostics flag)
        seen.set(node.id, n);
        return n > 1 ? { ...node, id: `${node.id}#${n}` } : node;
      });
    const node: ViewNode = {
      id: `module:${folder}`,
      kind: 'module',
      label,
      description: `${children.length.toLocaleString('en-US')} ${children.length === 1 ? 'endpoint' : 'endpoints'}`,
      tooltip: `Terraform module in ${label}`,
      icon: { id: 'folder' },
      folderUri: folder,
      children,
    };
    return node;
  });
  return modules.sort((a, b) => a.label.localeCompare(b.label) || a.folderUri!.localeCompare(b.folderUri!));
}

function endpointNode(target: EndpointTarget, input: EndpointsModelInput, severalRegions: boolean): ViewNode {
  const address = shownAddress(target) ?? 'aws_sagemaker_endpoint (unusual resource name)';
  const region = input.regionOf(target);
  const where = shownRegion(region);
  const file = shownFileName(target.uri);
  const line = Number.isInteger(target.line) && target.line >= 0 ? target.line + 1 : undefined;
  const declaredAt = `${address}${file ? ` in ${file}${line ? `, line ${line}` : ''}` : ''}`;
  const base = { id: `endpoint:${target.uri}#${target.address}`, kind: 'endpoint' as const, target };
  if (target.name === undefined) {
    return {
      ...base,
      label: address,
      description: 'name set by Terraform at apply',
      tooltip: `${declaredAt}\nIts name is not a literal: open it to enter the deployed endpoint's name.`,
      icon: { id: 'question' },
    };
  }
  const name = shownName(target.name);
  if (!name) {
    return { ...base, label: address, description: problemWords('invalidName'), tooltip: `${declaredAt}\n${problemSentences('invalidName')}`, icon: { id: 'warning', color: 'problemsWarningIcon.foreground' } };
  }
  const known = input.trusted ? input.lastKnown(name, region) : undefined;
  const parts: string[] = [];
  const lines = [`${name} (${declaredAt})`];
  let icon: ViewIcon;
  const status = shownStatus(known?.status);
  if (input.trusted && input.refreshing(name, region)) {
    icon = { id: 'loading~spin' };
    parts.push(status ? `${status}, refreshing…` : 'refreshing…');
  } else if (known?.status !== undefined) {
    icon = toneIcon(known.statusTone);
    parts.push(status ?? 'unknown status');
  } else if (known?.problem === 'notFound') {
    icon = { id: 'circle-slash' };
    parts.push(where ? `not deployed in ${where}` : problemWords('notFound'));
  } else if (known?.problem) {
    icon = { id: 'warning', color: 'problemsWarningIcon.foreground' };
    parts.push(problemWords(known.problem));
  } else {
    icon = toneIcon('neutral');
    if (input.trusted) parts.push('not refreshed');
  }
  if (known?.status !== undefined) lines.push(`Status: ${status ?? 'not one SageMaker documents'}`);
  const drift = driftWords(known?.drift);
  if (drift) {
    parts.push(drift);
    lines.push(`Terraform vs live: ${drift}`);
  }
  if (known?.problem && known.status !== undefined) parts.push('last refresh failed');
  if (known?.problem && known.problem !== 'notFound') lines.push(problemSentences(known.problem));
  if (known?.problem === 'notFound') lines.push(`No endpoint of this name was found${where ? ` in ${where}` : ''}: Terraform has not created it yet, or it lives in another region or account.`);
  if (severalRegions && where && known?.problem !== 'notFound') parts.push(where);
  lines.push(where ? `Region: ${where}` : 'Region: the one the AWS SDK resolves (AWS_REGION, the profile)');
  if (!input.trusted) lines.push('The folder is not trusted: no status is asked from AWS.');
  return { ...base, label: name, description: parts.join(' · ') || undefined, tooltip: lines.join('\n'), icon };
}

function undeclaredNodes(undeclared: 'loading' | readonly UndeclaredListing[]): ViewNode[] {
  if (undeclared === 'loading') {
    return [{ id: 'undeclared:loading', kind: 'undeclared', label: 'Not in Terraform', description: 'listing…', tooltip: 'Listing the live endpoints of the regions this workspace deploys to.', icon: { id: 'loading~spin' } }];
  }
  const listed = new Set<string>();
  const nodes: ViewNode[] = [];
  for (const listing of undeclared) {
    if (listing.resolved && listed.has(listing.resolved)) continue; // one region reached twice (a literal and the SDK's)
    if (listing.resolved) listed.add(listing.resolved);
    const where = shownRegion(listing.resolved);
    const id = `undeclared:${listing.resolved ?? listing.region ?? ''}`;
    if (listing.problem || !listing.resolved) {
      const problem = listing.problem ?? { kind: 'noRegion' as const, title: '', detail: '', actions: ['openSettings' as const] };
      nodes.push({
        id,
        kind: 'undeclared',
        label: `Not in Terraform${where ? ` · ${where}` : ''}`,
        description: problemWords(problem.kind),
        tooltip: problemSentences(problem.kind),
        icon: { id: 'cloud' },
        children: [problemNode(`${id}:problem`, problem)],
      });
      continue;
    }
    const shown = listing.endpoints.slice(0, MAX_UNDECLARED_SHOWN);
    const children: ViewNode[] = shown.map((endpoint) => ({
      id: `live:${listing.resolved}:${endpoint.name}`,
      kind: 'live',
      label: endpoint.name,
      description: shownStatus(endpoint.status) ?? 'unknown status',
      tooltip: `${endpoint.name} in ${where ?? 'this region'}\nStatus: ${shownStatus(endpoint.status) ?? 'not one SageMaker documents'}\nNo aws_sagemaker_endpoint in this workspace declares it.`,
      icon: toneIcon(endpoint.statusTone),
      live: { name: endpoint.name, region: listing.region },
    }));
    const more = listing.endpoints.length - shown.length;
    if (more > 0) {
      children.push({
        id: `${id}:more`,
        kind: 'more',
        label: `${more.toLocaleString('en-US')} more not shown`,
        tooltip: 'Show Endpoint Status in the command palette lists them all.',
        icon: { id: 'ellipsis' },
      });
    }
    const count = listing.endpoints.length;
    nodes.push({
      id,
      kind: 'undeclared',
      label: `Not in Terraform${where ? ` · ${where}` : ''}`,
      description: `${count ? count.toLocaleString('en-US') : 'no'} ${count === 1 ? 'endpoint' : 'endpoints'}${listing.truncated ? ' (listing stopped early)' : ''}`,
      tooltip: `Live endpoints in ${where ?? 'this region'} that no aws_sagemaker_endpoint in this workspace declares${listing.truncated ? '. The region has more endpoints than one listing reads: some may be missing.' : '.'}`,
      icon: { id: 'cloud' },
      children,
    });
  }
  return nodes;
}

/**
 * The live endpoints of each listing that no declaration stands for (same name, same resolved region, as the palette
 * merges them), sorted by name; names that are not valid endpoint names are left out and counted in `hidden`.
 */
export function undeclaredEndpoints(
  listings: readonly (RegionListing & { truncated?: boolean; problem?: StatusProblem })[],
  declared: readonly EndpointTarget[],
  setting: string | undefined,
): { listings: UndeclaredListing[]; hidden: number } {
  const sdk = listings.find((l) => l.region === undefined)?.resolved;
  const declaredKeys = new Set<string>();
  for (const target of declared.slice(0, MAX_DECLARED)) {
    if (typeof target?.name !== 'string') continue;
    const resolved = setting || target.region === undefined ? sdk : target.region;
    declaredKeys.add(`${resolved ?? ''}\u0000${target.name}`);
  }
  let hidden = 0;
  const out = listings.map((listing) => {
    const endpoints: LiveEndpoint[] = [];
    for (const endpoint of listing.endpoints) {
      const name = shownName(endpoint.name);
      if (!name) {
        hidden++;
        continue;
      }
      if (!declaredKeys.has(`${listing.resolved ?? ''}\u0000${name}`)) endpoints.push(endpoint);
    }
    endpoints.sort((a, b) => a.name.localeCompare(b.name));
    const result: UndeclaredListing = { region: listing.region, resolved: listing.resolved, endpoints, truncated: listing.truncated === true };
    if (listing.problem) result.problem = listing.problem;
    return result;
  });
  return { listings: out, hidden };
}

/** The folder part of a document URI (its module). */
export function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash > 0 ? uri.slice(0, slash) : uri;
}

/**
 * A module folder as a person names it: its path inside the workspace folder that holds it (prefixed with that
 * folder's name when the workspace has several), the folder's own name for its root, else the decoded path.
 */
export function folderLabel(folder: string, workspaceFolders: readonly string[]): string {
  const root = workspaceFolders
    .map((f) => f.replace(/\/+$/, ''))
    .filter((f) => folder === f || folder.startsWith(`${f}/`))
    .sort((a, b) => b.length - a.length)[0];
  let label: string;
  if (root === undefined) label = decoded(folder.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''));
  else {
    const rootName = decoded(root.slice(root.lastIndexOf('/') + 1));
    const inside = decoded(folder.slice(root.length + 1));
    label = !inside ? rootName : workspaceFolders.length > 1 ? `${rootName}/${inside}` : inside;
  }
  return plain(label) || 'a folder with an unusual name';
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Control characters removed, capped (a label is one line). */
function plain(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
  return line.length > PATH_MAX ? `…${line.slice(line.length - PATH_MAX + 1)}` : line;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
