import assert from 'node:assert/strict';
import { test } from 'node:test';
import { driftWords, LastKnownStatus, MAX_ENTRIES, recordAnswer } from '../../../client/src/status/lastKnown';

test('entries are per name and region; updates merge; a status clears the problem; listeners hear every change', () => {
  let now = 100;
  const cache = new LastKnownStatus(() => now);
  const heard: string[] = [];
  const listening = cache.onDidChange(({ name, region }) => heard.push(`${region ?? 'sdk'}/${name}`));
  cache.record('orders', 'us-east-1', { status: 'Updating', statusTone: 'progress' });
  cache.record('orders', undefined, { problem: 'noRegion' });
  now = 200;
  cache.record('orders', 'us-east-1', { drift: { differences: 2 } });
  assert.deepEqual(cache.get('orders', 'us-east-1'), { status: 'Updating', statusTone: 'progress', drift: { differences: 2 }, at: 200 });
  assert.deepEqual(cache.get('orders', undefined), { problem: 'noRegion', at: 100 });
  cache.record('orders', 'us-east-1', { problem: 'throttled' });
  assert.equal(cache.get('orders', 'us-east-1')!.status, 'Updating', 'a failed refresh keeps the status before it');
  cache.record('orders', 'us-east-1', { status: 'InService', statusTone: 'ok' });
  assert.equal(cache.get('orders', 'us-east-1')!.problem, undefined);
  assert.deepEqual(heard, ['us-east-1/orders', 'sdk/orders', 'us-east-1/orders', 'us-east-1/orders', 'us-east-1/orders']);
  listening.dispose();
  cache.clear();
  assert.equal(cache.get('orders', 'us-east-1'), undefined);
  assert.equal(heard.length, 5, 'a disposed listener hears nothing');
});

test('recordAnswer: a view sets the status, not found forgets status and drift, another problem keeps them', () => {
  const cache = new LastKnownStatus(() => 0);
  recordAnswer(cache, 'a', undefined, { view: { status: 'InService', statusTone: 'ok' } });
  cache.record('a', undefined, { drift: { differences: 0 } });
  recordAnswer(cache, 'a', undefined, { problem: { kind: 'timeout' } });
  assert.deepEqual(cache.get('a', undefined), { status: 'InService', statusTone: 'ok', drift: { differences: 0 }, problem: 'timeout', at: 0 });
  recordAnswer(cache, 'a', undefined, { problem: { kind: 'notFound' } });
  assert.deepEqual(cache.get('a', undefined), { problem: 'notFound', at: 0 });
});

test('a failing listener stops neither the writer nor the other listeners; the cache is bounded, oldest first', () => {
  const cache = new LastKnownStatus(() => 0);
  let heard = 0;
  cache.onDidChange(() => {
    throw new Error('reader broke');
  });
  cache.onDidChange(() => heard++);
  cache.record('first', undefined, { status: 'InService' });
  assert.equal(heard, 1);
  for (let i = 0; i < MAX_ENTRIES; i++) cache.record(`e-${i}`, undefined, { status: 'InService' });
  assert.equal(cache.get('first', undefined), undefined, 'the oldest entry went first');
  assert.ok(cache.get(`e-${MAX_ENTRIES - 1}`, undefined));
});

test('drift in words: in sync, one difference, several; nonsense is nothing', () => {
  assert.equal(driftWords({ differences: 0 }), 'in sync');
  assert.equal(driftWords({ differences: 1 }), '1 difference');
  assert.equal(driftWords({ differences: 1200 }), '1,200 differences');
  assert.equal(driftWords({ differences: -1 }), undefined);
  assert.equal(driftWords({ differences: 1.5 }), undefined);
  assert.equal(driftWords(undefined), undefined);
});
