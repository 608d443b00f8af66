// The single gate for text shown where VS Code renders links or codicons: notifications render `[label](command:…)`
// as a link that runs the command (with any arguments), and quick pick labels, descriptions and details, input box
// prompts and the status bar render `$(icon)`. Text we did not write (documents, settings, file names, AWS answers)
// reaches those places only through here: notifications are built from our own fixed sentences, and a name,
// region, status, resource address or file name is shown only when it has a shape that cannot hold `$(`, `[`, `]`,
// `(`, `)` or `:` (otherwise the caller shows a fixed word instead). AWS's own wording goes to the escaped status
// panel and the log. Editor tab titles are plain text in VS Code (no codicons, no links); they use the same checks
// all the same. Pure: no `vscode` here, so the rules are tested on their own and on the real code paths.
import type { EndpointTarget } from '../../shared/protocol';
import { ENDPOINT_STATUSES } from './status/model';
import { hasRegionShape, isEndpointName } from './status/names';
import { ACTION_LABELS, isProblemAction, type ProblemAction, type ProblemKind, type StatusProblem } from './status/problems';

/**
 * What a notification says for each kind of problem, in our words only (never the problem's title or detail): one
 * sentence of what is wrong, one of what to do. Plain text: VS Code shows notifications without Markdown.
 */
const NOTICES: Readonly<Record<ProblemKind, readonly [wrong: string, todo: string]>> = {
  noCredentials: ['SageMaker: no usable AWS credentials were found, or AWS did not accept them.', 'Sign in (for example aws sso login) or choose a profile in the settings, then retry.'],
  expiredCredentials: ['SageMaker: the AWS credentials have expired.', 'Sign in again, then retry.'],
  accessDenied: ['SageMaker: the AWS credentials in use may not list or describe SageMaker endpoints.', 'Ask for those permissions, or choose another profile in the settings.'],
  notFound: ['SageMaker: the endpoint was not found in this region and account.', 'Check the region and profile in the settings, or deploy the endpoint first.'],
  throttled: ['SageMaker is throttling requests.', 'Wait a little, then retry.'],
  network: ['SageMaker could not be reached.', 'Check the network, VPN or proxy, and the endpoint URL setting.'],
  timeout: ['SageMaker did not answer in time.', 'Check the network, VPN or proxy, then retry.'],
  noRegion: ['SageMaker: no AWS region is set.', 'Set the region setting, a region in the Terraform provider, AWS_REGION or a region in the profile.'],
  unknownRegion: ['SageMaker: the region in use is not an AWS region.', 'Check the region setting, the Terraform provider, AWS_REGION and the profile.'],
  invalidName: ['SageMaker: that is not a valid endpoint name.', 'Use letters, digits and hyphens, at most 63 characters.'],
  answerTooLarge: ['SageMaker sent an answer too large to read.', 'Check the endpoint URL setting.'],
  service: ['SageMaker: the request failed.', 'Show the logs for what AWS answered, then retry.'],
};

export interface Notice {
  message: string;
  /** Button labels, each one of ours, in the problem's order; Show Logs is always there (the details are in the log). */
  buttons: string[];
  /** The action behind each button label. */
  actionOf(label: string | undefined): ProblemAction | undefined;
}

/** The notification for a problem: a fixed sentence per kind and our own buttons. */
export function problemNotice(problem: StatusProblem): Notice {
  const known = Object.prototype.hasOwnProperty.call(NOTICES, problem.kind) ? problem.kind : 'service';
  const actions = [...new Set<ProblemAction>([...problem.actions.filter((a) => typeof a === 'string' && isProblemAction(a)), 'showLogs'])];
  const [wrong, todo] = NOTICES[known];
  return {
    message: `${wrong} ${todo}`,
    buttons: actions.map((a) => ACTION_LABELS[a]),
    actionOf: (label) => actions.find((a) => ACTION_LABELS[a] === label),
  };
}

/** An endpoint name fit for display: a valid SageMaker endpoint name (letters, digits, hyphens), else undefined. */
export function shownName(name: unknown): string | undefined {
  return isEndpointName(name) ? name : undefined;
}

/** A region fit for display: shaped like an AWS region (lowercase letters, digits, hyphens), else undefined. */
export function shownRegion(region: unknown): string | undefined {
  return hasRegionShape(region) ? region : undefined;
}

const STATUSES: ReadonlySet<string> = new Set(ENDPOINT_STATUSES);

/** An endpoint status fit for display: one of SageMaker's EndpointStatus values, else undefined. */
export function shownStatus(status: unknown): string | undefined {
  return typeof status === 'string' && STATUSES.has(status) ? status : undefined;
}

// Terraform resource names: a letter or underscore, then letters, digits, underscores and hyphens.
const ADDRESS = /^aws_sagemaker_endpoint\.[A-Za-z_][A-Za-z0-9_-]{0,99}$/;

/** A resource address fit for display (`aws_sagemaker_endpoint.<a Terraform identifier>`), else undefined. */
export function shownAddress(target: Pick<EndpointTarget, 'address'>): string | undefined {
  const address = target.address;
  return typeof address === 'string' && address.length <= 123 && ADDRESS.test(address) ? address : undefined;
}

// Letters and digits of any script, spaces and a few punctuation marks; no `$ ( ) [ ] : \` or control characters.
const FILE_NAME = /^[\p{L}\p{N}\p{M} _.,+@=-]{1,100}$/u;

/** The file name of a document URI fit for display, else undefined. */
export function shownFileName(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || uri.length > 4096) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  } catch {
    return undefined; // a malformed escape
  }
  return FILE_NAME.test(name) ? name : undefined;
}

// A version (`5.100.0`, `6.0.0-beta1`) or constraints (`>= 5.0, < 6.0`, `~> 5.46`, `!= 6.3.0`): digits, letters,
// dots, hyphens, commas, spaces and the comparison operators; no `$ ( ) [ ] :`.
const VERSION_TEXT = /^[0-9A-Za-z.,<>=!~ -]{1,80}$/;

/** A provider version or version constraint fit for display, else undefined. */
export function shownVersion(text: unknown): string | undefined {
  return typeof text === 'string' && VERSION_TEXT.test(text) ? text : undefined;
}
