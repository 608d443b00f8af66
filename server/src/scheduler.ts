// Runs diagnostics for changed modules: at once when idle, and at most once per interval while the user types,
// so a single keystroke gets answers quickly and a burst of them does not queue up work. The interval grows with
// the time a run takes, which keeps large files from starving requests.

export class Scheduler {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private lastRun = -Infinity;
  private interval: number;

  constructor(
    private readonly run: (key: string) => void,
    private readonly minInterval = 50,
  ) {
    this.interval = minInterval;
  }

  schedule(key: string): void {
    this.pending.add(key);
    if (this.timer) return;
    const wait = Math.max(0, this.lastRun + this.interval - Date.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const keys = [...this.pending];
    this.pending.clear();
    const started = Date.now();
    for (const key of keys) this.run(key);
    this.lastRun = Date.now();
    this.interval = Math.max(this.minInterval, 2 * (this.lastRun - started));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending.clear();
  }
}
