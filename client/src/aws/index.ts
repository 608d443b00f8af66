// The only module that loads the AWS SDK. It is bundled on its own (client/out/aws.js) and required lazily at the
// first status request, so the extension starts without the SDK. Credentials come only from the SDK's own provider
// chain; nothing here reads, stores or logs them.
import {
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  ListEndpointsCommand,
  SageMakerClient,
  type ListEndpointsCommandOutput,
  type SageMakerClientConfig,
} from '@aws-sdk/client-sagemaker';
import { CloudWatchClient, GetMetricDataCommand, type CloudWatchClientConfig } from '@aws-sdk/client-cloudwatch';
import { partition } from '@aws-sdk/core/client';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { answerLimit, MAX_ANSWER_BYTES } from './answerLimit';
import { redact } from './redact';
import { collectMetricData } from './metricData';
import type { MetricsPlan } from '../metrics/queries';
import type { MetricDataAnswer } from '../metrics/series';
export { redact } from './redact';
import { systemClock, type Clock } from '../clock';
import { describedCredentialChain } from './credentials';
import { hasRegionShape, isEndpointConfigName, isEndpointName } from '../status/names';
import { toEndpointConfigView, type EndpointConfigView } from '../status/configModel';
import { configNotFoundProblem, invalidConfigNameProblem } from '../status/configProblems';
import {
  toEndpointSummaryView,
  toEndpointView,
  type EndpointSummaryView,
  type EndpointView,
} from '../status/model';
import {
  StatusProblemError,
  invalidNameProblem,
  noRegionProblem,
  oneLine,
  timeoutProblem,
  type AwsService,
  toProblem,
  unknownRegionProblem,
  type StatusProblem,
} from '../status/problems';

export type { EndpointSummaryView, EndpointView } from '../status/model';
export type { EndpointConfigView } from '../status/configModel';
export { MAX_ANSWER_BYTES } from './answerLimit';
export { StatusProblemError, isStatusProblemError, type StatusProblem } from '../status/problems';

export interface GatewayOptions {
  /** The region setting; when empty the SDK resolves it (AWS_REGION, the profile's region). */
  region?: string;
  /** A named profile of the shared config/credentials files; when empty the SDK's default chain is used. */
  profile?: string;
  /** Send requests here instead of AWS (LocalStack, tests). */
  endpointUrl?: string;
  /** Send CloudWatch requests here instead of AWS. While `endpointUrl` is set, metrics are fetched only when this is too. */
  cloudWatchEndpointUrl?: string;
  /** Deadline of one request, retries included. Default 10000. */
  timeoutMs?: number;
  /** HTTP attempts per request, the first included (SDK standard retry mode). Default 3. */
  maxAttempts?: number;
  /** Receives one line per request. Never credentials, signatures or tokens. */
  log?: (line: string) => void;
  /** Let the credential chain ask the container and EC2 instance metadata services (off by default). */
  useInstanceMetadata?: boolean;
  /** Cap on the bytes of one answer; a larger one is the `answerTooLarge` problem. Default MAX_ANSWER_BYTES. */
  maxAnswerBytes?: number;
  /** The deadline's timer and the durations logged (tests drive it by hand). Default the system clock. */
  clock?: Clock;
  /** The wait before each retry, by retry number (tests: none). Default the SDK's standard jittered backoff. */
  retryDelayMs?: (retry: number) => number;
}

/** The account's endpoints in a region, as far as the listing went. */
export interface EndpointList {
  endpoints: EndpointSummaryView[];
  /** True when the listing stopped at MAX_LISTED_ENDPOINTS entries or MAX_PAGES pages with more to come. */
  truncated: boolean;
}

