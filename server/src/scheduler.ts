// Runs diagnostics for changed modules: at once when a module is idle, and at most once per interval while the user
// types in it, so a single keystroke gets answers quickly and a burst of them does not queue up work. The interval
// grows with the time a run takes, which keeps large files from starving requests; not with the first run's, a cold
// analysis of the module that later ones reuse, so the first keystroke after opening a large file is answered at once. Each module has its own
// interval: closing one file must not hold up the diagnostics of a file opened in another folder.

interface KeyState {
  timer: ReturnType<typeof setTimeout> | undefined;
  lastRun: number;
  interval: number;
  /** Runs so far: the first one (a cold analysis of the module) says nothing of what a keystroke costs. */
  runs: number;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(timer: ReturnType<typeof setTimeout>): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer),
};

export class Scheduler {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly run: (key: string) => void,
    private readonly minInterval = 50,
    private readonly clock: Clock = systemClock,
  ) {}

  schedule(key: string): void {
    const state = this.keys.get(key) ?? { timer: undefined, lastRun: -Infinity, interval: this.minInterval, runs: 0 };
    this.keys.set(key, state);
    if (state.timer !== undefined) return;
    // Even when idle, wait for the current turn to end so changes arriving together make one run.
    const wait = Math.max(0, state.lastRun + state.interval - this.clock.now());
    state.timer = this.clock.setTimeout(() => this.flush(key, state), wait);
  }

  private flush(key: string, state: KeyState): void {
    state.timer = undefined;
    const started = this.clock.now();
    try {
      this.run(key);
    } finally {
      state.lastRun = this.clock.now();
      state.interval = state.runs++ === 0 ? this.minInterval : Math.max(this.minInterval, 2 * (state.lastRun - started));
    }
  }

  dispose(): void {
    for (const state of this.keys.values()) if (state.timer !== undefined) this.clock.clearTimeout(state.timer);
    this.keys.clear();
  }
}
