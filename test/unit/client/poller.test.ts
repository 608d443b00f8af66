import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Poller, type PollerOptions } from '../../../client/src/status/poller';
import { FakeClock, flush } from '../../support/fakeClock';

function setup(statuses: (string | undefined | Error)[], extra: Partial<PollerOptions> = {}) {
  const clock = new FakeClock();
  let calls = 0;
  const poller = new Poller({
    intervalMs: 5000,
    refresh: async () => {
      const next = statuses[Math.min(calls, statuses.length - 1)];
      calls++;
      if (next instanceof Error) throw next;
      return next;
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    now: () => clock.now,
    ...extra,
  });
  return { clock, poller, calls: () => calls };
}

test('transitional → keeps polling at the interval; settled → stops', async () => {
  const { clock, poller, calls } = setup(['Creating', 'Creating', 'Updating', 'InService']);
  await poller.refreshNow();
  assert.equal(calls(), 1);
  assert.ok(poller.scheduled);
  assert.deepEqual(clock.delays, [5000]);
  await clock.advance(4999);
  assert.equal(calls(), 1);
  await clock.advance(1);
  assert.equal(calls(), 2);
  await clock.advance(5000);
  assert.equal(calls(), 3);
  await clock.advance(5000);
  assert.equal(calls(), 4);
  assert.equal(poller.lastStatus, 'InService');
  assert.ok(!poller.scheduled);
  await clock.advance(60_000);
  assert.equal(calls(), 4);
  assert.equal(clock.timers.size, 0);
});

test('every transitional status polls; every settled one does not', async () => {
  for (const status of ['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']) {
    const { poller } = setup([status]);
    await poller.refreshNow();
    assert.ok(poller.scheduled, status);
    poller.dispose();
  }
  for (const status of ['InService', 'Failed', 'OutOfService', 'UpdateRollbackFailed', 'Whatever']) {
    const { poller } = setup([status]);
    await poller.refreshNow();
    assert.ok(!poller.scheduled, status);
  }
});

test('an error (undefined) or a rejected refresh stops polling without an unhandled rejection', async () => {
  const { clock, poller, calls } = setup(['Creating', undefined]);
  await poller.refreshNow();
  await clock.advance(5000);
  assert.equal(calls(), 2);
  assert.ok(!poller.scheduled);
  const failing = setup(['Creating', new Error('boom')]);
  await failing.poller.refreshNow();
  await failing.clock.advance(5000);
  assert.equal(failing.calls(), 2);
  assert.equal(failing.poller.lastStatus, undefined);
  assert.ok(!failing.poller.scheduled);
});

test('paused → stops; resume refreshes at once when overdue, else when due; settled stays stopped', async () => {
  const { clock, poller, calls } = setup(['Creating']);
  await poller.refreshNow();
  poller.pause();
  assert.ok(!poller.scheduled);
  assert.equal(clock.timers.size, 0);
  await clock.advance(60_000);
  assert.equal(calls(), 1);
  poller.resume();
  await flush();
  assert.equal(calls(), 2, 'overdue: refreshed on resume');
  assert.ok(poller.scheduled);

  poller.pause();
  await clock.advance(2000);
  poller.resume();
  await flush();
  assert.equal(calls(), 2, 'not yet due');
  assert.ok(poller.scheduled);
  await clock.advance(2999);
  assert.equal(calls(), 2);
  await clock.advance(1);
  assert.equal(calls(), 3);

  const settled = setup(['InService']);
  await settled.poller.refreshNow();
  settled.poller.pause();
  settled.poller.resume();
  await flush();
  assert.equal(settled.calls(), 1);
  assert.ok(!settled.poller.scheduled);
});

test('pausing while a refresh runs: it finishes but schedules nothing; a manual refresh still works while paused', async () => {
  let release!: (s: string) => void;
  const clock = new FakeClock();
  let calls = 0;
  const poller = new Poller({
    intervalMs: 5000,
    refresh: () => {
      calls++;
      return new Promise<string>((r) => (release = r));
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    now: () => clock.now,
  });
  const first = poller.refreshNow();
  await flush();
  poller.pause();
  release('Creating');
  await first;
  assert.ok(!poller.scheduled);
  const manual = poller.refreshNow();
  await flush();
  release('Creating');
  await manual;
  assert.equal(calls, 2);
  assert.ok(!poller.scheduled, 'paused: the manual refresh does not start polling');
});

test('never overlaps: refreshes asked for while one runs join it', async () => {
  const clock = new FakeClock();
  let calls = 0;
  let running = 0;
  let maxRunning = 0;
  const releases: ((s: string) => void)[] = [];
  const poller = new Poller({
    intervalMs: 1000,
    refresh: () => {
      calls++;
      running++;
      maxRunning = Math.max(maxRunning, running);
      return new Promise<string>((r) =>
        releases.push((s) => {
          running--;
          r(s);
        }),
      );
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    now: () => clock.now,
  });
  const a = poller.refreshNow();
  const b = poller.refreshNow();
  const c = poller.refreshNow();
  await flush();
  assert.equal(calls, 1);
  assert.ok(poller.busy);
  releases.shift()!('Creating');
  await Promise.all([a, b, c]);
  assert.ok(!poller.busy);
  assert.equal(clock.timers.size, 1);

  // The timer fires and its refresh hangs: the timer is not re-armed, and a manual refresh joins.
  await clock.advance(1000);
  assert.equal(calls, 2);
  assert.equal(clock.timers.size, 0);
  const d = poller.refreshNow();
  await clock.advance(10_000);
  assert.equal(calls, 2);
  releases.shift()!('Updating');
  await d;
  assert.equal(clock.timers.size, 1, 'one timer, never two');

  // A manual refresh while a timer is pending replaces the timer.
  const e = poller.refreshNow();
  assert.equal(clock.timers.size, 0);
  await flush();
  releases.shift()!('InService');
  await e;
  assert.equal(calls, 3);
  assert.equal(maxRunning, 1);
  assert.equal(clock.timers.size, 0);
});

test('dispose stops everything, including after a refresh in flight', async () => {
  let release!: (s: string) => void;
  const clock = new FakeClock();
  const poller = new Poller({
    intervalMs: 1000,
    refresh: () => new Promise<string>((r) => (release = r)),
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
  });
  const p = poller.refreshNow();
  await flush();
  poller.dispose();
  release('Creating');
  await p;
  assert.equal(clock.timers.size, 0);
  await poller.refreshNow();
  poller.resume();
  assert.equal(clock.timers.size, 0);
});

test('the interval is read before every wait and never below the minimum', async () => {
  let seconds = 10;
  const { clock, poller } = setup(['Creating'], { intervalMs: () => seconds * 1000 });
  await poller.refreshNow();
  seconds = 30;
  await clock.advance(10_000);
  seconds = 0;
  await clock.advance(30_000);
  assert.deepEqual(clock.delays, [10_000, 30_000, 1000]);
  const custom = setup(['Creating'], { intervalMs: 10, minIntervalMs: 250 });
  await custom.poller.refreshNow();
  assert.deepEqual(custom.clock.delays, [250]);
});

test('a synchronous throw from refresh does not wedge the poller', async () => {
  const clock = new FakeClock();
  let calls = 0;
  const poller = new Poller({
    intervalMs: 1000,
    refresh: () => {
      calls++;
      throw new Error('sync');
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
  });
  await poller.refreshNow();
  await poller.refreshNow();
  assert.equal(calls, 2);
  assert.ok(!poller.busy);
});

test('requestRefresh (the Refresh button): a burst makes one request in flight and at most one per second', async () => {
  const clock = new FakeClock();
  let calls = 0;
  let running = 0;
  let maxRunning = 0;
  const starts: number[] = [];
  const releases: (() => void)[] = [];
  const poller = new Poller({
    intervalMs: 10_000,
    refresh: () => {
      calls++;
      running++;
      maxRunning = Math.max(maxRunning, running);
      starts.push(clock.now);
      return new Promise<string>((r) => releases.push(() => (running--, r('InService'))));
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    now: () => clock.now,
  });
  // 200 clicks while the first request runs: they join it.
  const burst = Array.from({ length: 200 }, () => poller.requestRefresh());
  await flush();
  assert.equal(calls, 1);
  releases.shift()!();
  await Promise.all(burst);
  // 200 more clicks within the same second: one refresh, when the second is over, shared by all of them.
  await clock.advance(300);
  const second = Array.from({ length: 200 }, () => poller.requestRefresh());
  await flush();
  assert.equal(calls, 1, 'not before a second has passed since the last start');
  await clock.advance(699);
  assert.equal(calls, 1);
  await clock.advance(1);
  assert.equal(calls, 2);
  releases.shift()!();
  await Promise.all(second);
  assert.deepEqual(starts, [0, 1000]);
  // Once a second has passed, a click refreshes at once.
  await clock.advance(5000);
  const third = poller.requestRefresh();
  await flush();
  assert.equal(calls, 3);
  releases.shift()!();
  await third;
  assert.equal(maxRunning, 1);
  assert.equal(clock.timers.size, 0, 'InService: nothing left scheduled');
});

test('requestRefresh: a timed refresh that starts first serves the waiting request; dispose settles it', async () => {
  const clock = new FakeClock();
  let calls = 0;
  const poller = new Poller({
    intervalMs: 1500,
    refresh: async () => {
      calls++;
      return 'Creating';
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    now: () => clock.now,
  });
  await poller.refreshNow();
  await clock.advance(200);
  const waiting = poller.requestRefresh();
  await clock.advance(800);
  assert.equal(calls, 2, 'the click ran a second after the first start');
  await waiting;
  await clock.advance(1500);
  assert.equal(calls, 3, 'polling goes on at its interval');
  const pending = poller.requestRefresh();
  poller.dispose();
  await pending;
  await clock.advance(10_000);
  assert.equal(calls, 3);
  assert.equal(clock.timers.size, 0);
});
