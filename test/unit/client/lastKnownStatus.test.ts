// The CodeLens titles a status panel leaves behind, and the trusted-only CodeLens middleware that applies them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeLens } from 'vscode';
import { LastKnownStatus, type TitledLens } from '../../../client/src/lastKnownStatus';
import { codeLensWhileTrusted } from '../../../client/src/trustedCodeLens';

const AT = { uri: 'file:///work/main.tf', address: 'aws_sagemaker_endpoint.orders' };
const WHEN = new Date(Date.UTC(2025, 0, 1, 9, 30));
const lens = (target: unknown): TitledLens => ({ command: { title: 'Show endpoint status', command: 'sagemakerTerraform.showEndpointStatus', arguments: [target] } });

test('a recorded status and summary retitle the CodeLens of that resource and name only', () => {
  const memory = new LastKnownStatus();
  memory.record(AT, 'orders-prod', 'Updating', '2 differences', WHEN);
  const [mine, otherName, otherResource, noArgs] = memory.retitle([
    lens({ ...AT, name: 'orders-prod', line: 3 }),
    lens({ ...AT, name: 'orders-dev', line: 3 }),
    lens({ ...AT, address: 'aws_sagemaker_endpoint.other', name: 'orders-prod' }),
    { command: { title: 'Show endpoint status', command: 'x' } },
  ]);
  assert.equal(mine!.command!.title, 'Updating · 2 differences');
  assert.match(mine!.command!.tooltip!, /^Show endpoint status \(as of .+\)$/);
  assert.equal(mine!.command!.arguments![0] && (mine!.command!.arguments![0] as { line: number }).line, 3, 'the command and its target are kept');
  for (const l of [otherName, otherResource, noArgs]) assert.equal(l!.command!.title, 'Show endpoint status');
  assert.equal(memory.titleFor({ ...AT, name: undefined })?.title, 'Updating · 2 differences', 'a lens of a computed name matches by resource');
});

test('statuses that are not SageMaker\'s never reach the title (it renders $(icons)); not found and no summary', () => {
  const memory = new LastKnownStatus();
  memory.record(AT, 'e', '$(alert) [click](command:x)', 'in sync', WHEN);
  assert.equal(memory.titleFor(AT)?.title, 'unknown status · in sync');
  memory.record(AT, 'e', undefined, undefined, WHEN);
  assert.equal(memory.titleFor(AT)?.title, 'not found');
  memory.record(AT, 'e', 'InService', undefined, WHEN);
  assert.equal(memory.titleFor(AT)?.title, 'InService');
});

test('listeners hear of a changed title only, and stop once disposed', () => {
  const memory = new LastKnownStatus();
  let heard = 0;
  const subscription = memory.onDidChange(() => heard++);
  memory.record(AT, 'e', 'InService', 'in sync', WHEN);
  memory.record(AT, 'e', 'InService', 'in sync', new Date(WHEN.getTime() + 60_000));
  assert.equal(heard, 1);
  memory.record(AT, 'e', 'Updating', 'in sync', WHEN);
  assert.equal(heard, 2);
  subscription.dispose();
  memory.record(AT, 'e', 'InService', '1 difference', WHEN);
  assert.equal(heard, 2);
});

test('the middleware: untrusted, no lenses and the server is not asked; trusted, the server\'s lenses retitled', async () => {
  const memory = new LastKnownStatus();
  memory.record(AT, 'orders-prod', 'InService', 'in sync', WHEN);
  let trusted = false;
  let asked = 0;
  const middleware = codeLensWhileTrusted(() => trusted, (lenses) => memory.retitle(lenses));
  const next = async () => (asked++, [lens({ ...AT, name: 'orders-prod' }) as CodeLens]);
  const call = () => middleware.provideCodeLenses({} as never, {} as never, next as never) as Promise<CodeLens[]>;
  assert.deepEqual(await call(), []);
  assert.equal(asked, 0);
  trusted = true;
  const lenses = await call();
  assert.equal(asked, 1);
  assert.equal(lenses[0]!.command!.title, 'InService · in sync');
});
