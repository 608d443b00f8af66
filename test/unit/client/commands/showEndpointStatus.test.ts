// "Show Endpoint Status" with link and codicon syntax in every text we did not write: settings, AWS answers (error
// codes and messages, listed names and statuses), what the language server says the document declares, file names.
// The command runs its real code paths (the real gateway over HTTP to the fake SageMaker, the real status panels)
// in the vscode stub, which records every string that reached a notification, the quick pick, the input box, a
// progress title or a panel title. None may carry the attacker's text, a link (`](`, `command:`) or an icon (`$(`)
// other than our own.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createGateway, type SageMakerGateway } from '../../../../client/src/aws/index';
import { DeclaredEndpoints, EndpointAtPosition, type EndpointTarget } from '../../../../shared/protocol';
import { useAwsEnv, type AwsEnv } from '../../../support/awsEnv';
import { guardedFakeSageMaker } from '../../../support/guardedFake';
import { FakeSageMaker, LIST, T0, arnOf, closedPort, endpointPayload, type Behaviour } from '../../../support/fakeSageMaker';
import { FakeUri, created, installVscodeStub, settings, stubWindow, ui, workspaceState } from '../../../support/vscodeStub';
import { flush, until } from '../../../support/fakeClock';

installVscodeStub();
const { ShowEndpointStatus } = require('../../../../client/src/commands/showEndpointStatus') as typeof import('../../../../client/src/commands/showEndpointStatus');
const { StatusPanels } = require('../../../../client/src/panel/statusPanels') as typeof import('../../../../client/src/panel/statusPanels');
const { awsSettings } = require('../../../../client/src/settings') as typeof import('../../../../client/src/settings');

/** The attacker's text: a command link that opens a terminal, and an icon. "PWNED" marks it wherever it lands. */
const LINK = '[PWNED click me](command:workbench.action.terminal.new)';
const ICON = '$(alert)PWNED';
const HOSTILE = `${ICON} ${LINK}`;

/** The icons the picker itself puts in front of names (endpointChoices.ts). */
const OUR_ICONS = ['$(pass-filled)', '$(sync~spin)', '$(error)', '$(circle-large-outline)', '$(file-code)', '$(edit)'];

/** Every rendered string: no attacker text, no link syntax, no icon but ours. */
function assertNothingRendered(what: string): void {
  const rendered = ui.rendered();
  assert.ok(rendered.length > 0, `${what}: something was shown`);
  for (const { where, text } of rendered) {
    let rest = text;
    for (const icon of OUR_ICONS) rest = rest.split(icon).join('');
    const shown = `${what}: ${where} ${JSON.stringify(text)}`;
    assert.ok(!/PWNED/i.test(text), `${shown} carries the attacker's text`);
    assert.ok(!text.includes(']('), `${shown} has link syntax`);
    assert.ok(!/command:/i.test(text), `${shown} names a command link`);
    assert.ok(!rest.includes('$('), `${shown} has an icon that is not ours`);
  }
}

