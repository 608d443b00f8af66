// One chart as inline SVG inside a <figure>: value gridlines and labels, time labels, a line per series in the theme's
// chart colours (CSS classes s0..s3, see metricsHtml.ts), and focusable bands whose <title> gives the values at that
// time (shown as a tooltip on hover and read out on focus; the panel's script mirrors the focused band's text into a
// visible line). Everything is drawn from numbers we computed; the only text is ours, escaped anyway. The output's
// size is bounded whatever the input: at most MAX_DRAWN points per line and MAX_BANDS bands.
import { escapeHtml } from '../status/html';
import { axisTime, formatValue, pointTime, type TimeFormat } from './format';

const DAY_MS = 86_400_000;
import type { ChartModel, Point, SeriesModel } from './series';

export const WIDTH = 320;
export const HEIGHT = 150;
const PLOT = { left: 52, right: 10, top: 10, bottom: 24 };
const PLOT_W = WIDTH - PLOT.left - PLOT.right;
const PLOT_H = HEIGHT - PLOT.top - PLOT.bottom;
/** Points drawn per line at most (min and max of each of MAX_DRAWN / 2 time buckets beyond that). */
export const MAX_DRAWN = 400;
/** Focusable bands per chart at most. */
export const MAX_BANDS = 60;
const MAX_SERIES = 4;
const Y_TICKS = 4;
const X_TICKS = 4;

export interface ChartWindow {
  start: number;
  end: number;
  /** Seconds per point: a gap longer than 2.5 periods breaks the line. */
  period: number;
}

export interface ChartOptions extends TimeFormat {
  /** Unique within the page (letters, digits, hyphens): ties the readout to its chart. */
  id: string;
}

const STATUS_NOTES: Record<SeriesModel['status'], string> = {
  complete: '',
  partial: 'partial: CloudWatch did not return all of it',
  forbidden: 'not allowed for these credentials',
  failed: 'CloudWatch could not compute it',
};

export function renderChart(chart: ChartModel, window: ChartWindow, options: ChartOptions): string {
  const id = options.id.replace(/[^A-Za-z0-9-]/g, '');
  const series = chart.series.slice(0, MAX_SERIES);
  const caption = `<figcaption>${escapeHtml(chart.title)} <span class="unit">(${escapeHtml(unitWords(chart.unit))})</span></figcaption>`;
  const legend = `<ul class="legend">${series
    .map((s, i) => {
      const note = STATUS_NOTES[s.status];
      return `<li><span class="swatch s${i}" aria-hidden="true"></span>${escapeHtml(s.label)}${note ? ` <span class="note">(${escapeHtml(note)})</span>` : ''}</li>`;
    })
    .join('')}</ul>`;
  if (!series.some((s) => s.points.length > 0)) {
    return `<figure class="metric-chart" data-chart="${escapeHtml(chart.key)}">${caption}<p class="chart-empty">No data in this range.</p>${legend}</figure>`;
  }
  const span = Math.max(1, window.end - window.start);
  const x = (t: number) => PLOT.left + ((t - window.start) / span) * PLOT_W;
  const { min, max, ticks } = valueScale(series);
  const y = (v: number) => PLOT.top + PLOT_H - ((v - min) / (max - min)) * PLOT_H;
  const parts: string[] = [];

  for (const tick of ticks) {
    const ty = round(y(tick));
    parts.push(`<line class="grid" x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${ty}" y2="${ty}"/>`);
    parts.push(`<text class="tick" x="${PLOT.left - 4}" y="${round(ty + 3)}" text-anchor="end">${escapeHtml(formatValue(tick, chart.unit))}</text>`);
  }
  const baseline = PLOT.top + PLOT_H;
  parts.push(`<line class="axis" x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${baseline}" y2="${baseline}"/>`);
  parts.push(`<line class="axis" x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${baseline}"/>`);
  for (let i = 0; i <= X_TICKS; i++) {
    const t = window.start + (span * i) / X_TICKS;
    const anchor = i === 0 ? 'start' : i === X_TICKS ? 'end' : 'middle';
    parts.push(`<line class="axis" x1="${round(x(t))}" x2="${round(x(t))}" y1="${baseline}" y2="${baseline + 3}"/>`);
    parts.push(`<text class="tick" x="${round(x(t))}" y="${HEIGHT - 6}" text-anchor="${anchor}">${escapeHtml(axisTime(t, span, options))}</text>`);
  }

  const gapMs = window.period * 1000 * 2.5;
  series.forEach((s, i) => {
    for (const segment of segments(drawn(s.points, window), gapMs)) {
      if (segment.length === 1) {
        parts.push(`<circle class="dot s${i}" cx="${round(x(segment[0]!.t))}" cy="${round(y(segment[0]!.v))}" r="2"/>`);
      } else {
        parts.push(`<polyline class="line s${i}" points="${segment.map((p) => `${round(x(p.t))},${round(y(p.v))}`).join(' ')}"/>`);
      }
    }
  });

  const bands = bandsOf(series, MAX_BANDS);
  const byTime = series.map((s) => new Map(s.points.map((p) => [p.t, p.v])));
  bands.forEach((band, i) => {
    const left = i === 0 ? PLOT.left : (x(bands[i - 1]!.last) + x(band.first)) / 2;
    const right = i === bands.length - 1 ? WIDTH - PLOT.right : (x(band.last) + x(bands[i + 1]!.first)) / 2;
    const text = bandText(band, series, byTime, chart.unit, options);
    parts.push(
      `<rect class="band" x="${round(Math.max(PLOT.left, left))}" y="${PLOT.top}" width="${round(Math.max(1, Math.min(WIDTH - PLOT.right, right) - Math.max(PLOT.left, left)))}" height="${PLOT_H}" tabindex="${i === 0 ? 0 : -1}"><title>${escapeHtml(text)}</title></rect>`,
    );
  });

  const label = `${chart.title}, ${unitWords(chart.unit)}: ${series.map((s) => s.label).join(', ')}. Use the arrow keys for values.`;
  return [
    `<figure class="metric-chart" data-chart="${escapeHtml(chart.key)}">`,
    caption,
    `<svg class="chart" id="${id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="group" aria-label="${escapeHtml(label)}" data-readout="${id}-readout">`,
    ...parts,
    `</svg>`,
    `<p class="chart-readout" id="${id}-readout" aria-live="polite"></p>`,
    legend,
    `</figure>`,
  ].join('');
}

