import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EndpointTarget } from '../../../../shared/protocol';
import type { EndpointView, SageMakerGateway } from '../../../../client/src/aws/index';
import { LastKnownStatus } from '../../../../client/src/status/lastKnown';
import { statusTone } from '../../../../client/src/status/model';
import { StatusProblemError, type ProblemKind } from '../../../../client/src/status/problems';
import { EndpointsRefresher, MAX_CONCURRENT, MAX_DESCRIBED, sharedProblem, type RefresherDependencies } from '../../../../client/src/views/endpointsRefresh';
import type { ViewNode } from '../../../../client/src/views/endpointsModel';
import { FakeClock, flush } from '../../../support/fakeClock';

// When the endpoints view asks AWS: a stub gateway (the real SDK over HTTP is in endpointsUndeclared.test.ts) and a
// hand-driven clock, so the timed refreshes are counted, never waited for.

const target = (name: string | undefined, region?: string, file = 'main.tf'): EndpointTarget => ({
  address: `aws_sagemaker_endpoint.${name ?? 'computed'}`,
  name,
  region,
  uri: `file:///work/${file}`,
  line: 0,
});

function problem(kind: ProblemKind) {
  return new StatusProblemError({ kind, title: kind, detail: '', actions: kind === 'noCredentials' ? ['openSettings'] : ['retry'] });
}

/** Answers DescribeEndpoint from `statuses` (a status, or an error to throw); records calls and concurrency. */
class Scripted {
  readonly statuses = new Map<string, string | Error>();
  readonly calls: { name: string; region: string | undefined; scope: string | undefined }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** When set, each describe waits for `release()`. */
  held: (() => void)[] | undefined;

  gateway(region: string | undefined, scope: string | undefined): SageMakerGateway {
    return {
      resolveRegion: async () => region ?? 'us-east-1',
      describeEndpointConfig: async () => Promise.reject(new Error('the view never asks for configurations')),
      describeEndpoint: async (name: string): Promise<EndpointView> => {
        this.calls.push({ name, region, scope });
        this.inFlight++;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        try {
          if (this.held) await new Promise<void>((resolve) => this.held!.push(resolve));
          else await Promise.resolve();
          const answer = this.statuses.get(name) ?? problem('notFound');
          if (answer instanceof Error) throw answer;
          return { name, arn: '', region: region ?? 'us-east-1', status: answer, statusTone: statusTone(answer), creationTime: new Date(0), lastModifiedTime: new Date(0), variants: [], shadowVariants: [] };
        } finally {
          this.inFlight--;
        }
      },
      listEndpoints: async () => ({ endpoints: [], truncated: false }),
      credentialSource: () => undefined,
      dispose: () => undefined,
    };
  }

  release(): void {
    const held = this.held ?? [];
    this.held = [];
    held.forEach((r) => r());
  }
}

function setUp(declared: EndpointTarget[], options: { trusted?: boolean; setting?: string } = {}) {
  const clock = new FakeClock();
  const aws = new Scripted();
  const lastKnown = new LastKnownStatus(() => clock.now);
  const state = { declared, trusted: options.trusted ?? true };
  const logged: string[] = [];
  const deps: RefresherDependencies = {
    declared: async () => state.declared,
    gateway: (region, scope) => aws.gateway(region, scope),
    settingRegion: () => options.setting,
    trusted: () => state.trusted,
    folders: () => ['file:///work'],
    lastKnown,
    intervalMs: () => 10_000,
    clock: clock.api,
    log: (line) => logged.push(line),
  };
  const refresher = new EndpointsRefresher(deps);
  refresher.setServerState('running');
  const described = () => aws.calls.map((c) => c.name);
  const shown = () =>
    refresher
      .nodes()
      .flatMap((n: ViewNode) => (n.kind === 'module' ? n.children! : [n]))
      .map((n) => `${n.label}: ${n.description ?? ''}`);
  return { clock, aws, lastKnown, state, refresher, described, shown, logged };
}