export interface SageMakerGateway {
  /** The region requests go to (setting, else the SDK's own resolution: env, profile). Rejects with a StatusProblem-carrying error if none or unknown. */
  resolveRegion(): Promise<string>;
  describeEndpoint(name: string): Promise<EndpointView>;
  /** The endpoint configuration `name` (what Terraform's `aws_sagemaker_endpoint_configuration` created). */
  describeEndpointConfig(name: string): Promise<EndpointConfigView>;
  /** The account's endpoints in the region, all pages up to MAX_LISTED_ENDPOINTS entries (then `truncated`). */
  listEndpoints(): Promise<EndpointList>;
  /**
   * Which profile (or other source) signed the last requests and what chose it, e.g. "dev (setting
   * sagemakerTerraform.aws.profile)" or "environment keys (AWS_ACCESS_KEY_ID)"; undefined until credentials were
   * found. Never a key or token; the profile name is untrusted text (settings, environment).
   */
  credentialSource(): string | undefined;
  /**
   * CloudWatch's data for a metrics plan (metrics/queries.ts), all pages, through the same region, credentials and
   * limits as the SageMaker calls. Optional so that gateways without CloudWatch (test doubles) leave the charts out.
   */
  getMetricData?(endpointName: string, plan: MetricsPlan): Promise<MetricDataAnswer>;
  dispose(): void;
}

const CLOUDWATCH: AwsService = { name: 'CloudWatch', iamPrefix: 'cloudwatch' };

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_ATTEMPTS = 3;
/** ListEndpoints page size: the API's maximum. */
const LIST_PAGE_SIZE = 100;
/** The most endpoints one listing keeps: whatever answers cannot make the picker hold more. */
export const MAX_LISTED_ENDPOINTS = 10_000;
/** Pages one listing asks for at most: twice what MAX_LISTED_ENDPOINTS takes in full pages, for short pages. */
const MAX_PAGES = (2 * MAX_LISTED_ENDPOINTS) / LIST_PAGE_SIZE;


export function createGateway(options: GatewayOptions): SageMakerGateway {
  return new Gateway(options);
}

/**
 * True when `region` is a region in the AWS SDK's partition data (aws, aws-cn, aws-us-gov, the ISO partitions...).
 * The SDK's `partition()` merges a region's own entry (which carries a `description`) only for listed regions;
 * anything else merely matches a partition's pattern or falls back to `aws`.
 */
export function isKnownRegion(region: string): boolean {
  if (!hasRegionShape(region)) return false;
  try {
    const info = partition(region) as { description?: unknown };
    return typeof info.description === 'string';
  } catch {
    return false;
  }
}

interface Metadata {
  httpStatusCode?: number;
  attempts?: number;
}

class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

class Gateway implements SageMakerGateway {
  private readonly client: SageMakerClient;
  /** Made at the first metrics request, from `cloudWatchConfig`; `cloudWatchProblem` when it cannot be. */
  private cloudWatch: CloudWatchClient | undefined;
  private readonly cloudWatchConfig: CloudWatchClientConfig;
  private readonly cloudWatchProblem: StatusProblem | undefined;
  private readonly maxAnswerBytes: number;
  private readonly region: string | undefined;
  private readonly timeoutMs: number;
  private readonly log: (line: string) => void;
  private readonly endpointProblem: StatusProblem | undefined;
  private readonly inflight = new Set<AbortController>();
  private readonly credentials: ReturnType<typeof describedCredentialChain>;
  private readonly clock: Clock;
  private disposed = false;

