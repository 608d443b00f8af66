// What went wrong while fetching an endpoint's status, in words for people: a kind the UI can branch on, a one-line
// title, a detail with the next steps, and the buttons worth offering. Pure: no AWS SDK and no `vscode` at runtime.

export type ProblemKind =
  | 'noCredentials'
  | 'expiredCredentials'
  | 'accessDenied'
  | 'notFound'
  | 'throttled'
  | 'network'
  | 'timeout'
  | 'noRegion'
  | 'unknownRegion'
  | 'invalidName'
  | 'answerTooLarge'
  | 'service';

export type ProblemAction = 'openSettings' | 'showLogs' | 'retry';

export interface StatusProblem {
  kind: ProblemKind;
  title: string;
  detail: string;
  actions: ProblemAction[];
}

/** What the caller knew when the error happened; every field is optional and only sharpens the wording. */
export interface ProblemContext {
  endpointName?: string;
  region?: string;
  /** How many HTTP attempts the SDK made (from `$metadata.attempts`). */
  attempts?: number;
  /** The operation, e.g. `DescribeEndpoint`, for the IAM action named in an access-denied message. */
  operation?: string;
  /** The request deadline, for the timeout message. */
  timeoutMs?: number;
  /** The AWS service asked: its name in titles and its IAM prefix in access-denied messages. Default SageMaker. */
  service?: AwsService;
}

export interface AwsService {
  /** As people say it: `SageMaker`, `CloudWatch`. */
  name: string;
  /** The IAM action prefix: `sagemaker`, `cloudwatch`. */
  iamPrefix: string;
}

const SAGEMAKER: AwsService = { name: 'SageMaker', iamPrefix: 'sagemaker' };

// A brand that survives bundling: `client/out/aws.js` and `client/out/extension.js` each get their own copy of this
// class, so a plain `instanceof` would fail across the two bundles. `Symbol.for` is shared by the whole process.
const BRAND = Symbol.for('sagemaker-terraform.StatusProblemError');

export class StatusProblemError extends Error {
  constructor(readonly problem: StatusProblem) {
    super(problem.title);
    this.name = 'StatusProblemError';
    (this as unknown as Record<symbol, true>)[BRAND] = true;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isStatusProblemError(value);
  }
}

/** True for a `StatusProblemError` from any bundle (see the brand above). */
export function isStatusProblemError(value: unknown): value is StatusProblemError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    typeof (value as { problem?: unknown }).problem === 'object'
  );
}

export const ACTION_LABELS: Readonly<Record<ProblemAction, string>> = {
  openSettings: 'Open Settings',
  showLogs: 'Show Logs',
  retry: 'Retry',
};

const PROBLEM_ACTIONS: ReadonlySet<string> = new Set<ProblemAction>(['openSettings', 'showLogs', 'retry']);

/** True for one of our own action ids (not merely a key some object has, such as `constructor`). */
export function isProblemAction(value: string): value is ProblemAction {
  return PROBLEM_ACTIONS.has(value);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'EPROTO',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);
const NETWORK_NAMES = new Set(['NetworkingError', 'RequestTimeout']);
const EXPIRED_CODES = new Set(['ExpiredTokenException', 'ExpiredToken', 'TokenRefreshRequired', 'RequestExpired']);
const REJECTED_CREDENTIAL_CODES = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'AuthFailure',
]);
const ACCESS_DENIED_CODES = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'NotAuthorized']);
const THROTTLING_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'ProvisionedThroughputExceededException',
  'SlowDown',
  'PriorRequestNotComplete',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'EC2ThrottledException',
]);
const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'TimeoutError', 'ABORT_ERR']);

interface ErrorFacts {
  name: string;
  code: string;
  message: string;
  httpStatus?: number;
  attempts?: number;
  address?: string;
  port?: number;
  hostname?: string;
}

/**
 * A problem in one line for the log: its title and detail as separate sentences (a title has no full stop of its own,
 * so joined bare they would run together).
 */
export function problemLogLine(problem: StatusProblem): string {
  const title = problem.title.trim();
  const stop = /[.!?]$/.test(title) ? '' : '.';
  return `${title}${stop} ${problem.detail.trim()}`.trim();
}

