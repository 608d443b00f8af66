// A SageMaker of the tests' own: an HTTP server on 127.0.0.1 (port 0) that speaks awsJson1_1 (POST /,
// X-Amz-Target: SageMaker.<Operation>, Content-Type: application/x-amz-json-1.1) for DescribeEndpoint,
// DescribeEndpointConfig and ListEndpoints. It records every request, headers included, and can be scripted per endpoint name to answer
// errors, hang, reset the connection or send garbage. It never forwards anything anywhere.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { LoopbackServer, readBody } from './loopbackServer';

export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';
export const ACCOUNT = '123456789012';

export type Behaviour =
  /** The normal answer: the endpoint's payload (or not found), or the list page. */
  | { type: 'ok' }
  /** An AWS JSON error: `{"__type": code, "message": ...}` with the status (default 400). */
  | { type: 'awsError'; code: string; message?: string; status?: number }
  /** A bare status with an optional body (e.g. 500, 503). */
  | { type: 'status'; status: number; body?: string; contentType?: string }
  /** Never answers; the socket stays open until the client gives up or the server closes. */
  | { type: 'hang' }
  /** Reads the request, then resets the TCP connection. */
  | { type: 'reset' }
  /** 200 with a body that is not valid JSON. */
  | { type: 'garbage'; body: string }
  /**
   * A large answer written in chunks without ever holding it whole: `head`, then `filler` `repeat` times, then `tail`
   * (status 200, or `status`), with backpressure, stopping when the client goes away. `sentBytes` counts what went out.
   */
  | { type: 'stream'; head: string; filler: string; repeat: number; tail: string; status?: number; contentLength?: boolean };

