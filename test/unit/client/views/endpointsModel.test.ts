import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EndpointTarget } from '../../../../shared/protocol';
import type { LastKnown } from '../../../../client/src/status/lastKnown';
import type { StatusProblem } from '../../../../client/src/status/problems';
import {
  endpointsTree,
  folderLabel,
  MAX_DECLARED,
  MAX_UNDECLARED_SHOWN,
  undeclaredEndpoints,
  type EndpointsModelInput,
  type ViewNode,
} from '../../../../client/src/views/endpointsModel';

const ROOT = 'file:///work/infra';

const target = (name: string | undefined, file: string, extra: Partial<EndpointTarget> = {}): EndpointTarget => ({
  address: `aws_sagemaker_endpoint.${(name ?? 'computed').replace(/[^A-Za-z0-9_-]/g, '_')}`,
  name,
  uri: `${ROOT}/${file}`,
  line: 4,
  ...extra,
});

function input(declared: EndpointTarget[], extra: Partial<EndpointsModelInput> = {}, known: Record<string, Omit<LastKnown, 'at'>> = {}): EndpointsModelInput {
  return {
    declared,
    folders: [ROOT],
    regionOf: (t) => t.region,
    lastKnown: (name, region) => (known[`${region ?? ''}/${name}`] ? { ...known[`${region ?? ''}/${name}`]!, at: 0 } : undefined),
    refreshing: () => false,
    trusted: true,
    ...extra,
  };
}

const modules = (nodes: ViewNode[]) => nodes.filter((n) => n.kind === 'module');
const endpointsOf = (node: ViewNode) => (node.children ?? []).map((c) => [c.label, c.description, c.icon.id]);