/** Maps anything thrown while fetching a status to a `StatusProblem`. Never includes a stack trace. */
export function toProblem(error: unknown, context: ProblemContext = {}): StatusProblem {
  if (isStatusProblemError(error)) return error.problem;
  const facts = factsOf(error);
  const attempts = context.attempts ?? facts.attempts;
  const ctx = { ...context, attempts };
  const where = whereText(ctx);
  const service = ctx.service ?? SAGEMAKER;
  const codeOrName = [facts.code, facts.name];
  const has = (set: Set<string>) => codeOrName.some((c) => c !== '' && set.has(c));

  // Credentials: the provider chain found nothing, or found something that is stale.
  if (facts.name === 'CredentialsProviderError' || facts.name === 'TokenProviderError' || /could not load credentials/i.test(facts.message)) {
    if (/expired|refresh|sso session|aws sso login/i.test(facts.message)) return expiredCredentials(facts, ctx);
    return {
      kind: 'noCredentials',
      title: 'No AWS credentials were found',
      // What the SDK's chain said is in the request's log line; said again here it would repeat this sentence.
      detail:
        'No usable credentials were found in the environment, the shared config and credentials files (profiles, SSO, credential_process) or a web identity token file. ' +
        'Sign in with `aws configure` or `aws sso login`, or set the profile to use in the settings, then retry.',
      actions: ['openSettings', 'showLogs', 'retry'],
    };
  }
  if (has(EXPIRED_CODES)) return expiredCredentials(facts, ctx);
  if (has(REJECTED_CREDENTIAL_CODES)) {
    return {
      kind: 'noCredentials',
      title: 'AWS did not accept the credentials',
      detail:
        `${service.name} rejected the request's credentials${where}${awsSays(facts)}. ` +
        'The access key may have been deleted or belong to another partition, or the session token may be missing. ' +
        'Check the profile (for example with `aws sts get-caller-identity`), then retry.',
      actions: ['openSettings', 'showLogs', 'retry'],
    };
  }
  if (has(ACCESS_DENIED_CODES) || (facts.httpStatus === 403 && !has(THROTTLING_CODES))) {
    const action = ctx.operation ? `${service.iamPrefix}:${ctx.operation}` : 'sagemaker:DescribeEndpoint and sagemaker:ListEndpoints';
    return {
      kind: 'accessDenied',
      title: 'Access denied',
      detail:
        `The credentials in use are not allowed to call ${action}${where}${awsSays(facts)}. ` +
        `Ask for the ${action} permission, or choose another profile in the settings.`,
      actions: ['openSettings', 'showLogs'],
    };
  }
  if (facts.name === 'ResourceNotFound' || /could not find endpoint/i.test(facts.message)) {
    const name = ctx.endpointName ? `Endpoint "${ctx.endpointName}"` : 'The endpoint';
    const region = ctx.region ? ` in ${ctx.region}` : '';
    return {
      kind: 'notFound',
      title: `${name} was not found${region}.`,
      detail:
        'It may not be deployed yet (run `terraform apply`), it may have been deleted, or it may live in another region or account. ' +
        'Check the region and profile in the settings, then retry.',
      actions: ['openSettings', 'retry'],
    };
  }
  if (has(THROTTLING_CODES) || facts.httpStatus === 429) {
    const tries =
      attempts !== undefined
        ? `The AWS SDK retried with backoff and gave up after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}.`
        : 'The AWS SDK retried with backoff and gave up.';
    return {
      kind: 'throttled',
      title: `${service.name} is throttling requests`,
      detail: `AWS asked to slow down${where}. ${tries} Wait a little and retry; a longer refresh interval also helps.`,
      actions: ['retry', 'openSettings'],
    };
  }
  if (saysRegionMissing(facts.message)) {
    return noRegionProblem();
  }
  // Socket errors first: the SDK names a reset connection `TimeoutError`, but its code says what happened.
  const isNetwork = NETWORK_CODES.has(facts.code);
  if (!isNetwork && (TIMEOUT_NAMES.has(facts.name) || TIMEOUT_CODES.has(facts.code))) {
    const limit = ctx.timeoutMs !== undefined ? ` within ${formatSeconds(ctx.timeoutMs)}` : ' in time';
    return {
      kind: 'timeout',
      title: `${service.name} did not answer in time`,
      detail:
        `The request${where} got no answer${limit} and was cancelled. ` +
        'Check the network, VPN or proxy, and the endpoint URL setting if one is set, then retry.',
      actions: ['retry', 'showLogs', 'openSettings'],
    };
  }
  if (isNetwork || NETWORK_NAMES.has(facts.name) || /socket hang up|network|getaddrinfo/i.test(facts.message)) {
    const tried = attempts !== undefined && attempts > 1 ? ` (${attempts} attempts)` : '';
    return {
      kind: 'network',
      title: `Could not reach ${service.name}`,
      detail:
        `The request${where} failed before AWS answered${tried}: ${networkReason(facts)}. ` +
        'Check the network connection, VPN or proxy, and the endpoint URL setting if one is set, then retry.',
      actions: ['retry', 'showLogs', 'openSettings'],
    };
  }
  if (facts.name === 'ValidationException' && /endpointname|endpoint name/i.test(facts.message)) {
    return invalidNameProblem(ctx.endpointName ?? '', oneLine(facts.message));
  }
  return serviceProblem(facts, ctx);
}