  constructor(options: GatewayOptions) {
    this.region = options.region?.trim() || undefined;
    this.timeoutMs = positive(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
    this.clock = options.clock ?? systemClock;
    const maxAttempts = Math.max(1, Math.floor(positive(options.maxAttempts) ?? DEFAULT_MAX_ATTEMPTS));
    const sink = options.log;
    this.log = (line) => {
      if (!sink) return;
      try {
        sink(redact(line));
      } catch {
        // A failing log sink must not fail the request.
      }
    };
    // No per-attempt socket timeouts: one deadline per request (retries included) aborts it, see `send`. A per-attempt
    // timeout equal to the deadline would race it and start a retry that the deadline then cancels.
    const config: SageMakerClientConfig = options.retryDelayMs
      ? { maxAttempts, retryStrategy: new ConfiguredRetryStrategy(maxAttempts, options.retryDelayMs) }
      : { maxAttempts, retryMode: 'standard' };
    if (this.region) config.region = this.region;
    const profile = options.profile?.trim();
    if (profile) config.profile = profile;
    this.credentials = describedCredentialChain(profile || undefined, options.useInstanceMetadata === true);
    config.credentials = this.credentials.provider;
    this.cloudWatchConfig = { ...config } as CloudWatchClientConfig;
    const endpointUrl = options.endpointUrl?.trim();
    if (endpointUrl) {
      const url = parseEndpointUrl(endpointUrl);
      if (url) config.endpoint = url;
      else this.endpointProblem = invalidEndpointUrlProblem('sagemakerTerraform.aws.endpointUrl');
    }
    const cloudWatchUrl = options.cloudWatchEndpointUrl?.trim();
    if (cloudWatchUrl) {
      const url = parseEndpointUrl(cloudWatchUrl);
      if (url) this.cloudWatchConfig.endpoint = url;
      else this.cloudWatchProblem = invalidEndpointUrlProblem('sagemakerTerraform.aws.cloudWatchEndpointUrl');
    } else if (endpointUrl) {
      // SageMaker goes elsewhere (LocalStack, a test): CloudWatch must not silently go to AWS meanwhile.
      this.cloudWatchProblem = {
        kind: 'network',
        title: 'Metrics are not fetched while SageMaker requests go to a custom endpoint URL',
        detail:
          'The setting `sagemakerTerraform.aws.endpointUrl` sends SageMaker requests away from AWS. To fetch metrics too, set ' +
          '`sagemakerTerraform.aws.cloudWatchEndpointUrl` (for LocalStack, usually the same URL).',
        actions: ['openSettings'],
      };
    }
    this.maxAnswerBytes = positive(options.maxAnswerBytes) ?? MAX_ANSWER_BYTES;
    this.client = new SageMakerClient(config);
    this.client.middlewareStack.use(answerLimit(this.maxAnswerBytes));
  }

  async resolveRegion(): Promise<string> {
    this.assertOpen();
    let region = this.region;
    if (!region) {
      try {
        region = (await this.client.config.region())?.trim();
      } catch {
        region = undefined;
      }
    }
    if (!region) throw new StatusProblemError(noRegionProblem());
    if (!isKnownRegion(region)) throw new StatusProblemError(unknownRegionProblem(region));
    return region;
  }

  async describeEndpoint(name: string): Promise<EndpointView> {
    const operation = 'DescribeEndpoint';
    if (!isEndpointName(name)) this.refuse(operation, name, invalidNameProblem(name));
    const region = await this.regionFor(operation, name);
    const output = await this.send(operation, name, region, (abortSignal) =>
      this.client.send(new DescribeEndpointCommand({ EndpointName: name }), { abortSignal }),
    );
    return readAnswer(() => toEndpointView(output, region), { endpointName: name, region });
  }

  async describeEndpointConfig(name: string): Promise<EndpointConfigView> {
    const operation = 'DescribeEndpointConfig';
    if (!isEndpointConfigName(name)) this.refuse(operation, name, invalidConfigNameProblem(name));
    const region = await this.regionFor(operation, name);
    let output;
    try {
      output = await this.send(operation, name, region, (abortSignal) =>
        this.client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }), { abortSignal }),
      );
    } catch (error) {
      // The shared wording names an endpoint; a configuration that is gone says so in its own words.
      if (error instanceof StatusProblemError && error.problem.kind === 'notFound') throw new StatusProblemError(configNotFoundProblem(name, region));
      throw error;
    }
    return readAnswer(() => toEndpointConfigView(output), { region });
  }

  async listEndpoints(): Promise<EndpointList> {
    const operation = 'ListEndpoints';
    const region = await this.regionFor(operation, undefined);
    const endpoints: EndpointSummaryView[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page++) {
      const input = { MaxResults: LIST_PAGE_SIZE, ...(token ? { NextToken: token } : {}) };
      const output: ListEndpointsCommandOutput = await this.send(`${operation} page ${page}`, undefined, region, (abortSignal) =>
        this.client.send(new ListEndpointsCommand(input), { abortSignal }),
      );
      const full = readAnswer(() => {
        for (const summary of entriesOf(output.Endpoints)) {
          if (endpoints.length >= MAX_LISTED_ENDPOINTS) return true;
          endpoints.push(toEndpointSummaryView(summary));
        }
        return false;
      }, { region });
      token = typeof output.NextToken === 'string' && output.NextToken ? output.NextToken.slice(0, 8192) : undefined;
      if (!token) return { endpoints, truncated: full };
      if (full || endpoints.length >= MAX_LISTED_ENDPOINTS) {
        this.log(`${operation} ${region} -> stopped at ${MAX_LISTED_ENDPOINTS} endpoints, more pages left`);
        return { endpoints, truncated: true };
      }
      if (seen.has(token)) break; // a token that comes back again would loop forever
      seen.add(token);
    }
    this.log(`${operation} ${region} -> stopped paging after ${MAX_PAGES} pages: the service kept returning NextToken`);
    return { endpoints, truncated: true };
  }

  async getMetricData(endpointName: string, plan: MetricsPlan): Promise<MetricDataAnswer> {
    const operation = 'GetMetricData';
    if (!isEndpointName(endpointName)) throw new StatusProblemError(invalidNameProblem(endpointName));
    let region: string;
    try {
      this.assertOpen();
      if (this.cloudWatchProblem) throw new StatusProblemError(this.cloudWatchProblem);
      region = await this.resolveRegion();
    } catch (error) {
      this.log(`${operation} ${quote(endpointName)} -> ${toProblem(error, {}).kind}, no request sent`);
      throw error;
    }
    if (!this.cloudWatch) {
      this.cloudWatch = new CloudWatchClient({ ...this.cloudWatchConfig, region });
      this.cloudWatch.middlewareStack.use(answerLimit(this.maxAnswerBytes, CLOUDWATCH));
    }
    const client = this.cloudWatch;
    const answer = collectMetricData(plan, (input, page) =>
      this.send(`${operation} ${page}`, endpointName, region, (abortSignal) => client.send(new GetMetricDataCommand(input), { abortSignal }), CLOUDWATCH),
    );
    // The SDK does not check a JSON answer's shape: collectMetricData's TypeErrors say it was unreadable.
    return answer.catch((error: unknown) => {
      if (!(error instanceof TypeError)) throw error;
      return readAnswer<never>(() => {
        throw error;
      }, { endpointName, region, service: CLOUDWATCH });
    });
  }

  credentialSource(): string | undefined {
    return this.credentials.source();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const controller of this.inflight) controller.abort();
    this.inflight.clear();
    this.client.destroy();
    this.cloudWatch?.destroy();
  }

  private assertOpen(): void {
    if (this.disposed) {
      throw new StatusProblemError({
        kind: 'service',
        title: 'The SageMaker connection was closed',
        detail: 'The status view was closed or its settings changed while a request was under way. Refresh to try again.',
        actions: ['retry'],
      });
    }
  }

  /** A request that is not sent (its name cannot exist): logged, and thrown as the problem. */
  private refuse(operation: string, name: string, problem: StatusProblem): never {
    this.log(`${operation} ${quote(name)} -> ${problem.kind}, no request sent`);
    throw new StatusProblemError(problem);
  }

  private async regionFor(operation: string, name: string | undefined): Promise<string> {
    try {
      this.assertOpen();
      if (this.endpointProblem) throw new StatusProblemError(this.endpointProblem);
      return await this.resolveRegion();
    } catch (error) {
      const problem = toProblem(error, {});
      this.log(`${operation}${name !== undefined ? ` ${quote(name)}` : ''} -> ${problem.kind}, no request sent`);
      throw error;
    }
  }

  /** One SDK call (the SDK's retries included) under a deadline, logged in one line, errors as StatusProblemError. */
  private async send<T extends { $metadata?: Metadata }>(
    operation: string,
    name: string | undefined,
    region: string,
    call: (abortSignal: AbortSignal) => Promise<T>,
    service?: AwsService,
  ): Promise<T> {
    this.assertOpen();
    const controller = new AbortController();
    this.inflight.add(controller);
    const started = this.clock.now();
    const head = `${operation}${name !== undefined ? ` ${quote(name)}` : ''} ${region}`;
    let timer: unknown;
    const deadline = new Promise<never>((_, reject) => {
      timer = this.clock.setTimeout(() => {
        reject(new DeadlineExceeded());
        controller.abort();
      }, this.timeoutMs);
    });
    const pending = call(controller.signal);
    pending.catch(() => undefined); // when the deadline wins, the aborted call's rejection is expected and ignored
    try {
      const output = await Promise.race([pending, deadline]);
      const meta = output.$metadata ?? {};
      this.log(`${head} -> HTTP ${meta.httpStatusCode ?? '?'}, ${attemptsText(meta.attempts)}, ${this.clock.now() - started} ms`);
      return output;
    } catch (error) {
      const elapsed = this.clock.now() - started;
      const baseOperation = operation.split(' ')[0];
      if (this.disposed) {
        this.log(`${head} -> cancelled (closed), ${elapsed} ms`);
        this.assertOpen();
      }
      if (error instanceof DeadlineExceeded) {
        const problem = timeoutProblem({ operation: baseOperation, endpointName: name, region, timeoutMs: this.timeoutMs, service });
        this.log(`${head} -> timed out after ${this.timeoutMs} ms, aborted`);
        throw new StatusProblemError(problem);
      }
      const meta = metadataOf(error);
      const problem = toProblem(error, { operation: baseOperation, endpointName: name, region, attempts: meta.attempts, timeoutMs: this.timeoutMs, service });
      const status = meta.httpStatusCode !== undefined ? `HTTP ${meta.httpStatusCode}` : 'no HTTP response';
      this.log(`${head} -> ${status} ${errorLabel(error)} (${problem.kind}), ${attemptsText(meta.attempts)}, ${elapsed} ms`);
      throw new StatusProblemError(problem);
    } finally {
      this.clock.clearTimeout(timer);
      this.inflight.delete(controller);
    }
  }
}