export const notFound = (name: string): Behaviour => ({
  type: 'awsError',
  code: 'ValidationException',
  message: `Could not find endpoint "${name}".`,
});
export const accessDenied = (operation = 'DescribeEndpoint'): Behaviour => ({
  type: 'awsError',
  code: 'AccessDeniedException',
  message: `User: arn:aws:iam::${ACCOUNT}:user/dev is not authorized to perform: sagemaker:${operation} on resource: arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint/x because no identity-based policy allows the sagemaker:${operation} action`,
});
export const expiredToken = (): Behaviour => ({ type: 'awsError', code: 'ExpiredTokenException', message: 'The security token included in the request is expired' });
export const unrecognizedClient = (): Behaviour => ({ type: 'awsError', code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
export const throttling = (): Behaviour => ({ type: 'awsError', code: 'ThrottlingException', message: 'Rate exceeded' });
export const internalError = (): Behaviour => ({ type: 'status', status: 500, body: JSON.stringify({ __type: 'InternalFailure', message: 'We encountered an internal error. Please try again.' }) });

export interface RecordedRequest {
  method: string;
  url: string;
  target: string;
  operation: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  body: Record<string, unknown> | undefined;
  /** How the server answered. */
  answer: Behaviour['type'] | 'rejected';
}

/** The list key for `script`/`always`: ListEndpoints calls use it in place of an endpoint name. */
export const LIST = '*ListEndpoints';

/** The key for `script`/`always` of DescribeEndpointConfig calls about configuration `name` (apart from endpoint names). */
export const configKey = (name: string): string => `*config:${name}`;

type Json = Record<string, unknown>;

export class FakeSageMaker {
  readonly requests: RecordedRequest[] = [];
  /** DescribeEndpoint payloads by endpoint name (JSON as the service sends it: timestamps in epoch seconds). */
  readonly endpoints = new Map<string, Json>();
  /** DescribeEndpointConfig payloads by configuration name. */
  readonly configs = new Map<string, Json>();
  /** Forces ListEndpoints pages of this size whatever MaxResults asks for (to test pagination with few endpoints). */
  pageSize: number | undefined;
  /** When set, ListEndpoints lists these summaries instead of the described endpoints. */
  listed: Json[] | undefined;
  /** When set, ListEndpoints lists the summaries of the region the request was signed for (none for other regions). */
  listedIn: Map<string, Json[]> | undefined;
  /** When set, answers every ListEndpoints request itself (the page number counts from 1), e.g. an endless pager. */
  pager: ((page: number, body: Json) => string) | undefined;
  /** Bytes written by `stream` answers, and how many of those the client cut off before the end. */
  readonly streamed = { sentBytes: 0, cutOff: 0 };

  private readonly queues = new Map<string, Behaviour[]>();
  private readonly always = new Map<string, Behaviour>();
  private readonly hanging = new Set<ServerResponse>();
  private closed = false;

  private server!: LoopbackServer;

  private constructor() {}

  static async start(): Promise<FakeSageMaker> {
    const fake = new FakeSageMaker();
    fake.server = await LoopbackServer.listen((req, res) => fake.handle(req, res));
    return fake;
  }

  get port(): number {
    return this.server.port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Adds (or replaces) an endpoint; the payload is a DescribeEndpoint answer. */
  put(payload: Json): this {
    this.endpoints.set(String(payload.EndpointName), payload);
    return this;
  }

  /** Adds (or replaces) an endpoint configuration; the payload is a DescribeEndpointConfig answer. */
  putConfig(payload: Json): this {
    this.configs.set(String(payload.EndpointConfigName), payload);
    return this;
  }

  /** Queues behaviours for the next requests about `key` (an endpoint name or LIST), one per request, in order. */
  script(key: string, ...behaviours: Behaviour[]): this {
    this.queues.set(key, [...(this.queues.get(key) ?? []), ...behaviours]);
    return this;
  }

  /** Answers every request about `key` this way (after any queued behaviours), until `reset`. */
  setAlways(key: string, behaviour: Behaviour): this {
    this.always.set(key, behaviour);
    return this;
  }

  /** Forgets scripts, payloads and recorded requests. */
  reset(): void {
    this.queues.clear();
    this.always.clear();
    this.endpoints.clear();
    this.configs.clear();
    this.requests.length = 0;
    this.pageSize = undefined;
    this.listed = undefined;
    this.listedIn = undefined;
    this.pager = undefined;
    this.streamed.sentBytes = 0;
    this.streamed.cutOff = 0;
  }

  requestsFor(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  /** Stops listening, ends hanging answers and destroys every socket, so the process can exit at once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await this.server.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith('SageMaker.') ? target.slice('SageMaker.'.length) : target;
    let body: Json | undefined;
    try {
      body = rawBody ? (JSON.parse(rawBody) as Json) : {};
    } catch {
      body = undefined;
    }
    const record: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', target, operation, headers: req.headers, rawBody, body, answer: 'rejected' };
    this.requests.push(record);

    if (req.method !== 'POST' || (req.url ?? '') !== '/') {
      return sendJson(res, 404, { __type: 'UnknownOperationException', message: 'Only POST / is served' });
    }
    if (!String(req.headers['content-type'] ?? '').startsWith(JSON_CONTENT_TYPE)) {
      return sendJson(res, 400, { __type: 'SerializationException', message: `Content-Type must be ${JSON_CONTENT_TYPE}` });
    }
    if (body === undefined) return sendJson(res, 400, { __type: 'SerializationException', message: 'Request body is not JSON' });

    let key: string;
    if (operation === 'DescribeEndpoint') key = String(body.EndpointName ?? '');
    else if (operation === 'DescribeEndpointConfig') key = configKey(String(body.EndpointConfigName ?? ''));
    else if (operation === 'ListEndpoints') key = LIST;
    else return sendJson(res, 400, { __type: 'UnknownOperationException', message: `Unknown operation ${target}` });

    const behaviour = this.queues.get(key)?.shift() ?? this.always.get(key) ?? { type: 'ok' };
    record.answer = behaviour.type;
    switch (behaviour.type) {
      case 'ok':
        if (operation === 'DescribeEndpointConfig') return this.describeConfig(res, String(body.EndpointConfigName ?? ''));
        return operation === 'DescribeEndpoint' ? this.describe(res, key) : this.list(res, body, signedRegion(record));
      case 'awsError':
        return sendJson(res, behaviour.status ?? 400, { __type: behaviour.code, message: behaviour.message ?? behaviour.code });
      case 'status':
        res.writeHead(behaviour.status, { 'content-type': behaviour.contentType ?? JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId() });
        res.end(behaviour.body ?? '');
        return;
      case 'garbage':
        res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId() });
        res.end(behaviour.body);
        return;
      case 'stream':
        return this.stream(res, behaviour);
      case 'hang':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      case 'reset': {
        const socket = req.socket as Socket & { resetAndDestroy?: () => void };
        if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
        else socket.destroy();
        return;
      }
    }
  }

  private describe(res: ServerResponse, name: string): void {
    const payload = this.endpoints.get(name);
    if (!payload) {
      const nf = notFound(name) as Extract<Behaviour, { type: 'awsError' }>;
      return sendJson(res, 400, { __type: nf.code, message: nf.message });
    }
    sendJson(res, 200, payload);
  }

  private describeConfig(res: ServerResponse, name: string): void {
    const payload = this.configs.get(name);
    // SageMaker's own words for a configuration that does not exist.
    if (!payload) return sendJson(res, 400, { __type: 'ValidationException', message: `Could not find endpoint configuration "${name}".` });
    sendJson(res, 200, payload);
  }

  private async stream(res: ServerResponse, b: Extract<Behaviour, { type: 'stream' }>): Promise<void> {
    const length = Buffer.byteLength(b.head) + Buffer.byteLength(b.filler) * b.repeat + Buffer.byteLength(b.tail);
    res.writeHead(b.status ?? 200, {
      'content-type': JSON_CONTENT_TYPE,
      'x-amzn-requestid': requestId(),
      ...(b.contentLength === false ? {} : { 'content-length': length }),
    });
    let gone = false;
    res.on('close', () => (gone = true));
    const filler = Buffer.from(b.filler);
    const write = async (chunk: Buffer | string) => {
      if (gone) return;
      this.streamed.sentBytes += Buffer.byteLength(chunk);
      if (res.write(chunk)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    };
    await write(b.head);
    for (let i = 0; i < b.repeat && !gone; i++) await write(filler);
    await write(b.tail);
    if (gone) this.streamed.cutOff++;
    else res.end();
  }

  private list(res: ServerResponse, body: Json, region: string | undefined): void {
    if (this.pager) {
      const page = this.requestsFor('ListEndpoints').length;
      const text = this.pager(page, body);
      res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': requestId() });
      res.end(text);
      return;
    }
    const max = body.MaxResults;
    if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 100)) {
      return sendJson(res, 400, {
        __type: 'ValidationException',
        message: `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100`,
      });
    }
    const all = this.listedIn ? this.listedIn.get(region ?? '') ?? [] : this.listed ?? [...this.endpoints.values()].map(summaryOf);
    let start = 0;
    if (body.NextToken !== undefined) {
      const parsed = /^page:(\d+)$/.exec(Buffer.from(String(body.NextToken), 'base64').toString('utf8'));
      if (!parsed) return sendJson(res, 400, { __type: 'ValidationException', message: 'Invalid pagination token' });
      start = Number(parsed[1]);
    }
    const size = this.pageSize ?? (typeof max === 'number' ? max : 10);
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? Buffer.from(`page:${start + size}`).toString('base64') : undefined;
    sendJson(res, 200, next ? { Endpoints: page, NextToken: next } : { Endpoints: page });
  }
}

/** The region a request was signed for: the third part of its SigV4 credential scope. */
export function signedRegion(request: Pick<RecordedRequest, 'headers'>): string | undefined {
  return /Credential=[^/\s]+\/\d{8}\/([a-z0-9-]+)\//.exec(String(request.headers.authorization ?? ''))?.[1];
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_CONTENT_TYPE, 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': requestId() });
  res.end(text);
}

let counter = 0;
function requestId(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export function summaryOf(payload: Json): Json {
  return {
    EndpointName: payload.EndpointName,
    EndpointArn: payload.EndpointArn,
    CreationTime: payload.CreationTime,
    LastModifiedTime: payload.LastModifiedTime,
    EndpointStatus: payload.EndpointStatus,
  };
}

// ---- Payload builders (DescribeEndpoint JSON as SageMaker sends it: timestamps are epoch seconds) ----

export const T0 = 1_700_000_000; // 2023-11-14T22:13:20Z

export function arnOf(name: string, region = 'us-east-1'): string {
  return `arn:aws:sagemaker:${region}:${ACCOUNT}:endpoint/${name.toLowerCase()}`;
}

/** One ListEndpoints entry, for `listed` and `listedIn`. */
export function listedSummary(name: string, region: string, status = 'InService'): Json {
  return { EndpointName: name, EndpointArn: arnOf(name, region), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: status };
}

/** A minimal endpoint in `status` with one instance-based production variant. */
export function endpointPayload(name: string, status: string, extra: Json = {}): Json {
  return {
    EndpointName: name,
    EndpointArn: arnOf(name),
    EndpointConfigName: `${name}-config`,
    EndpointStatus: status,
    CreationTime: T0,
    LastModifiedTime: T0 + 600,
    ProductionVariants: [
      {
        VariantName: 'AllTraffic',
        CurrentWeight: 1,
        DesiredWeight: 1,
        CurrentInstanceCount: 1,
        DesiredInstanceCount: 1,
        DeployedImages: [{ SpecifiedImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu', ResolvedImage: 'x@sha256:00', ResolutionTime: T0 + 10 }],
      },
    ],
    ...(status === 'Failed' || status === 'UpdateRollbackFailed' ? { FailureReason: 'The primary container for production variant AllTraffic did not pass the ping health check.' } : {}),
    ...extra,
  };
}

/** Everything DescribeEndpoint can say at once: production + shadow variants, serverless, pools, pending deployment, last deployment, failure reason. */
export function fullPayload(name: string, status = 'Updating'): Json {
  return endpointPayload(name, status, {
    FailureReason: 'Previous update failed: ResourceLimitExceeded for ml.g5.2xlarge.',
    ProductionVariants: [
      {
        VariantName: 'blue',
        CurrentWeight: 0.8,
        DesiredWeight: 0.5,
        CurrentInstanceCount: 2,
        DesiredInstanceCount: 3,
        InstancePools: [{ InstanceType: 'ml.g5.xlarge', CurrentInstanceCount: 2 }],
        VariantStatus: [
          { Status: 'Updating', StatusMessage: 'Adding 1 instance', StartTime: T0 + 900 },
          { Status: 'ActivatingTraffic', StartTime: T0 + 960 },
        ],
        ManagedInstanceScaling: { Status: 'ENABLED', MinInstanceCount: 1, MaxInstanceCount: 4 },
        RoutingConfig: { RoutingStrategy: 'LEAST_OUTSTANDING_REQUESTS' },
      },
      {
        VariantName: 'serverless-green',
        CurrentWeight: 0.2,
        DesiredWeight: 0.5,
        CurrentServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 1 },
        DesiredServerlessConfig: { MemorySizeInMB: 4096, MaxConcurrency: 10 },
        VariantStatus: [],
      },
    ],
    ShadowProductionVariants: [
      {
        VariantName: 'shadow-1',
        CurrentWeight: 0.1,
        DesiredWeight: 0.1,
        CurrentInstanceCount: 1,
        DesiredInstanceCount: 1,
        VariantStatus: [{ Status: 'Baking', StatusMessage: 'Baking for 5 minutes', StartTime: T0 + 1000 }],
      },
    ],
    PendingDeploymentSummary: {
      EndpointConfigName: `${name}-config-v2`,
      StartTime: T0 + 900,
      ProductionVariants: [
        {
          VariantName: 'blue',
          InstanceType: 'ml.g5.2xlarge',
          AcceleratorType: 'ml.eia2.medium',
          CurrentInstanceCount: 0,
          DesiredInstanceCount: 3,
          CurrentWeight: 0,
          DesiredWeight: 1,
          VariantStatus: [{ Status: 'Creating', StatusMessage: 'Launching instances', StartTime: T0 + 905 }],
        },
      ],
      ShadowProductionVariants: [
        { VariantName: 'shadow-1', InstanceType: 'ml.m5.large', DesiredInstanceCount: 1, VariantStatus: [{ Status: 'Creating' }] },
      ],
    },
    LastDeploymentConfig: {
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 300, CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 } },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 3600,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'p99-latency' }, { AlarmName: '5xx-rate' }] },
    },
    DataCaptureConfig: { EnableCapture: false, CaptureStatus: 'Stopped', CurrentSamplingPercentage: 0, DestinationS3Uri: 's3://bucket/capture', KmsKeyId: '' },
  });
}

/** A DescribeEndpointConfig answer with one instance-based production variant (`extra` replaces members). */
export function configPayload(name: string, extra: Json = {}): Json {
  return {
    EndpointConfigName: name,
    EndpointConfigArn: `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint-config/${name.toLowerCase()}`,
    CreationTime: T0,
    ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'orders-model', InstanceType: 'ml.m5.large', InitialInstanceCount: 2, InitialVariantWeight: 1 }],
    ...extra,
  };
}