export function noRegionProblem(): StatusProblem {
  return {
    kind: 'noRegion',
    title: 'No AWS region is set',
    detail:
      'Set the region in the settings, or give the profile a region (`aws configure set region us-east-1`), ' +
      'or set the AWS_REGION environment variable before starting VS Code.',
    actions: ['openSettings'],
  };
}

export function unknownRegionProblem(region: string): StatusProblem {
  return {
    kind: 'unknownRegion',
    title: 'The region is not an AWS region',
    detail:
      `The region in use (${JSON.stringify(oneLine(region, 40))}) is not one the AWS SDK knows; regions look like us-east-1 or eu-west-2. ` +
      'Fix the region in the settings, the Terraform provider, the profile or AWS_REGION. ' +
      'If it is a brand-new region, an update of this extension brings it into the region list.',
    actions: ['openSettings'],
  };
}

export function invalidNameProblem(name: string, why?: string): StatusProblem {
  return {
    kind: 'invalidName',
    title: `"${oneLine(name)}" is not a valid endpoint name`,
    detail:
      `${why ? `${why}. ` : ''}SageMaker endpoint names have 1 to 63 characters: letters, digits and hyphens, ` +
      'starting and ending with a letter or digit. Fix the name in the Terraform file.',
    actions: [],
  };
}

