// The CodeLens titles read from the last-known-status store the panels and the endpoints view write, and the
// trusted-only CodeLens middleware that applies them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeLens } from 'vscode';
import { CodeLensTitles, type TitledLens } from '../../../client/src/codeLensTitles';
import { LastKnownStatus, recordAnswer } from '../../../client/src/status/lastKnown';
import { codeLensWhileTrusted } from '../../../client/src/trustedCodeLens';

const URI = 'file:///work/main.tf';
const TARGET = { uri: URI, address: 'aws_sagemaker_endpoint.orders', name: 'orders-prod', region: 'us-east-1', line: 3 };
const WHEN = Date.UTC(2025, 0, 1, 9, 30);
const lens = (target: unknown): TitledLens => ({ command: { title: 'Show endpoint status', command: 'sagemakerTerraform.showEndpointStatus', arguments: [target] } });
const view = (status: string) => ({ status, statusTone: 'ok' as const });

/** A region setting of `setting` (undefined: none): the lens asks the region a panel would ask. */
function titles(setting?: string) {
  const store = new LastKnownStatus(() => WHEN);
  return { store, titles: new CodeLensTitles(store, (t) => setting ?? t.region) };
}

test('a recorded status and drift retitle the CodeLens of that name in the region a panel would ask', () => {
  const { store, titles: lensTitles } = titles();
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('Updating'), drift: { differences: 2, text: '2 differences' } });
  const [mine, otherName, otherRegion, computed, noArgs] = lensTitles.retitle([
    lens(TARGET),
    lens({ ...TARGET, name: 'orders-dev' }),
    lens({ ...TARGET, region: 'eu-west-1' }),
    lens({ ...TARGET, name: undefined }),
    { command: { title: 'Show endpoint status', command: 'x' } },
  ]);
  assert.equal(mine!.command!.title, 'Updating · 2 differences');
  assert.match(mine!.command!.tooltip!, /^Show endpoint status \(as of .+\)$/);
  assert.equal((mine!.command!.arguments![0] as { line: number }).line, 3, 'the command and its target are kept');
  for (const l of [otherName, otherRegion, computed, noArgs]) assert.equal(l!.command!.title, 'Show endpoint status');
  // A region setting wins over the Terraform literal, as in the panel.
  const withSetting = titles('eu-west-1');
  recordAnswer(withSetting.store, 'orders-prod', 'eu-west-1', { view: view('InService') });
  assert.equal(withSetting.titles.titleFor(TARGET)?.title, 'InService');
});

test("statuses that are not SageMaker's never reach the title (it renders $(icons)); not found; no drift", () => {
  const { store, titles: lensTitles } = titles();
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('$(alert) [click](command:x)'), drift: { differences: 0 } });
  assert.equal(lensTitles.titleFor(TARGET)?.title, 'unknown status · in sync');
  recordAnswer(store, 'orders-prod', 'us-east-1', { problem: { kind: 'notFound' } });
  assert.equal(lensTitles.titleFor(TARGET)?.title, 'not found');
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('InService') });
  assert.equal(lensTitles.titleFor(TARGET)?.title, 'InService');
  recordAnswer(store, 'orders-prod', 'us-east-1', { problem: { kind: 'throttled' } });
  assert.equal(lensTitles.titleFor(TARGET)?.title, 'InService', 'a failed refresh keeps the status before it');
});

test('listeners hear of a title they were handed changing, and stop once disposed', () => {
  const { store, titles: lensTitles } = titles();
  lensTitles.retitle([lens(TARGET)]);
  let heard = 0;
  const subscription = lensTitles.onDidChange(() => heard++);
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('InService'), drift: { differences: 0 } });
  assert.equal(heard, 1, 'a title appears');
  lensTitles.retitle([lens(TARGET)]);
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('InService'), drift: { differences: 0 } });
  recordAnswer(store, 'other', 'us-east-1', { view: view('Updating') });
  assert.equal(heard, 1, 'the same title, or an endpoint no lens names: nothing to redraw');
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('Updating') });
  assert.equal(heard, 2);
  subscription.dispose();
  lensTitles.retitle([lens(TARGET)]);
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('InService') });
  assert.equal(heard, 2);
});

test("the middleware: untrusted, no lenses and the server is not asked; trusted, the server's lenses retitled", async () => {
  const { store, titles: lensTitles } = titles();
  recordAnswer(store, 'orders-prod', 'us-east-1', { view: view('InService'), drift: { differences: 0 } });
  let trusted = false;
  let asked = 0;
  const middleware = codeLensWhileTrusted(() => trusted, (lenses) => lensTitles.retitle(lenses));
  const next = async () => (asked++, [lens(TARGET) as CodeLens]);
  const call = () => middleware.provideCodeLenses({} as never, {} as never, next as never) as Promise<CodeLens[]>;
  assert.deepEqual(await call(), []);
  assert.equal(asked, 0);
  trusted = true;
  const lenses = await call();
  assert.equal(asked, 1);
  assert.equal(lenses[0]!.command!.title, 'InService · in sync');
});
