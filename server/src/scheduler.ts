// Runs diagnostics for changed modules: at once when a module is idle, and at most once per interval while the user
// types in it, so a single keystroke gets answers quickly and a burst of them does not queue up work. The interval
// grows with the time a run takes, which keeps large files from starving requests; not with the first run's, a cold
// analysis of the module that later ones reuse, so the first keystroke after opening a large file is answered at once. Each module has its own
// interval: closing one file must not hold up the diagnostics of a file opened in another folder.

import { afterPendingMessages } from './nextTurn';

/** A run queued for the next turn (Clock.soon), which has no timer to clear. */
const SOON = Symbol('soon');

interface KeyState {
  timer: ReturnType<typeof setTimeout> | typeof SOON | undefined;
  lastRun: number;
  interval: number;
  /** Runs so far: the first one (a cold analysis of the module) says nothing of what a keystroke costs. */
  runs: number;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(timer: ReturnType<typeof setTimeout>): void;
  /** Runs `callback` once the messages that arrived meanwhile are answered, with no wait of its own. */
  soon(callback: () => void): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer),
  soon: afterPendingMessages,
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
    if (wait > 0) {
      state.timer = this.clock.setTimeout(() => this.flush(key, state), wait);
      return;
    }
    // Not a timer of 0 ms: Node waits at least 1 ms for it, on every keystroke.
    state.timer = SOON;
    // Disposed meanwhile, the key has no state or another one.
    this.clock.soon(() => {
      if (this.keys.get(key) === state) this.flush(key, state);
    });
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
    for (const state of this.keys.values()) if (state.timer !== undefined && state.timer !== SOON) this.clock.clearTimeout(state.timer);
    this.keys.clear();
  }
}