export function answerTooLargeProblem(maxBytes: number, service: AwsService = SAGEMAKER): StatusProblem {
  return {
    kind: 'answerTooLarge',
    title: `${service.name} sent an answer too large to read`,
    detail:
      `The answer was larger than ${formatBytes(maxBytes)} and was not read (${service.name}'s answers are far smaller). ` +
      'A proxy or a custom endpoint URL may be answering instead of AWS; check the endpoint URL setting and the logs.',
    actions: ['showLogs', 'openSettings', 'retry'],
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function timeoutProblem(context: ProblemContext): StatusProblem {
  return toProblem(Object.assign(new Error('timed out'), { name: 'TimeoutError' }), context);
}

function expiredCredentials(facts: ErrorFacts, ctx: ProblemContext): StatusProblem {
  return {
    kind: 'expiredCredentials',
    title: 'The AWS credentials have expired',
    detail:
      `The session behind the credentials is no longer valid${whereText(ctx)}${awsSays(facts)}. ` +
      'Sign in again (for example `aws sso login`, or refresh the temporary keys), then retry.',
    actions: ['retry', 'showLogs'],
  };
}

function serviceProblem(facts: ErrorFacts, ctx: ProblemContext): StatusProblem {
  const where = whereText(ctx);
  const service = (ctx.service ?? SAGEMAKER).name;
  const status = facts.httpStatus !== undefined ? ` (HTTP ${facts.httpStatus})` : '';
  const tried = ctx.attempts !== undefined && ctx.attempts > 1 ? ` after ${ctx.attempts} attempts` : '';
  if (facts.httpStatus !== undefined && facts.httpStatus >= 500) {
    return {
      kind: 'service',
      title: `${service} had an internal error`,
      detail: `AWS answered with a server error${status}${where}${tried}${awsSays(facts)}. This is usually temporary: retry in a moment.`,
      actions: ['retry', 'showLogs'],
    };
  }
  // A request that failed after a 2xx answer failed reading it (the SDK's parsers throw TypeErrors on wrong types).
  const answered = facts.httpStatus !== undefined && facts.httpStatus >= 200 && facts.httpStatus < 300;
  if (answered || facts.name === 'SyntaxError' || /deseriali[sz]|unexpected (token|end)|json/i.test(facts.message)) {
    return {
      kind: 'service',
      title: `${service} sent an answer that could not be read`,
      detail: `The response${where}${status} was not valid JSON or not shaped as ${service} answers. A proxy or a custom endpoint URL may be answering instead of AWS; check the logs, then retry.`,
      actions: ['retry', 'showLogs'],
    };
  }
  const label = facts.code || (facts.name && facts.name !== 'Error' ? facts.name : '');
  return {
    kind: 'service',
    title: label ? `${service} request failed: ${oneLine(label)}` : `${service} request failed`,
    detail: `The request${where}${status} failed${tried}${facts.message ? `: ${oneLine(facts.message)}` : ''}. Check the logs, then retry.`,
    actions: ['retry', 'showLogs'],
  };
}

/**
 * The facts an error carries, every string bounded first (AWS_TEXT_MAX; first line only for messages), since they come
 * from whatever answered the request: nothing below ever looks at more than a few hundred characters.
 */
function factsOf(error: unknown): ErrorFacts {
  if (typeof error !== 'object' || error === null) {
    return { name: '', code: '', message: typeof error === 'string' ? oneLine(error, AWS_TEXT_MAX) : '' };
  }
  const e = error as Record<string, unknown> & { $metadata?: { httpStatusCode?: unknown; attempts?: unknown }; cause?: unknown };
  const str = (v: unknown) => (typeof v === 'string' ? oneLine(v, AWS_TEXT_MAX) : '');
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  let code = str(e.code) || str(e.Code) || str(e.errno);
  let address = str(e.address) || undefined;
  let port = num(e.port);
  let hostname = str(e.hostname) || undefined;
  // Node wraps some socket errors (AggregateError for happy-eyeballs, `cause` chains): take the first code found.
  const inner = [e.cause, ...(Array.isArray(e.errors) ? e.errors.slice(0, 10) : [])];
  for (const i of inner) {
    if (!code && typeof i === 'object' && i !== null) {
      const r = i as Record<string, unknown>;
      code = str(r.code);
      address ??= str(r.address) || undefined;
      port ??= num(r.port);
      hostname ??= str(r.hostname) || undefined;
    }
  }
  const status = num(e.$metadata?.httpStatusCode) ?? num(e.statusCode) ?? num(e.$response && (e.$response as { statusCode?: unknown }).statusCode);
  return {
    name: str(e.name),
    code,
    message: str(e.message),
    httpStatus: status,
    attempts: num(e.$metadata?.attempts),
    address,
    port,
    hostname,
  };
}

function networkReason(facts: ErrorFacts): string {
  const target = facts.address ? `${facts.address}${facts.port !== undefined ? `:${facts.port}` : ''}` : facts.hostname ?? '';
  switch (facts.code) {
    case 'ECONNREFUSED':
      return `connection refused${target ? ` by ${target}` : ''}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host name${target ? ` ${target}` : ''} could not be resolved`;
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the connection was reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return 'the network is unreachable';
    default:
      if (/socket hang up/i.test(facts.message)) return 'the connection was closed without an answer';
      return facts.code || oneLine(facts.message) || 'unknown network error';
  }
}

function whereText(ctx: ProblemContext): string {
  const parts: string[] = [];
  if (ctx.operation) parts.push(ctx.operation);
  if (ctx.endpointName) parts.push(`for "${ctx.endpointName}"`);
  if (ctx.region) parts.push(`in ${ctx.region}`);
  return parts.length ? ` (${parts.join(' ')})` : '';
}

function awsSays(facts: ErrorFacts): string {
  const message = trimEndOf(oneLine(facts.message), '. \t');
  if (message === 'UnknownError' || message === facts.name) return '';
  return message ? `. AWS says: ${message}` : '';
}

/** Longest bound on any AWS-provided string before it is looked at (classified, quoted or logged). */
const AWS_TEXT_MAX = 500;

/**
 * First line of a message, trimmed and capped: no stacks, no multi-line dumps. Only the first `max` characters are
 * ever scanned, so a message of any size costs the same.
 */
export function oneLine(text: string, max = 300): string {
  const head = text.slice(0, max + 1);
  const end = head.search(/[\r\n]/);
  const line = (end >= 0 ? head.slice(0, end) : head).trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `text` without the trailing characters listed in `chars` (a loop: a `[.\s]+$` regex is quadratic on long runs). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The SDK's "no region" errors ("Region is missing", "unable to resolve region", "region ... not set/configured"),
 * in one pass of `indexOf`s: the earliest "region", the earliest "not" after it, then "set" or "configured" after that
 * is exactly what `/region.*not.*(set|configured)/` asks, without its cubic backtracking.
 */
function saysRegionMissing(message: string): boolean {
  const m = message.toLowerCase();
  if (m.includes('region is missing') || m.includes('unable to resolve region')) return true;
  const region = m.indexOf('region');
  const not = region >= 0 ? m.indexOf('not', region + 'region'.length) : -1;
  return not >= 0 && (m.includes('set', not + 3) || m.includes('configured', not + 3));
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
