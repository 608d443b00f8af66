// A CloudWatch of the tests' own: an HTTP server on 127.0.0.1 (port 0) that answers GetMetricData the way the AWS SDK
// for JavaScript v3 asks for it: AWS JSON 1.0 (POST /, X-Amz-Target: GraniteServiceVersion20100801.GetMetricData,
// Content-Type: application/x-amz-json-1.0; timestamps as epoch seconds). CloudWatch's model is "awsQueryCompatible",
// so errors carry both the JSON `__type` and the `x-amzn-query-error: Code;Sender` header, as the service sends them.
// Data is put per metric (namespace, name, statistic, endpoint, variant); answers are paged by `pageSize` points per
// query with NextToken and PartialData as CloudWatch does. It records every request and never forwards anything.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackServer, readBody } from './loopbackServer';

export const CLOUDWATCH_CONTENT_TYPE = 'application/x-amz-json-1.0';
export const CLOUDWATCH_TARGET = 'GraniteServiceVersion20100801.GetMetricData';

export type CloudWatchBehaviour =
  | { type: 'ok' }
  /** An error as CloudWatch sends it; `queryCode` (default: `code` without "Exception") goes in x-amzn-query-error. */
  | { type: 'awsError'; code: string; message?: string; status?: number; queryCode?: string }
  /** 200 with a body that is not what GetMetricData answers. */
  | { type: 'garbage'; body: string };

export const cloudWatchDenied = (): CloudWatchBehaviour => ({
  type: 'awsError',
  code: 'AccessDenied',
  status: 403,
  message: 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: cloudwatch:GetMetricData because no identity-based policy allows the cloudwatch:GetMetricData action',
});
export const cloudWatchThrottled = (): CloudWatchBehaviour => ({ type: 'awsError', code: 'Throttling', status: 400, message: 'Rate exceeded' });

export interface MetricKey {
  namespace: string;
  metricName: string;
  stat: string;
  endpoint: string;
  variant: string;
}

export interface CloudWatchRequest {
  headers: IncomingHttpHeaders;
  target: string;
  rawBody: string;
  body: Record<string, unknown> | undefined;
  answer: CloudWatchBehaviour['type'] | 'rejected';
}

type Json = Record<string, unknown>;

const keyOf = (k: MetricKey) => JSON.stringify([k.namespace, k.metricName, k.stat, k.endpoint, k.variant]);

export class FakeCloudWatch {
  readonly requests: CloudWatchRequest[] = [];
  /** Points per query per page (CloudWatch pages by data points); default: all in one page. */
  pageSize: number | undefined;
  /** When set, every page answers with a NextToken (a pager that never ends). */
  endless = false;
  private readonly data = new Map<string, [seconds: number, value: number][]>();
  /** StatusCode forced per metric (e.g. Forbidden, InternalError). */
  private readonly statuses = new Map<string, string>();
  private readonly queue: CloudWatchBehaviour[] = [];
  private always: CloudWatchBehaviour | undefined;

  private server!: LoopbackServer;

  private constructor() {}

  static async start(): Promise<FakeCloudWatch> {
    const fake = new FakeCloudWatch();
    fake.server = await LoopbackServer.listen((req, res) => fake.handle(req, res));
    return fake;
  }

  get url(): string {
    return this.server.url;
  }

  /** The data of one metric: [epoch seconds, value] pairs. */
  put(key: MetricKey, points: [number, number][]): this {
    this.data.set(keyOf(key), points);
    return this;
  }

  status(key: MetricKey, statusCode: string): this {
    this.statuses.set(keyOf(key), statusCode);
    return this;
  }

