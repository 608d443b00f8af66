// A one-line progress count on stderr while modules are checked, for people at a terminal: only on a TTY, only for
// runs with many modules, redrawn at most every 100 ms, and erased at the end so it never mixes with the report.

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

const MIN_MODULES = 20;
const REDRAW_MS = 100;

export function progressLine(stream: ProgressStream, now: () => number = Date.now): { update(done: number, total: number): void; end(): void } {
  let last = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      if (!stream.isTTY || total < MIN_MODULES || done === total) return;
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      shown = true;
      stream.write(`\r\x1b[KChecking module ${done} of ${total}…`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