test('declared endpoints are grouped by module folder, folders and endpoints sorted, counted', () => {
  const nodes = endpointsTree(
    input([target('zeta', 'prod/main.tf'), target('alpha', 'prod/other.tf'), target('root-one', 'main.tf'), target('beta', 'dev/main.tf')]),
  );
  assert.deepEqual(modules(nodes).map((m) => [m.label, m.description]), [
    ['dev', '1 endpoint'],
    ['infra', '1 endpoint'],
    ['prod', '2 endpoints'],
  ]);
  const prod = modules(nodes)[2]!;
  assert.deepEqual(prod.children!.map((c) => c.label), ['alpha', 'zeta']);
  assert.equal(prod.folderUri, `${ROOT}/prod`);
  const ids = nodes.flatMap((n) => [n.id, ...(n.children ?? []).map((c) => c.id)]);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('module folder labels: relative inside the workspace folder, prefixed with it when there are several, decoded', () => {
  assert.equal(folderLabel(`${ROOT}/envs/prod`, [ROOT]), 'envs/prod');
  assert.equal(folderLabel(ROOT, [ROOT]), 'infra');
  assert.equal(folderLabel(`${ROOT}/envs/prod`, [ROOT, 'file:///work/other']), 'infra/envs/prod');
  assert.equal(folderLabel('file:///work/infra-old/x', [ROOT]), '/work/infra-old/x', 'a sibling with the same prefix is outside');
  assert.equal(folderLabel(`${ROOT}/my%20module`, [ROOT]), 'my module');
  assert.equal(folderLabel(`${ROOT}/a%0Ab%1B[31m`, [ROOT]), 'ab[31m', 'control characters removed');
  assert.equal(folderLabel(`${ROOT}/bad%E0%A4%A`, [ROOT]), 'bad%E0%A4%A', 'a malformed escape is shown as written');
  const deep = folderLabel(`${ROOT}/${'d/'.repeat(200)}end`, [ROOT]);
  assert.ok(deep.length <= 160 && deep.startsWith('…') && deep.endsWith('end'), 'a long path keeps its end');
});

test('each endpoint shows its last known status with the icon of its tone; none yet says so (trusted only)', () => {
  const declared = [target('serving', 'main.tf'), target('rolling', 'main.tf'), target('broken', 'main.tf'), target('fresh', 'main.tf'), target('odd', 'main.tf')];
  const known = {
    '/serving': { status: 'InService', statusTone: 'ok' as const },
    '/rolling': { status: 'Updating', statusTone: 'progress' as const },
    '/broken': { status: 'Failed', statusTone: 'error' as const },
    '/odd': { status: 'Hibernating $(alert)', statusTone: 'neutral' as const },
  };
  const [module] = endpointsTree(input(declared, {}, known));
  assert.deepEqual(endpointsOf(module!), [
    ['broken', 'Failed', 'error'],
    ['fresh', 'not refreshed', 'circle-large-outline'],
    ['odd', 'unknown status', 'circle-large-outline'],
    ['rolling', 'Updating', 'sync~spin'],
    ['serving', 'InService', 'pass-filled'],
  ]);
  assert.equal(module!.children!.find((c) => c.label === 'serving')!.icon.color, 'testing.iconPassed');
  assert.equal(module!.children!.find((c) => c.label === 'broken')!.icon.color, 'testing.iconFailed');
  assert.ok(!module!.children!.some((c) => c.tooltip.includes('$(')), 'a status SageMaker does not document is never shown');
  const [untrusted] = endpointsTree(input(declared, { trusted: false }, known));
  assert.deepEqual(untrusted!.children!.map((c) => c.description), [undefined, undefined, undefined, undefined, undefined], 'untrusted: nothing asked, nothing shown');
  assert.match(untrusted!.children![0]!.tooltip, /not trusted: no status is asked from AWS/);
});

test('drift summaries, refreshing, a failed refresh after a status, not deployed, and problems in words', () => {
  const declared = [target('a', 'main.tf'), target('b', 'main.tf'), target('c', 'main.tf', { region: 'eu-west-1' }), target('d', 'main.tf'), target('e', 'main.tf')];
  const known = {
    '/a': { status: 'InService', statusTone: 'ok' as const, drift: { differences: 0 } },
    '/b': { status: 'Updating', statusTone: 'progress' as const, drift: { differences: 2 } },
    'eu-west-1/c': { problem: 'notFound' as const },
    '/d': { status: 'InService', statusTone: 'ok' as const, problem: 'throttled' as const, drift: { differences: 1 } },
    '/e': { problem: 'accessDenied' as const },
  };
  const [module] = endpointsTree(input(declared, {}, known));
  assert.deepEqual(endpointsOf(module!), [
    ['a', 'InService · in sync', 'pass-filled'],
    ['b', 'Updating · 2 differences', 'sync~spin'],
    ['c', 'not deployed in eu-west-1', 'circle-slash'],
    ['d', 'InService · 1 difference · last refresh failed', 'pass-filled'],
    ['e', 'access denied', 'warning'],
  ]);
  const a = module!.children![0]!;
  assert.match(a.tooltip, /Terraform vs live: in sync/);
  assert.match(a.tooltip, /aws_sagemaker_endpoint\.a in main\.tf, line 5/);
  assert.match(module!.children![4]!.tooltip, /may not list or describe SageMaker endpoints/, 'the tooltip says what to do, in our words');
  const [refreshing] = endpointsTree(input(declared, { refreshing: (name) => name === 'a' }, known));
  assert.deepEqual(refreshing!.children![0]!.description, 'InService, refreshing… · in sync');
  assert.equal(refreshing!.children![0]!.icon.id, 'loading~spin');
});

test('several regions: each endpoint names its region; one region: none does', () => {
  const one = endpointsTree(input([target('a', 'main.tf', { region: 'us-east-1' })], {}, { 'us-east-1/a': { status: 'InService', statusTone: 'ok' } }));
  assert.equal(one[0]!.children![0]!.description, 'InService');
  const two = endpointsTree(
    input([target('a', 'main.tf', { region: 'us-east-1' }), target('b', 'main.tf', { region: 'eu-west-1' })], {}, { 'us-east-1/a': { status: 'InService', statusTone: 'ok' } }),
  );
  assert.deepEqual(two[0]!.children!.map((c) => c.description), ['InService · us-east-1', 'not refreshed · eu-west-1']);
});

test('a computed name, an invalid name and a hostile address: our words, and the target kept for the panel', () => {
  const hostile = { ...target('$(alert) [x](command:workbench.action.terminal.new)', 'main.tf'), address: 'aws_sagemaker_endpoint.$(alert)[x](command:x)' };
  const nodes = endpointsTree(input([target(undefined, 'main.tf'), hostile]));
  const children = nodes[0]!.children!;
  const computed = children.find((c) => c.description === 'name set by Terraform at apply')!;
  assert.equal(computed.label, 'aws_sagemaker_endpoint.computed');
  assert.equal(computed.icon.id, 'question');
  assert.equal(computed.target!.name, undefined, 'opening it asks for the name');
  const invalid = children.find((c) => c.description === 'not a valid endpoint name')!;
  assert.equal(invalid.label, 'aws_sagemaker_endpoint (unusual resource name)');
  for (const node of children) {
    for (const text of [node.label, node.description ?? '', node.tooltip]) {
      assert.ok(!text.includes('$(') && !text.includes('](') && !/command:/.test(text), `no hostile text in ${JSON.stringify(text)}`);
    }
  }
});

test('one address twice in a module (a duplicate) still gets unique ids', () => {
  const nodes = endpointsTree(input([target('a', 'main.tf'), { ...target('a', 'main.tf'), line: 9 }]));
  const ids = nodes[0]!.children!.map((c) => c.id);
  assert.equal(new Set(ids).size, 2);
});

test('a problem that stopped the refresh is one node on top: settings for credentials and regions, else a retry', () => {
  const noCredentials: StatusProblem = { kind: 'noCredentials', title: 'AWS said: $(alert)', detail: '[x](command:y)', actions: ['openSettings', 'retry'] };
  const [top] = endpointsTree(input([target('a', 'main.tf')], { problem: noCredentials }));
  assert.equal(top!.kind, 'problem');
  assert.equal(top!.label, 'No AWS credentials');
  assert.equal(top!.action, 'openSettings');
  assert.match(top!.tooltip, /no usable AWS credentials/);
  assert.ok(!top!.tooltip.includes('$(') && !top!.tooltip.includes('command:'), 'the problem’s own title and detail are not shown');
  const [timeout] = endpointsTree(input([], { problem: { kind: 'timeout', title: '', detail: '', actions: ['retry'] } }));
  assert.equal(timeout!.action, 'retry');
  assert.equal(timeout!.description, 'refresh to try again');
});

test('the undeclared list: live endpoints no declaration stands for, per resolved region, sorted; invalid names hidden', () => {
  const live = (name: string, status = 'InService') => ({ name, status, statusTone: status === 'InService' ? ('ok' as const) : ('progress' as const) });
  const declared = [target('orders', 'main.tf', { region: 'us-east-1' }), target('fraud', 'main.tf'), target('eu-only', 'eu/main.tf', { region: 'eu-west-1' })];
  const { listings, hidden } = undeclaredEndpoints(
    [
      { region: 'us-east-1', resolved: 'us-east-1', endpoints: [live('zz-batch', 'Creating'), live('orders'), live('legacy'), live('$(alert)bad')], truncated: false },
      { region: undefined, resolved: 'us-west-2', endpoints: [live('fraud'), live('orders')], truncated: true },
      { region: 'eu-west-1', resolved: 'eu-west-1', endpoints: [live('eu-only')], truncated: false },
    ],
    declared,
    undefined,
  );
  assert.equal(hidden, 1);
  assert.deepEqual(listings.map((l) => [l.resolved, l.endpoints.map((e) => e.name)]), [
    ['us-east-1', ['legacy', 'zz-batch']],
    ['us-west-2', ['orders']],
    ['eu-west-1', []],
  ]);
  const nodes = endpointsTree(input(declared, { undeclared: listings })).filter((n) => n.kind === 'undeclared');
  assert.deepEqual(nodes.map((n) => [n.label, n.description]), [
    ['Not in Terraform · us-east-1', '2 endpoints'],
    ['Not in Terraform · us-west-2', '1 endpoint (listing stopped early)'],
    ['Not in Terraform · eu-west-1', 'no endpoints'],
  ]);
  assert.deepEqual(nodes[0]!.children!.map((c) => [c.label, c.description, c.icon.id, c.live]), [
    ['legacy', 'InService', 'pass-filled', { name: 'legacy', region: 'us-east-1' }],
    ['zz-batch', 'Creating', 'sync~spin', { name: 'zz-batch', region: 'us-east-1' }],
  ]);
  assert.deepEqual(nodes[1]!.children![0]!.live, { name: 'orders', region: undefined }, 'the SDK region: the panel asks it too');
});

test('with the region setting, every declaration is matched in the one region listed', () => {
  const { listings } = undeclaredEndpoints(
    [{ region: undefined, resolved: 'us-west-2', endpoints: [{ name: 'orders', status: 'InService', statusTone: 'ok' }], truncated: false }],
    [target('orders', 'main.tf', { region: 'us-east-1' })],
    'us-west-2',
  );
  assert.deepEqual(listings[0]!.endpoints, []);
});

test('undeclared: listing, a region that failed, one region reached twice, and a bounded list with a "more" node', () => {
  assert.deepEqual(endpointsTree(input([], { undeclared: 'loading' })).map((n) => [n.label, n.description]), [['Not in Terraform', 'listing…']]);
  const denied: StatusProblem = { kind: 'accessDenied', title: '', detail: '', actions: ['openSettings'] };
  const many = Array.from({ length: MAX_UNDECLARED_SHOWN + 7 }, (_, i) => ({ name: `e-${String(i).padStart(4, '0')}`, status: 'InService', statusTone: 'ok' as const }));
  const nodes = endpointsTree(
    input([], {
      undeclared: [
        { region: 'eu-west-1', resolved: undefined, endpoints: [], truncated: false, problem: denied },
        { region: undefined, resolved: 'us-east-1', endpoints: many, truncated: false },
        { region: 'us-east-1', resolved: 'us-east-1', endpoints: many, truncated: false },
      ],
    }),
  );
  assert.equal(nodes.length, 2, 'us-east-1 once');
  assert.deepEqual([nodes[0]!.label, nodes[0]!.description, nodes[0]!.children![0]!.kind], ['Not in Terraform', 'access denied', 'problem']);
  const children = nodes[1]!.children!;
  assert.equal(children.length, MAX_UNDECLARED_SHOWN + 1);
  assert.deepEqual([children.at(-1)!.kind, children.at(-1)!.label], ['more', '7 more not shown']);
  assert.equal(nodes[1]!.description, `${MAX_UNDECLARED_SHOWN + 7} endpoints`);
});

test('bounded: at most MAX_DECLARED declarations are taken in; malformed ones are skipped', () => {
  const declared = Array.from({ length: MAX_DECLARED + 50 }, (_, i) => target(`e-${i}`, `m${i % 10}/main.tf`));
  const nodes = endpointsTree(input(declared));
  assert.equal(nodes.reduce((sum, n) => sum + (n.children?.length ?? 0), 0), MAX_DECLARED);
  assert.equal(nodes.length, 10);
  const bad = [null, { address: 42, uri: null }, { address: 'aws_sagemaker_endpoint.x' }] as unknown as EndpointTarget[];
  assert.deepEqual(endpointsTree(input([...bad, target('a', 'main.tf')])).map((n) => n.children!.length), [1]);
});
