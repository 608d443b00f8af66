// The Terraform vs live section of a status panel, as VS Code drives it: the real gateway against the fake SageMaker
// on 127.0.0.1, the declaration from a stand-in for the language server, and the CodeLens memory it fills.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { EndpointDeclaration, EndpointDeclarationParams } from '../../../../shared/protocol';
import { LastKnownStatus } from '../../../../client/src/status/lastKnown';
import { CodeLensTitles } from '../../../../client/src/codeLensTitles';
import { usePanelHarness } from '../../../support/panelHarness';
import { accessDenied, configKey, configPayload, endpointPayload } from '../../../support/fakeSageMaker';
import { FakeClock, until } from '../../../support/fakeClock';
import { created } from '../../../support/vscodeStub';
import { ORDERS } from '../../../support/ordersDeclaration';

const { URI, AT, DECLARATION } = ORDERS;

describe('Terraform vs live in the status panel', () => {
  const h = usePanelHarness({ retryDelayMs: () => 0 });
  const asked: EndpointDeclarationParams[] = [];
  let answer: () => Promise<EndpointDeclaration | null | undefined>;

  beforeEach(() => {
    asked.length = 0;
    answer = async () => DECLARATION;
  });

  // The CodeLens of the declaring resource reads what the panel records, under the panel's region.
  const LENS = { uri: URI, name: 'orders-prod', region: 'us-east-1' };
  const titlesOf = (store: LastKnownStatus) => new CodeLensTitles(store, () => 'us-east-1');

  function open(lastKnown = new LastKnownStatus(), declaredAt: typeof AT | null = AT) {
    const manager = new h.StatusPanels({
      gateway: () => h.gateway,
      refreshSeconds: () => 5,
      runAction: () => undefined,
      log: { info() {}, warn() {}, error() {} } as never,
      clock: new FakeClock().api,
      declarations: { declaration: (params) => (asked.push(params), answer()) },
      lastKnown,
    });
    manager.show('orders-prod', 'us-east-1', undefined, declaredAt ?? undefined);
    return { manager, panel: created[0]!, lastKnown: titlesOf(lastKnown) };
  }
  const settled = (html: string) => !html.includes('aria-busy="true"');

  test('the README case: ml.g5.xlarge × 3 live against ml.m5.large × 2 declared, two rows, and the CodeLens says so', async () => {
    const live = 'orders-20240101000000000000000001';
    h.fake.put(endpointPayload('orders-prod', 'InService', { EndpointConfigName: live, ProductionVariants: [{ VariantName: 'AllTraffic', CurrentInstanceCount: 3, DesiredInstanceCount: 3, CurrentWeight: 1, DesiredWeight: 1 }] }));
    h.fake.putConfig(configPayload(live, { ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'orders-model', InstanceType: 'ml.g5.xlarge', InitialInstanceCount: 3, InitialVariantWeight: 1 }] }));
    const { manager, panel, lastKnown } = open();
    await until(() => panel.webview.html.includes('Terraform vs live') && settled(panel.webview.html), 'the section');
    assert.deepEqual(asked, [{ uri: URI, address: AT.address, endpointName: 'orders-prod' }]);
    assert.deepEqual(h.fake.requestsFor('DescribeEndpointConfig').map((r) => r.body), [{ EndpointConfigName: live }]);
    const html = panel.webview.html;
    assert.match(html, /<tr class="differs" data-kind="instanceType"><th scope="row">Variant AllTraffic: instance type<\/th><td>ml\.m5\.large<\/td><td>ml\.g5\.xlarge<\/td>/);
    assert.match(html, /<tr class="differs" data-kind="instanceCount"><th scope="row">Variant AllTraffic: instance count<\/th><td>2<\/td><td>3<\/td>/);
    assert.doesNotMatch(html, /data-kind="configuration"/, 'a live name with the declared name_prefix is Terraform\'s configuration');
    assert.match(html, /Variant AllTraffic: model/, 'the model set at plan is listed as not compared');
    assert.equal(manager.snapshot()[0]!.drift, '2 differences');
    assert.deepEqual(lastKnown.titleFor(LENS)?.title, 'InService · 2 differences');
    manager.dispose();
  });

  test('in sync: said plainly; the configuration is fetched once across automatic refreshes', async () => {
    h.fake.put(endpointPayload('orders-prod', 'Updating', { EndpointConfigName: 'orders-1', ProductionVariants: [{ VariantName: 'AllTraffic', CurrentInstanceCount: 2 }] }));
    h.fake.putConfig(configPayload('orders-1'));
    const clock = new FakeClock();
    const store = new LastKnownStatus();
    const lastKnown = titlesOf(store);
    // As in VS Code: the lens is drawn, and drawn again (asking for its title) each time it is told of a change.
    const draw = () => lastKnown.retitle([{ command: { title: 'Show endpoint status', command: 'x', arguments: [LENS] } }]);
    draw();
    let changes = 0;
    lastKnown.onDidChange(() => (changes++, draw()));
    const manager = new h.StatusPanels({
      gateway: () => h.gateway,
      refreshSeconds: () => 5,
      runAction: () => undefined,
      log: { info() {}, warn() {}, error() {} } as never,
      clock: clock.api,
      declarations: { declaration: async () => DECLARATION },
      lastKnown: store,
    });
    manager.show('orders-prod', 'us-east-1', undefined, AT);
    const panel = created[0]!;
    await until(() => panel.webview.html.includes('In sync') && settled(panel.webview.html), 'in sync');
    assert.match(panel.webview.html, /In sync: <code>aws_sagemaker_endpoint\.orders<\/code> matches with live configuration <strong>orders-1<\/strong>\./);
    assert.equal(lastKnown.titleFor(LENS)?.title, 'Updating · in sync');
    await clock.advance(5000);
    await until(() => h.fake.requestsFor('DescribeEndpoint').length === 2 && settled(panel.webview.html), 'an automatic refresh');
    assert.equal(h.fake.requestsFor('DescribeEndpointConfig').length, 1, 'configurations do not change: asked once');
    assert.equal(changes, 1, 'the CodeLens is asked again only when its title changes');
    manager.dispose();
  });

  test('DescribeEndpointConfig denied: the section names sagemaker:DescribeEndpointConfig and the rest of the panel renders', async () => {
    h.fake.put(endpointPayload('orders-prod', 'InService', { EndpointConfigName: 'orders-1' }));
    h.fake.setAlways(configKey('orders-1'), accessDenied('DescribeEndpointConfig'));
    const { manager, panel, lastKnown } = open();
    await until(() => panel.webview.html.includes('drift-problem') && settled(panel.webview.html), 'the section problem');
    const html = panel.webview.html;
    assert.match(html, /<div class="drift-problem" role="alert" data-kind="accessDenied"><strong>Access denied<\/strong>/);
    assert.match(html, /not allowed to call sagemaker:DescribeEndpointConfig/);
    assert.match(html, /Production variants/, 'the variants still render');
    assert.match(html, /<span class="status-text">InService<\/span>/);
    assert.doesNotMatch(html, /<section class="problem"/, 'not a problem of the whole panel');
    assert.equal(lastKnown.titleFor(LENS)?.title, 'InService · not compared');
    manager.dispose();
  });

  test('opened from the live list (no declaration): says no Terraform declares it, and asks no server', async () => {
    h.fake.put(endpointPayload('orders-prod', 'InService'));
    const { manager, panel } = open(new LastKnownStatus(), null);
    await until(() => panel.webview.html.includes('Terraform vs live') && settled(panel.webview.html), 'the section');
    assert.match(panel.webview.html, /No Terraform in this workspace declares this endpoint/);
    assert.deepEqual(asked, []);
    assert.equal(h.fake.requestsFor('DescribeEndpointConfig').length, 0);
    manager.dispose();
  });

  test('the server not running, failing, or no longer declaring the endpoint: a note, never a crash', async () => {
    h.fake.put(endpointPayload('orders-prod', 'InService'));
    const cases: [() => Promise<EndpointDeclaration | null | undefined>, RegExp][] = [
      [async () => undefined, /language server is not running/],
      [async () => Promise.reject(new Error('boom')), /language server did not answer/],
      [async () => null, /Terraform no longer declares aws_sagemaker_endpoint\.orders in this module/],
      [async () => ({ ...DECLARATION, configuration: { ...DECLARATION.configuration!, productionVariants: 'junk' as never } }), /could not be read/],
    ];
    for (const [reply, says] of cases) {
      created.length = 0;
      answer = reply;
      h.fake.putConfig(configPayload('orders-prod-config'));
      const { manager, panel } = open();
      await until(() => panel.webview.html.includes('Terraform vs live') && settled(panel.webview.html), String(says));
      assert.match(panel.webview.html, says);
      manager.dispose();
    }
  });

  test('an endpoint not found: the CodeLens says so; a CodeLens of another name is left alone', async () => {
    const { manager, panel, lastKnown } = open();
    await until(() => /was not found/.test(panel.webview.html), 'not found');
    assert.equal(lastKnown.titleFor(LENS)?.title, 'not found');
    assert.equal(lastKnown.titleFor({ ...LENS, name: 'another' }), undefined);
    manager.dispose();
  });
});
