// Hand-driven timers for code that takes injectable setTimeout/clearTimeout/now (the poller, the status panels, the
// gateway), and a wait for real I/O that is bounded by event-loop turns rather than by time.

/** Hand-driven timers: `advance(ms)` fires whatever falls due. */
export class FakeClock {
  now = 0;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  readonly delays: number[] = [];

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms, callback });
    this.delays.push(ms);
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** The clock as the client's code takes it (`Clock`: setTimeout, clearTimeout, now()). */
  get api(): { setTimeout: FakeClock['setTimeout']; clearTimeout: FakeClock['clearTimeout']; now: () => number } {
    return { setTimeout: this.setTimeout, clearTimeout: this.clearTimeout, now: () => this.now };
  }

  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await flush();
    }
    this.now = until;
    await flush();
  }
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setImmediate(r));
}


/**
 * Waits until `predicate` holds, yielding to real I/O (loopback HTTP, which no fake clock drives) a millisecond at a
 * time. Bounded by the number of turns, and never a measure of how long anything took.
 */
export async function until(predicate: () => boolean, what: string, turns = 10_000): Promise<void> {
  for (let i = 0; !predicate(); i++) {
    if (i >= turns) throw new Error(`${what} did not happen after ${turns} turns of the event loop`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