function invalidEndpointUrlProblem(setting: string): StatusProblem {
  return {
    kind: 'network',
    title: 'The endpoint URL setting is not a valid URL',
    detail: `Set \`${setting}\` to an http:// or https:// URL (for example http://localhost:4566), or clear it to talk to AWS.`,
    actions: ['openSettings'],
  };
}

function parseEndpointUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}

function metadataOf(error: unknown): Metadata {
  const meta = (error as { $metadata?: Metadata } | null)?.$metadata;
  return typeof meta === 'object' && meta !== null ? meta : {};
}

function errorLabel(error: unknown): string {
  const e = error as { name?: unknown; code?: unknown; message?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const code = typeof e?.code === 'string' && e.code !== name ? ` ${e.code}` : '';
  const message = typeof e?.message === 'string' ? oneLine(e.message, 200) : '';
  return `${name}${code}${message ? `: ${message}` : ''}`;
}

function attemptsText(attempts: number | undefined): string {
  if (attempts === undefined) return 'attempts ?';
  return `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`;
}

function quote(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 79)}…` : name);
}

/** The entries of a page: absent is none, anything but an array is a malformed answer. */
function entriesOf<T>(value: T[] | undefined): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError('a list in the answer is not a list');
  return value;
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The SDK does not check the shape of a JSON answer, so a malformed one (a list that is not a list) would surface as
 * a TypeError in the view model; it is reported as the unreadable answer it is.
 */
function readAnswer<T>(read: () => T, context: { endpointName?: string; region?: string; service?: AwsService }): T {
  try {
    return read();
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new StatusProblemError(toProblem(Object.assign(new SyntaxError(`Deserialization failed: ${cause}`), { name: 'SyntaxError' }), context));
  }
}
