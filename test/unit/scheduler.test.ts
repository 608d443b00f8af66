import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Scheduler, type Clock } from '../../server/src/scheduler';

/** A clock that moves only when told to, so the test is about order, not time. */
class FakeClock implements Clock {
  time = 1000;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private next = 1;
  now = () => this.time;
  setTimeout = (callback: () => void, ms: number) => {
    const id = this.next++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id as unknown as ReturnType<typeof setTimeout>;
  };
  /** As a timer of 0 ms: what matters here is that it runs after the current turn. */
  soon = (callback: () => void) => void this.setTimeout(callback, 0);
  clearTimeout = (timer: ReturnType<typeof setTimeout>) => {
    this.timers = this.timers.filter((t) => t.id !== (timer as unknown as number));
  };
  /** Moves time forward, firing due timers in order; `cost` is how long each run takes. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const due = this.timers[0];
      if (!due || due.at > end) break;
      this.timers.shift();
      this.time = Math.max(this.time, due.at);
      due.callback();
    }
    this.time = end;
  }
}

function setup(cost = 0) {
  const clock = new FakeClock();
  const runs: { key: string; at: number }[] = [];
  const scheduler = new Scheduler((key) => {
    runs.push({ key, at: clock.time });
    clock.time += cost;
  }, 50, clock);
  return { clock, runs, scheduler };
}

test('an idle module runs on the next turn, once for changes arriving together', () => {
  const { clock, runs, scheduler } = setup();
  scheduler.schedule('a');
  scheduler.schedule('a');
  assert.equal(runs.length, 0, 'not inside the handler that scheduled it');
  clock.advance(0);
  assert.deepEqual(runs, [{ key: 'a', at: 1000 }]);
});

test('while typing, a module runs at most once per interval, and the last change is always diagnosed', () => {
  const { clock, runs, scheduler } = setup();
  scheduler.schedule('a');
  clock.advance(0);
  for (let i = 0; i < 10; i++) {
    scheduler.schedule('a');
    clock.advance(10);
  }
  clock.advance(100);
  assert.deepEqual(runs.map((r) => r.at), [1000, 1050, 1100]);
});

test('the interval grows with the time a run takes, from the second run on', () => {
  const { clock, runs, scheduler } = setup(200);
  scheduler.schedule('a');
  clock.advance(0); // the first run: 1000 to 1200, a cold analysis
  scheduler.schedule('a');
  clock.advance(300); // so the next waits only the least interval: 1250 to 1450
  scheduler.schedule('a');
  clock.advance(1000);
  assert.deepEqual(runs.map((r) => r.at), [1000, 1250, 1850], 'after the second 200 ms run, 400 ms of quiet');
});

test('modules do not hold each other up', () => {
  const { clock, runs, scheduler } = setup();
  scheduler.schedule('a');
  clock.advance(0);
  scheduler.schedule('b');
  clock.advance(0);
  assert.deepEqual(runs, [{ key: 'a', at: 1000 }, { key: 'b', at: 1000 }]);
});

test('a run that throws does not stop later runs', () => {
  const clock = new FakeClock();
  let calls = 0;
  const scheduler = new Scheduler(() => {
    calls++;
    throw new Error('boom');
  }, 50, clock);
  scheduler.schedule('a');
  assert.throws(() => clock.advance(0));
  scheduler.schedule('a');
  assert.throws(() => clock.advance(100));
  assert.equal(calls, 2);
});

test('dispose cancels what is pending', () => {
  const { clock, runs, scheduler } = setup();
  scheduler.schedule('a');
  scheduler.dispose();
  clock.advance(1000);
  assert.deepEqual(runs, []);
});
