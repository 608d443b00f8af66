// The gate for text shown where VS Code renders links and icons: fixed notices per problem kind, and the shape
// checks for names, regions, statuses, addresses and file names (the command's own test drives them end to end).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProblemKind, StatusProblem } from '../../../client/src/status/problems';
import { problemNotice, shownAddress, shownFileName, shownName, shownRegion, shownStatus } from '../../../client/src/uiText';

const HOSTILE = '$(alert) [x](command:workbench.action.terminal.new)';
const KINDS: ProblemKind[] = ['noCredentials', 'expiredCredentials', 'accessDenied', 'notFound', 'throttled', 'network', 'timeout', 'noRegion', 'unknownRegion', 'invalidName', 'answerTooLarge', 'service'];

test('a notice is a fixed sentence per kind, whatever the problem says, with our buttons and always Show Logs', () => {
  const messages = new Set<string>();
  for (const kind of KINDS) {
    const problem: StatusProblem = { kind, title: HOSTILE, detail: HOSTILE, actions: ['retry', 'bogus' as never, 'openSettings'] };
    const notice = problemNotice(problem);
    assert.ok(!notice.message.includes('$(') && !notice.message.includes('](') && !notice.message.includes('command:'), kind);
    assert.deepEqual(notice.buttons, ['Retry', 'Open Settings', 'Show Logs']);
    assert.equal(notice.actionOf('Open Settings'), 'openSettings');
    assert.equal(notice.actionOf(HOSTILE), undefined);
    messages.add(notice.message);
  }
  assert.equal(messages.size, KINDS.length, 'one sentence per kind');
  assert.equal(problemNotice({ kind: '__proto__' as never, title: '', detail: '', actions: [] }).message, problemNotice({ kind: 'service', title: '', detail: '', actions: [] }).message);
});

test('names, regions, statuses, addresses and file names are shown only in shapes that cannot render', () => {
  const table: [(v: never) => string | undefined, unknown, string | undefined][] = [
    [shownName, 'orders-prod', 'orders-prod'],
    [shownName, HOSTILE, undefined],
    [shownName, 'a'.repeat(64), undefined],
    [shownName, 42, undefined],
    [shownRegion, 'us-gov-west-1', 'us-gov-west-1'],
    [shownRegion, '$(alert)', undefined],
    [shownRegion, `us-east-1${'x'.repeat(100)}`, undefined],
    [shownStatus, 'InService', 'InService'],
    [shownStatus, 'Hibernating', undefined],
    [shownStatus, HOSTILE, undefined],
    [shownAddress, { address: 'aws_sagemaker_endpoint.orders_v2-b' }, 'aws_sagemaker_endpoint.orders_v2-b'],
    [shownAddress, { address: `aws_sagemaker_endpoint.${HOSTILE}` }, undefined],
    [shownAddress, { address: 'aws_sagemaker_model.x' }, undefined],
    [shownFileName, 'file:///w/main.tf', 'main.tf'],
    [shownFileName, 'file:///w/my%20endpoints%20v%C3%A9.tf', 'my endpoints vé.tf'],
    [shownFileName, `file:///w/${encodeURIComponent(HOSTILE)}.tf`, undefined],
    [shownFileName, 'file:///w/%E0%A4%A.tf', undefined],
    [shownFileName, 'file:///w/a%0Ab.tf', undefined],
  ];
  for (const [check, value, expected] of table) assert.equal(check(value as never), expected, `${check.name}(${JSON.stringify(value)})`);
});

test('a notice is two sentences, what is wrong then what to do, in plain text (no Markdown backticks)', () => {
  for (const kind of KINDS) {
    const { message } = problemNotice({ kind, title: '', detail: '', actions: [] });
    const sentences = message.split(/(?<=\.) (?=[A-Z])/);
    assert.equal(sentences.length, 2, `${kind}: ${message}`);
    for (const s of sentences) assert.match(s, /^[A-Z].*\.$/, `${kind}: ${JSON.stringify(s)}`);
    assert.ok(!message.includes('`'), `${kind}: ${message}`);
  }
});