/**
 * An endpoint Updating from `${name}-config` to `${name}-config-v2` through a blue/green canary deployment: the new
 * fleet has taken the canary's traffic and bakes (since T0 + 1000) while two rollback alarms watch. `extra` replaces
 * top-level members, e.g. another LastDeploymentConfig or variant statuses.
 */
export function updatingPayload(name: string, extra: Json = {}): Json {
  return endpointPayload(name, 'Updating', {
    ProductionVariants: [
      { VariantName: 'AllTraffic', CurrentWeight: 1, DesiredWeight: 1, CurrentInstanceCount: 2, DesiredInstanceCount: 2, VariantStatus: [] },
    ],
    PendingDeploymentSummary: {
      EndpointConfigName: `${name}-config-v2`,
      StartTime: T0 + 700,
      ProductionVariants: [
        {
          VariantName: 'AllTraffic',
          InstanceType: 'ml.g5.xlarge',
          CurrentInstanceCount: 2,
          DesiredInstanceCount: 2,
          CurrentWeight: 1,
          DesiredWeight: 1,
          VariantStatus: [{ Status: 'Baking', StatusMessage: 'Canary traffic is on the new fleet', StartTime: T0 + 1000 }],
        },
      ],
    },
    LastDeploymentConfig: {
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'CANARY', WaitIntervalInSeconds: 600, CanarySize: { Type: 'INSTANCE_COUNT', Value: 1 } },
        TerminationWaitInSeconds: 300,
        MaximumExecutionTimeoutInSeconds: 7200,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: `${name}-5xx` }, { AlarmName: `${name}-p99-latency` }] },
    },
    ...extra,
  });
}

/** A port nothing listens on: bound, then closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