test('Refresh describes each declared endpoint once (per name and region) and the view shows the statuses', async () => {
  const t = setUp([target('orders', 'us-east-1'), target('orders', 'us-east-1', 'copy.tf'), target('fraud'), target(undefined), target('$(bad)')]);
  t.aws.statuses.set('orders', 'InService').set('fraud', 'Failed');
  await t.refresher.refresh();
  assert.deepEqual(t.described().sort(), ['fraud', 'orders']);
  assert.deepEqual(t.aws.calls.find((c) => c.name === 'orders'), { name: 'orders', region: 'us-east-1', scope: 'file:///work/main.tf' });
  assert.deepEqual(t.shown(), [
    'aws_sagemaker_endpoint (unusual resource name): not a valid endpoint name',
    'aws_sagemaker_endpoint.computed: name set by Terraform at apply',
    'fraud: Failed',
    'orders: InService · us-east-1',
    'orders: InService · us-east-1',
  ]);
  assert.equal(t.lastKnown.get('orders', 'us-east-1')!.status, 'InService', 'written where the panel reads');
  assert.equal(t.clock.timers.size, 0, 'all stable: nothing scheduled');
});

test('the region setting wins over the Terraform literal, as for the panel', async () => {
  const t = setUp([target('orders', 'us-east-1')], { setting: 'eu-west-1' });
  t.aws.statuses.set('orders', 'InService');
  await t.refresher.refresh();
  assert.equal(t.aws.calls[0]!.region, 'eu-west-1');
  assert.ok(t.lastKnown.get('orders', 'eu-west-1'));
});

test('while one endpoint is transitional, timed refreshes describe it alone; they stop once it is stable', async () => {
  const t = setUp([target('rolling'), target('steady')]);
  t.aws.statuses.set('rolling', 'Updating').set('steady', 'InService');
  await t.refresher.refresh();
  assert.deepEqual(t.described().sort(), ['rolling', 'steady']);
  assert.equal(t.clock.timers.size, 1, 'a timed refresh is due');
  await t.clock.advance(10_000);
  assert.deepEqual(t.described().slice(2), ['rolling'], 'only the transitional one again');
  t.aws.statuses.set('rolling', 'InService');
  await t.clock.advance(10_000);
  assert.deepEqual(t.described().slice(2), ['rolling', 'rolling']);
  assert.deepEqual(t.shown(), ['rolling: InService', 'steady: InService']);
  assert.equal(t.clock.timers.size, 0, 'stable: polling stopped');
  await t.clock.advance(60_000);
  assert.equal(t.described().length, 4);
});

test('an endpoint a panel saw go transitional... the view shows it at once (one cache)', async () => {
  const t = setUp([target('orders')]);
  t.aws.statuses.set('orders', 'InService');
  await t.refresher.refresh();
  let changes = 0;
  t.refresher.onDidChange(() => changes++);
  t.lastKnown.record('orders', undefined, { status: 'Updating', statusTone: 'progress', drift: { differences: 2 } });
  assert.equal(changes, 1);
  assert.deepEqual(t.shown(), ['orders: Updating · 2 differences']);
});

test('hidden view: no timed refresh until it shows again', async () => {
  const t = setUp([target('rolling')]);
  t.aws.statuses.set('rolling', 'Creating');
  await t.refresher.refresh();
  t.refresher.pause();
  await t.clock.advance(60_000);
  assert.equal(t.described().length, 1);
  t.refresher.resume();
  await flush();
  assert.equal(t.described().length, 2, 'overdue: refreshed on showing');
});

test('hidden view: a .tf change lists the new endpoint, and its status is asked once the view shows again', async () => {
  const t = setUp([target('orders')]);
  t.aws.statuses.set('orders', 'InService').set('fraud', 'InService');
  await t.refresher.refresh();
  t.refresher.pause();
  t.state.declared = [target('orders'), target('fraud')];
  await t.refresher.declarationsChanged();
  assert.deepEqual(t.described(), ['orders']);
  assert.deepEqual(t.shown(), ['fraud: not refreshed', 'orders: InService']);
  t.refresher.resume();
  await flush();
  assert.deepEqual(t.described(), ['orders', 'fraud']);
});

test('untrusted: declarations are listed, AWS is never asked, and the message says why', async () => {
  const t = setUp([target('orders')], { trusted: false });
  await t.refresher.refresh();
  await t.refresher.declarationsChanged();
  await t.refresher.setShowUndeclared(true);
  assert.deepEqual(t.described(), []);
  assert.deepEqual(t.shown(), ['orders: ']);
  assert.match(t.refresher.message()!, /not trusted/);
  assert.ok(!t.refresher.nodes().some((n) => n.kind === 'undeclared'));
});

