// Refreshes an endpoint's status on a timer while the status is transitional (Creating, Updating...). It stops when
// the status settles, while paused (panel hidden) and once disposed, and never runs two refreshes at once: a refresh
// asked for while one is running joins it. Refreshes a person asks for (`requestRefresh`) are also spaced: a burst of
// clicks or messages makes at most one request per `minRequestGapMs`. Timers are injectable so tests can drive time
// by hand.
import { isTransitional as defaultIsTransitional } from './model';

export interface PollerOptions {
  /** Time between the end of one refresh and the start of the next, in ms (read again before every wait). */
  intervalMs: number | (() => number);
  /**
   * Fetches the status once and returns it, or `undefined` when there is no status to go on (an error): polling then
   * stops until the next manual refresh. Returning the last known status on a transient error keeps polling going.
   * A rejection counts as `undefined`.
   */
  refresh: () => Promise<string | undefined>;
  isTransitional?: (status: string) => boolean;
  /** Intervals below this are raised to it. Default 1000 ms. */
  minIntervalMs?: number;
  /** `requestRefresh` starts a refresh at most this often. Default 1000 ms. */
  minRequestGapMs?: number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  now?: () => number;
}

export class Poller {
  private readonly options: PollerOptions;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => number;
  private timer: unknown;
  private timerSet = false;
  private running: Promise<void> | undefined;
  private status: string | undefined;
  private lastFinished: number | undefined;
  private lastStarted: number | undefined;
  /** A `requestRefresh` waiting for the gap to pass: its timer and the promise every request until then shares. */
  private requested: { timer: unknown; done: Promise<void>; settle: () => void } | undefined;
  private paused = false;
  private disposed = false;

  constructor(options: PollerOptions) {
    this.options = options;
    this.setTimer = options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? Date.now;
  }

  /** The status the last refresh returned. */
  get lastStatus(): string | undefined {
    return this.status;
  }

  /** True while a refresh is running. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** True while a timed refresh is scheduled. */
  get scheduled(): boolean {
    return this.timerSet;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Refreshes now (a manual refresh, even while paused) or joins the refresh already running; then polls on if due. */
  refreshNow(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.running) return this.running;
    this.cancelTimer();
    this.lastStarted = this.now();
    const run = this.run();
    this.running = run;
    const requested = this.takeRequested();
    if (requested) void run.then(requested.settle);
    return run;
  }

  /**
   * A refresh a person asked for (the Refresh button, Retry): joins the refresh running, else runs now if the last one
   * started at least `minRequestGapMs` ago, else runs once that gap has passed, every request until then sharing it.
   */
  requestRefresh(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.running) return this.running;
    if (this.requested) return this.requested.done;
    const gap = this.options.minRequestGapMs ?? 1000;
    const wait = this.lastStarted === undefined ? 0 : this.lastStarted + gap - this.now();
    if (wait <= 0) return this.refreshNow();
    let settle!: () => void;
    const done = new Promise<void>((resolve) => (settle = resolve));
    const timer = this.setTimer(() => {
      if (this.requested?.timer !== timer) return;
      void this.refreshNow(); // settles `done` when it ends
    }, wait);
    this.requested = { timer, done, settle };
    return done;
  }

  /** Stops timed refreshes (the panel is hidden). A refresh already running finishes but schedules nothing. */
  pause(): void {
    this.paused = true;
    this.cancelTimer();
  }

  /** Resumes timed refreshes if the last status was transitional: at once if one is overdue, else when due. */
  resume(): void {
    if (this.disposed || !this.paused) return;
    this.paused = false;
    if (this.running || !this.shouldPoll()) return;
    const elapsed = this.lastFinished === undefined ? Infinity : this.now() - this.lastFinished;
    const wait = this.interval() - elapsed;
    if (wait <= 0) void this.refreshNow();
    else this.schedule(wait);
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.takeRequested()?.settle();
  }

  /** Cancels a waiting `requestRefresh` timer and hands back its promise's settle function. */
  private takeRequested(): { settle: () => void } | undefined {
    const requested = this.requested;
    if (!requested) return undefined;
    this.requested = undefined;
    this.clearTimer(requested.timer);
    return requested;
  }

  private async run(): Promise<void> {
    try {
      let status: string | undefined;
      try {
        // Deferred by a tick, so that `running` is set before anything (even a synchronous throw) can finish.
        status = await Promise.resolve().then(() => this.options.refresh());
      } catch {
        status = undefined;
      }
      this.status = status;
      this.lastFinished = this.now();
    } finally {
      this.running = undefined;
    }
    if (!this.disposed && !this.paused && this.shouldPoll()) this.schedule(this.interval());
  }

  private shouldPoll(): boolean {
    const test = this.options.isTransitional ?? defaultIsTransitional;
    return this.status !== undefined && test(this.status);
  }

  private interval(): number {
    const raw = typeof this.options.intervalMs === 'function' ? this.options.intervalMs() : this.options.intervalMs;
    const min = this.options.minIntervalMs ?? 1000;
    return Number.isFinite(raw) && raw > min ? raw : min;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timerSet = true;
    this.timer = this.setTimer(() => {
      this.timerSet = false;
      this.timer = undefined;
      if (!this.disposed && !this.paused) void this.refreshNow();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timerSet) {
      this.clearTimer(this.timer);
      this.timerSet = false;
      this.timer = undefined;
    }
  }
}

/** The same class under a more descriptive name. */