describe('Show Endpoint Status with hostile text everywhere', () => {
  let fake: FakeSageMaker;
  let env: AwsEnv;
  const gateways: SageMakerGateway[] = [];
  const logged: string[] = [];
  let panels: InstanceType<typeof StatusPanels>;
  let declared: EndpointTarget[] = [];
  let atCursor: EndpointTarget | null = null;

  const log = { info: (l: string) => logged.push(l), warn: (l: string) => logged.push(l), error: (l: string) => logged.push(l) };
  /** As extension.ts builds gateways: the (validated) settings, with this test's fake as the endpoint unless a test sets one. */
  const gateway = (region: string | undefined) => {
    const s = awsSettings();
    const g = createGateway({ ...s, endpointUrl: s.endpointUrl ?? fake.url, region, timeoutMs: 5000, maxAttempts: 1, log: (l) => logged.push(l) });
    gateways.push(g);
    return g;
  };
  const languageClient = {
    async sendRequest(method: string) {
      if (method === DeclaredEndpoints) return declared;
      if (method === EndpointAtPosition) return atCursor;
      throw new Error(`unexpected request ${method}`);
    },
  };
  const command = () =>
    new ShowEndpointStatus({
      server: { languageClient: languageClient as never },
      panels,
      gateway,
      runAction: () => undefined,
      log: log as never,
    });

  /** Runs the palette command and waits until the quick pick has its items (and any notification is out). */
  async function runPick(): Promise<void> {
    const run = command().run();
    await until(() => ui.quickPicks[0] !== undefined && !ui.quickPicks[0].busy, 'the quick pick filling');
    await flush();
    ui.quickPicks[0]!.hide();
    await run;
  }

  async function panelSettled(): Promise<void> {
    await until(() => created[0] !== undefined && !created[0].webview.html.includes('aria-busy="true"') && created[0].htmlHistory.length >= 2, 'the panel settling');
  }

  const running = guardedFakeSageMaker();
  beforeEach(() => {
    fake = running();
    env = useAwsEnv();
    fake.reset();
    ui.reset();
    settings.reset();
    workspaceState.isTrusted = true;
    logged.length = 0;
    declared = [];
    atCursor = null;
    stubWindow.activeTextEditor = undefined;
    panels = new StatusPanels({ gateway, refreshSeconds: () => 10, runAction: () => undefined, log: log as never });
  });
  afterEach(() => {
    panels.dispose();
    for (const g of gateways.splice(0)) g.dispose();
    env.restore();
  });

  test('a region setting with a command link (a trusted repository’s .vscode/settings.json): the notification is ours', async () => {
    settings.merged.set('sagemakerTerraform.aws.region', LINK);
    await runPick();
    assert.equal(ui.messages.length, 1);
    const [message] = ui.messages;
    assert.equal(message!.severity, 'error');
    assert.match(message!.message, /region in use is not an AWS region/);
    assert.ok(message!.items.includes('Open Settings') && message!.items.includes('Show Logs'));
    assertNothingRendered('region setting');
    assert.ok(logged.some((l) => l.includes('PWNED')), 'the full problem is in the log');
    assert.equal(fake.requests.length, 0);
  });

  test('a region setting with an icon, a profile with a link, an endpoint URL with a link: each notification is ours', async () => {
    for (const [key, value, user] of [
      ['sagemakerTerraform.aws.region', HOSTILE, false],
      ['sagemakerTerraform.aws.profile', HOSTILE, false],
      ['sagemakerTerraform.aws.endpointUrl', `http://${LINK}`, true],
      ['sagemakerTerraform.aws.endpointUrl', LINK, true],
    ] as const) {
      ui.reset();
      settings.reset();
      if (key !== 'sagemakerTerraform.aws.region') settings.merged.set('sagemakerTerraform.aws.region', 'us-east-1');
      (user ? settings.user : settings.merged).set(key, value);
      // The profile case: no keys in the environment, so the chain looks the profile up and names it in its error.
      env.restore();
      env = useAwsEnv(key.endsWith('profile') ? { envKeys: false } : {});
      await runPick();
      assert.equal(ui.messages.length, 1, `${key}: one notification`);
      assertNothingRendered(key);
    }
  });

  const awsAnswers: [string, Behaviour][] = [
    ['a hostile error code and message', { type: 'awsError', code: HOSTILE, message: HOSTILE }],
    ['access denied with a hostile message', { type: 'awsError', code: 'AccessDeniedException', message: HOSTILE }],
    ['an expired token with a hostile message', { type: 'awsError', code: 'ExpiredTokenException', message: HOSTILE }],
    ['rejected credentials with a hostile message', { type: 'awsError', code: 'UnrecognizedClientException', message: HOSTILE }],
    ['throttling with a hostile message', { type: 'awsError', code: 'ThrottlingException', message: HOSTILE }],
    ['a validation error about the endpoint name', { type: 'awsError', code: 'ValidationException', message: `EndpointName ${HOSTILE}` }],
    ['a 500 with a hostile body', { type: 'status', status: 500, body: JSON.stringify({ __type: HOSTILE, message: HOSTILE }) }],
    ['a 403 with a hostile HTML body', { type: 'status', status: 403, body: `<html>${HOSTILE}</html>`, contentType: 'text/html' }],
    ['a 200 that is not JSON', { type: 'garbage', body: HOSTILE }],
  ];
  for (const [label, behaviour] of awsAnswers) {
    test(`ListEndpoints answers ${label}: the notification is ours`, async () => {
      settings.merged.set('sagemakerTerraform.aws.region', 'us-east-1');
      fake.setAlways(LIST, behaviour);
      await runPick();
      assert.equal(ui.messages.length, 1);
      assertNothingRendered(label);
    });
  }

  test('no answer at all (connection refused, with a host and port in the reason): the notification is ours', async () => {
    settings.merged.set('sagemakerTerraform.aws.region', 'us-east-1');
    settings.user.set('sagemakerTerraform.aws.endpointUrl', `http://127.0.0.1:${await closedPort()}`);
    await runPick();
    assert.equal(ui.messages.length, 1);
    assert.match(ui.messages[0]!.message, /could not be reached/);
    assertNothingRendered('connection refused');
  });

  test('listed names and statuses, declared names, addresses and file names: the pick shows only valid names and our words', async () => {
    settings.merged.set('sagemakerTerraform.aws.region', 'us-east-1');
    fake.listed = [
      { EndpointName: 'orders-prod', EndpointArn: arnOf('orders-prod'), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'InService' },
      { EndpointName: 'churn', EndpointArn: arnOf('churn'), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: HOSTILE },
      { EndpointName: HOSTILE, EndpointArn: arnOf('x'), CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'InService' },
      { EndpointName: LINK, EndpointArn: HOSTILE, CreationTime: T0, LastModifiedTime: T0, EndpointStatus: 'Creating' },
    ];
    const target = (name: string | undefined, address: string, uri: string, region?: string): EndpointTarget => ({ name, address, uri, line: 0, region });
    declared = [
      target('orders-prod', `aws_sagemaker_endpoint.${LINK}`, `file:///w/${encodeURIComponent(LINK)}.tf`),
      target('planned', 'aws_sagemaker_endpoint.planned', `file:///w/${encodeURIComponent(HOSTILE)}.tf`, HOSTILE),
      target('fine', 'aws_sagemaker_endpoint.fine', 'file:///w/main.tf'),
      target(HOSTILE, 'aws_sagemaker_endpoint.evil', 'file:///w/main.tf'),
      target(undefined, `aws_sagemaker_endpoint.${HOSTILE}`, 'file:///w/%E0%A4%A.tf'),
    ];
    await runPick();
    assert.equal(ui.messages.length, 0, 'no problem');
    const items = ui.quickPicks[0]!.items;
    assert.deepEqual(items.map((i) => i.label), ['$(circle-large-outline) churn', '$(file-code) fine', '$(pass-filled) orders-prod', '$(file-code) planned', '$(edit) Enter an endpoint name…']);
    assert.equal(items.find((i) => i.name === 'churn')!.description, 'unknown status');
    assert.equal(items.find((i) => i.name === 'orders-prod')!.detail, 'Declared as a resource with an unusual name');
    assert.equal(items.find((i) => i.name === 'fine')!.detail, 'Declared as aws_sagemaker_endpoint.fine (main.tf)');
    assert.equal(items.find((i) => i.name === 'planned')!.detail, 'Declared as aws_sagemaker_endpoint.planned');
    assertNothingRendered('the pick');
    assert.ok(logged.some((l) => /3 endpoint\(s\) whose names are not valid/.test(l)));
  });

  test('an endpoint resource whose name is not a literal, with a hostile address: the input box prompt is ours', async () => {
    atCursor = { address: `aws_sagemaker_endpoint.${HOSTILE}`, uri: 'file:///w/main.tf', line: 0 };
    stubWindow.activeTextEditor = { document: { languageId: 'terraform', uri: FakeUri.parse('file:///w/main.tf') }, selection: { active: { line: 0, character: 0 } } };
    ui.inputBoxAnswer = HOSTILE;
    await command().run();
    assert.equal(ui.inputBoxes.length, 1);
    assert.match(String(ui.inputBoxes[0]!.prompt), /The name of this aws_sagemaker_endpoint resource is not a literal/);
    assert.equal(ui.inputBoxes[0]!.value, '', 'no hostile prefill either');
    assert.equal(created.length, 0, 'a hostile typed name is refused by the input box');
    assertNothingRendered('input box');
  });

  test('a CodeLens target with a hostile name and region: the progress and panel titles are ours, the panel escapes the rest', async () => {
    await command().run({ name: HOSTILE, address: 'aws_sagemaker_endpoint.x', uri: 'file:///w/main.tf', line: 0, region: HOSTILE });
    await panelSettled();
    assertNothingRendered('CodeLens');
    assert.equal(created[0]!.title, 'Endpoint: (not a valid endpoint name)');
    assert.deepEqual(ui.progressTitles, ['SageMaker: endpoint status']);
    assert.doesNotMatch(created[0]!.webview.html, /<a\s/, 'the panel makes no link of it either');
    assert.equal(fake.requests.length, 0, 'an invalid name is never sent');
  });

  test('an answer whose status is hostile: the panel title shows no status, the panel shows it escaped', async () => {
    fake.put(endpointPayload('orders-prod', 'InService', { EndpointStatus: HOSTILE }));
    settings.merged.set('sagemakerTerraform.aws.region', 'us-east-1');
    await command().run({ name: 'orders-prod', address: 'aws_sagemaker_endpoint.orders', uri: 'file:///w/main.tf', line: 0 });
    await panelSettled();
    assert.equal(created[0]!.title, 'Endpoint: orders-prod');
    assert.deepEqual(ui.progressTitles, ['SageMaker: orders-prod']);
    assertNothingRendered('hostile status');
    assert.ok(created[0]!.webview.html.includes('$(alert)PWNED'), 'the panel, which renders no icons, shows what AWS said');
  });

  test('an untrusted workspace gets a fixed warning and no request', async () => {
    workspaceState.isTrusted = false;
    settings.merged.set('sagemakerTerraform.aws.region', LINK);
    await command().run();
    assert.equal(ui.messages[0]!.severity, 'warning');
    assertNothingRendered('untrusted');
    assert.equal(fake.requests.length, 0);
  });
});
