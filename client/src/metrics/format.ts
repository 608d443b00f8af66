// Numbers and times as the charts label them: compact values with their unit, and clock times in the viewer's time
// zone (a fixed one in tests).
import type { ChartUnit } from './catalog';

const UNIT_SUFFIX: Record<ChartUnit, string> = { count: '', ms: ' ms', percent: ' %' };

/** A short number: at most 3 significant digits, k/M/G past a thousand (e.g. 0.25, 12.5, 340, 1.2k, 3.4M). */
export function compactNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}G`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  return trim(value);
}

function trim(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return String(Number(value.toFixed(digits)));
}

export function formatValue(value: number, unit: ChartUnit): string {
  return `${compactNumber(value)}${UNIT_SUFFIX[unit]}`;
}

export interface TimeFormat {
  /** BCP 47 locale; default the viewer's. */
  locale?: string;
  /** IANA time zone; default the viewer's. */
  timeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per (kind, locale, time zone): making an Intl.DateTimeFormat costs far more than using one. */
function formatter(kind: 'day' | 'week' | 'point', format: TimeFormat): Intl.DateTimeFormat {
  const key = `${kind}\u0000${format.locale ?? ''}\u0000${format.timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const clock: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: format.timeZone };
    const options = kind === 'day' ? clock : kind === 'week' ? { ...clock, weekday: 'short' as const } : { ...clock, month: 'short' as const, day: 'numeric' as const };
    f = new Intl.DateTimeFormat(format.locale, options);
    if (formatters.size > 32) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

/** `14:05` for ranges within a day, `Mon 14:00` beyond. */
export function axisTime(t: number, rangeMs: number, format: TimeFormat = {}): string {
  return formatter(rangeMs > 86_400_000 ? 'week' : 'day', format).format(new Date(t));
}

/** The time of a value for the hover and focus text: date and time to the minute. */
export function pointTime(t: number, format: TimeFormat = {}): string {
  return formatter('point', format).format(new Date(t));
}