test('.tf changes reload the declarations; once refreshed, only new endpoints are described', async () => {
  const t = setUp([target('orders')]);
  t.aws.statuses.set('orders', 'InService').set('fraud', 'Creating');
  await t.refresher.declarationsChanged();
  assert.deepEqual(t.described(), [], 'before the first refresh: no AWS call');
  assert.deepEqual(t.shown(), ['orders: not refreshed']);
  await t.refresher.refresh();
  t.state.declared = [target('orders'), target('fraud')];
  await t.refresher.declarationsChanged();
  assert.deepEqual(t.described(), ['orders', 'fraud']);
  assert.equal(t.clock.timers.size, 1, 'the new endpoint is Creating: polling starts');
  t.state.declared = [];
  await t.refresher.declarationsChanged();
  assert.deepEqual(t.shown(), []);
  assert.equal(t.refresher.declaredCount, 0);
});

test('the same problem for every endpoint is one node on top; a mix is shown per endpoint', async () => {
  const t = setUp([target('a'), target('b')]);
  t.aws.statuses.set('a', problem('noCredentials')).set('b', problem('noCredentials'));
  await t.refresher.refresh();
  const [top] = t.refresher.nodes();
  assert.deepEqual([top!.kind, top!.label, top!.action], ['problem', 'No AWS credentials', 'openSettings']);
  assert.deepEqual(t.shown().slice(1), ['a: no AWS credentials', 'b: no AWS credentials']);
  assert.ok(t.logged.some((l) => l.includes('"a"')), 'the details go to the log');
  t.aws.statuses.set('a', 'InService');
  await t.clock.advance(1000);
  await t.refresher.refresh();
  assert.equal(t.refresher.nodes()[0]!.kind, 'module', 'one answered: no shared problem');
  assert.equal(sharedProblem([undefined]), undefined);
  assert.equal(sharedProblem([problem('notFound').problem, problem('notFound').problem]), undefined, 'not deployed is about each endpoint');
  assert.equal(sharedProblem([]), undefined);
});

test('bounded: at most MAX_DESCRIBED endpoints per refresh, MAX_CONCURRENT at a time; the message says so', async () => {
  const names = Array.from({ length: MAX_DESCRIBED + 10 }, (_, i) => `e-${String(i).padStart(3, '0')}`);
  const t = setUp(names.map((n) => target(n)));
  for (const n of names) t.aws.statuses.set(n, 'InService');
  t.aws.held = [];
  const run = t.refresher.refresh();
  for (let i = 0; i < 100 && t.aws.calls.length < MAX_DESCRIBED; i++) {
    await flush();
    t.aws.release();
  }
  await run;
  assert.equal(t.aws.calls.length, MAX_DESCRIBED);
  assert.equal(t.aws.maxInFlight, MAX_CONCURRENT);
  assert.match(t.refresher.message()!, new RegExp(`first ${MAX_DESCRIBED} endpoints`));
  assert.equal(t.shown().filter((s) => s.endsWith('not refreshed')).length, 10);
});

test('a Refresh asked for during a timed refresh gets its full run afterwards', async () => {
  const t = setUp([target('rolling'), target('steady')]);
  t.aws.statuses.set('rolling', 'Updating').set('steady', 'InService');
  await t.refresher.refresh();
  t.aws.held = [];
  const timed = t.clock.advance(10_000);
  await flush();
  const asked = t.refresher.refresh(); // joins the timed run
  t.aws.statuses.set('rolling', 'InService');
  for (let i = 0; i < 20 && (t.aws.calls.length < 5 || t.aws.inFlight > 0); i++) {
    t.aws.release();
    await flush();
  }
  await timed;
  await asked;
  assert.deepEqual(t.described().slice(2, 3), ['rolling']);
  assert.deepEqual(t.described().slice(3).sort(), ['rolling', 'steady'], 'then every endpoint');
});

test('the language server not running: no declarations, the state says so', async () => {
  const t = setUp([target('orders')]);
  t.refresher.setServerState('stopped');
  assert.equal(t.refresher.serverState, 'stopped');
  assert.deepEqual(t.shown(), []);
  t.refresher.setServerState('running');
  await t.refresher.declarationsChanged();
  assert.deepEqual(t.shown(), ['orders: not refreshed']);
});