function unitWords(unit: ChartModel['unit']): string {
  return unit === 'ms' ? 'milliseconds' : unit === 'percent' ? 'percent' : 'count per period';
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The value axis: from 0 (or the lowest value when negative) to a round number above the highest, and its ticks. */
export function valueScale(series: SeriesModel[]): { min: number; max: number; ticks: number[] } {
  let lo = 0;
  let hi = 0;
  for (const s of series) {
    for (const p of s.points) {
      if (p.v < lo) lo = p.v;
      if (p.v > hi) hi = p.v;
    }
  }
  if (hi === lo) hi = lo + 1;
  const step = niceStep((hi - lo) / Y_TICKS);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i <= Math.round((max - min) / step) && i <= 2 * Y_TICKS; i++) ticks.push(Number((min + i * step).toPrecision(12)));
  return { min, max, ticks };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** The points inside the window, thinned to MAX_DRAWN by keeping each time bucket's lowest and highest. */
function drawn(points: Point[], window: ChartWindow): Point[] {
  const inside = points.filter((p) => p.t >= window.start - window.period * 1000 && p.t <= window.end);
  if (inside.length <= MAX_DRAWN) return inside;
  const buckets = MAX_DRAWN / 2;
  const size = (window.end - window.start) / buckets;
  const kept: Point[] = [];
  let bucket = -1;
  let lo: Point | undefined;
  let hi: Point | undefined;
  const flush = () => {
    if (lo && hi) kept.push(...(lo === hi ? [lo] : lo.t < hi.t ? [lo, hi] : [hi, lo]));
  };
  for (const p of inside) {
    const b = Math.min(buckets - 1, Math.max(0, Math.floor((p.t - window.start) / size)));
    if (b !== bucket) {
      flush();
      bucket = b;
      lo = hi = p;
    } else {
      if (p.v < lo!.v) lo = p;
      if (p.v > hi!.v) hi = p;
    }
  }
  flush();
  return kept;
}

function segments(points: Point[], gapMs: number): Point[][] {
  const out: Point[][] = [];
  for (const p of points) {
    const current = out[out.length - 1];
    if (current && p.t - current[current.length - 1]!.t <= gapMs) current.push(p);
    else out.push([p]);
  }
  return out;
}

interface Band {
  first: number;
  last: number;
  times: number[];
}

/** The distinct timestamps of all series, in at most `max` consecutive groups of about equal size. */
function bandsOf(series: SeriesModel[], max: number): Band[] {
  const times = [...new Set(series.flatMap((s) => s.points.map((p) => p.t)))].sort((a, b) => a - b);
  const per = Math.ceil(times.length / max);
  const bands: Band[] = [];
  for (let i = 0; i < times.length; i += per) {
    const group = times.slice(i, i + per);
    bands.push({ first: group[0]!, last: group[group.length - 1]!, times: group });
  }
  return bands;
}

function bandText(band: Band, series: SeriesModel[], byTime: Map<number, number>[], unit: ChartModel['unit'], format: TimeFormat): string {
  // A band within one day names the date once: "1 Jan, 09:01 – 09:03".
  const end = band.last - band.first < DAY_MS ? axisTime(band.last, 0, format) : pointTime(band.last, format);
  const when = band.first === band.last ? pointTime(band.first, format) : `${pointTime(band.first, format)} – ${end}`;
  const values = series.map((s, i) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const t of band.times) {
      const v = byTime[i]!.get(t);
      if (v === undefined) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo > hi) return `${s.label} no data`;
    return `${s.label} ${lo === hi ? formatValue(lo, unit) : `${formatValue(lo, unit)} to ${formatValue(hi, unit)}`}`;
  });
  return `${when}: ${values.join(', ')}`;
}