  /** Answers the next requests this way, one each, in order. */
  script(...behaviours: CloudWatchBehaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  setAlways(behaviour: CloudWatchBehaviour | undefined): this {
    this.always = behaviour;
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.data.clear();
    this.statuses.clear();
    this.queue.length = 0;
    this.always = undefined;
    this.pageSize = undefined;
    this.endless = false;
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    let body: Json | undefined;
    try {
      body = JSON.parse(rawBody) as Json;
    } catch {
      body = undefined;
    }
    const target = String(req.headers['x-amz-target'] ?? '');
    const record: CloudWatchRequest = { headers: req.headers, target, rawBody, body, answer: 'rejected' };
    this.requests.push(record);
    if (req.method !== 'POST' || req.url !== '/') return sendError(res, 404, 'UnknownOperationException', 'Only POST / is served');
    if (String(req.headers['content-type'] ?? '') !== CLOUDWATCH_CONTENT_TYPE) {
      return sendError(res, 400, 'SerializationException', `Content-Type must be ${CLOUDWATCH_CONTENT_TYPE}`);
    }
    if (target !== CLOUDWATCH_TARGET) return sendError(res, 400, 'UnknownOperationException', `Unknown operation ${target}`);
    if (!body) return sendError(res, 400, 'SerializationException', 'Request body is not JSON');
    const behaviour = this.queue.shift() ?? this.always ?? { type: 'ok' };
    record.answer = behaviour.type;
    if (behaviour.type === 'awsError') {
      return sendError(res, behaviour.status ?? 400, behaviour.code, behaviour.message ?? behaviour.code, behaviour.queryCode);
    }
    if (behaviour.type === 'garbage') {
      res.writeHead(200, { 'content-type': CLOUDWATCH_CONTENT_TYPE });
      res.end(behaviour.body);
      return;
    }
    const invalid = validate(body);
    if (invalid) return sendError(res, 400, 'InvalidParameterValue', invalid);
    sendJson(res, 200, this.answer(body));
  }

  private answer(body: Json): Json {
    const start = body.StartTime as number;
    const end = body.EndTime as number;
    const offset = body.NextToken === undefined ? 0 : Number(/^offset:(\d+)$/.exec(Buffer.from(String(body.NextToken), 'base64').toString('utf8'))?.[1] ?? 0);
    const size = this.pageSize ?? Number.MAX_SAFE_INTEGER;
    let more = false;
    const results = (body.MetricDataQueries as Json[]).map((q) => {
      const stat = q.MetricStat as Json;
      const metric = stat.Metric as Json;
      const dims = new Map((metric.Dimensions as Json[]).map((d) => [String(d.Name), String(d.Value)]));
      const key: MetricKey = {
        namespace: String(metric.Namespace),
        metricName: String(metric.MetricName),
        stat: String(stat.Stat),
        endpoint: dims.get('EndpointName') ?? '',
        variant: dims.get('VariantName') ?? '',
      };
      const all = (this.data.get(keyOf(key)) ?? []).filter(([t]) => t >= start && t < end).sort((a, b) => a[0] - b[0]);
      const page = all.slice(offset, offset + size);
      const left = offset + size < all.length;
      if (left) more = true;
      const forced = this.statuses.get(keyOf(key));
      return {
        Id: q.Id,
        Label: key.metricName,
        Timestamps: page.map(([t]) => t),
        Values: page.map(([, v]) => v),
        StatusCode: forced ?? (left ? 'PartialData' : 'Complete'),
      };
    });
    const next = more || this.endless ? Buffer.from(`offset:${this.endless ? 0 : offset + size}`).toString('base64') : undefined;
    return { MetricDataResults: results, Messages: [], ...(next ? { NextToken: next } : {}) };
  }
}

/** What CloudWatch itself would refuse: the limits and shapes of GetMetricData's input. */
function validate(body: Json): string | undefined {
  const queries = body.MetricDataQueries;
  if (!Array.isArray(queries) || queries.length < 1 || queries.length > 500) return 'MetricDataQueries must hold 1 to 500 queries';
  if (typeof body.StartTime !== 'number' || typeof body.EndTime !== 'number' || body.StartTime >= body.EndTime) return 'StartTime must be before EndTime';
  const ids = new Set<string>();
  for (const q of queries as Json[]) {
    if (typeof q.Id !== 'string' || !/^[a-z][a-zA-Z0-9_]{0,254}$/.test(q.Id) || ids.has(q.Id)) return `Invalid or repeated Id ${JSON.stringify(q.Id)}`;
    ids.add(q.Id);
    const stat = q.MetricStat as Json | undefined;
    if (!stat || typeof stat.Period !== 'number' || stat.Period % 60 !== 0) return 'Period must be a multiple of 60';
    const metric = stat.Metric as Json | undefined;
    if (!metric || typeof metric.Namespace !== 'string' || typeof metric.MetricName !== 'string' || !Array.isArray(metric.Dimensions)) return 'Metric is malformed';
  }
  return undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': CLOUDWATCH_CONTENT_TYPE, 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': 'fake-cloudwatch', ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string, queryCode?: string): void {
  const query = queryCode ?? code.replace(/Exception$/, '');
  sendJson(res, status, { __type: `com.amazonaws.cloudwatch#${code}`, message }, { 'x-amzn-query-error': `${query};Sender` });
}
