import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_BANDS, MAX_DRAWN, renderChart, valueScale } from '../../../../client/src/metrics/chartSvg';
import { compactNumber, formatValue } from '../../../../client/src/metrics/format';
import type { ChartModel, Point } from '../../../../client/src/metrics/series';

const START = Date.UTC(2026, 0, 1, 9, 0, 0);
const END = Date.UTC(2026, 0, 1, 12, 0, 0);
const WINDOW = { start: START, end: END, period: 60 };
const OPTIONS = { id: 'chart-0', locale: 'en-GB', timeZone: 'UTC' };
const minute = (i: number) => START + i * 60_000;
const chart = (points: Point[][], extra: Partial<ChartModel> = {}): ChartModel => ({
  key: 'modelLatency',
  title: 'Model latency',
  unit: 'ms',
  series: points.map((p, i) => ({ label: ['average', 'p99'][i] ?? `s${i}`, points: p, status: 'complete' as const })),
  ...extra,
});
const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

test('axes: value gridlines with unit labels from 0 to a round top, time labels at both ends and between', () => {
  const html = renderChart(chart([[{ t: minute(10), v: 12 }, { t: minute(11), v: 37 }, { t: minute(12), v: 20 }]]), WINDOW, OPTIONS);
  assert.match(html, /<figcaption>Model latency <span class="unit">\(milliseconds\)<\/span><\/figcaption>/);
  for (const label of ['0 ms', '10 ms', '20 ms', '30 ms', '40 ms']) assert.ok(html.includes(`>${label}</text>`), `y label ${label}`);
  for (const label of ['09:00', '09:45', '10:30', '11:15', '12:00']) assert.ok(html.includes(`>${label}</text>`), `x label ${label}`);
  assert.equal(count(html, /class="axis"/g), 2 + 5, 'two axes and five time ticks');
  assert.match(html, /<polyline class="line s0" points="[\d., ]+"\/>/);
  assert.match(html, /<title>1 Jan, 09:11: average 37 ms<\/title>/, 'each time has its values as a title');
  assert.match(html, /<svg class="chart" id="chart-0" viewBox="0 0 320 150"/);
});

test('no data: a plain sentence instead of a chart, legend kept', () => {
  const html = renderChart(chart([[], []]), WINDOW, OPTIONS);
  assert.match(html, /<p class="chart-empty">No data in this range\.<\/p>/);
  assert.ok(!html.includes('<svg'));
  assert.ok(html.includes('p99'));
});

test('hover and focus: one focusable band per time (the first in the tab order), values of every series in its title', () => {
  const html = renderChart(chart([[{ t: minute(1), v: 1 }, { t: minute(2), v: 2 }], [{ t: minute(2), v: 9 }]]), WINDOW, OPTIONS);
  const tabindexes = [...html.matchAll(/<rect class="band"[^>]*tabindex="(-?\d)"/g)].map((m) => m[1]);
  assert.deepEqual(tabindexes, ['0', '-1']);
  assert.ok(html.includes('<title>1 Jan, 09:01: average 1 ms, p99 no data</title>'));
  assert.ok(html.includes('<title>1 Jan, 09:02: average 2 ms, p99 9 ms</title>'));
  assert.match(html, /data-readout="chart-0-readout"/);
  assert.match(html, /<p class="chart-readout" id="chart-0-readout" aria-live="polite"><\/p>/);
});

test('theme colours come from classes (s0..s3 map to var(--vscode-charts-*)); no inline style, script or handler', () => {
  const html = renderChart(chart([[{ t: minute(1), v: 1 }], [{ t: minute(1), v: 2 }]]), WINDOW, OPTIONS);
  assert.match(html, /class="dot s0"/);
  assert.match(html, /class="dot s1"/);
  assert.doesNotMatch(html, /style=|<script|\son[a-z]+=|href=|#[0-9a-f]{6}/i);
});

test('a gap longer than 2.5 periods breaks the line; a lone point is a dot', () => {
  const html = renderChart(chart([[{ t: minute(1), v: 1 }, { t: minute(2), v: 2 }, { t: minute(30), v: 3 }, { t: minute(60), v: 1 }, { t: minute(61), v: 1 }]]), WINDOW, OPTIONS);
  assert.equal(count(html, /<polyline/g), 2);
  assert.equal(count(html, /<circle/g), 1);
});

test('escaping: hostile titles, labels and ids cannot break out of the markup', () => {
  const hostile = '</title></svg><script>alert(1)</script><img src=x onerror=alert(1)>"\'&';
  const html = renderChart(
    { key: hostile, title: hostile, unit: 'count', series: [{ label: hostile, points: [{ t: minute(1), v: 1 }], status: 'partial' }] },
    WINDOW,
    { ...OPTIONS, id: `x" onload="alert(1)` },
  );
  const tags = html.match(/<[^>]*>/g) ?? [];
  // Attribute values may hold the text (escaped, quoted); what is left of each tag is ours.
  assert.ok(tags.every((tag) => !/<script|<img|onerror|onload/.test(tag.replace(/"[^"]*"/g, '""'))), 'no tag of the input survives as markup');
  assert.ok(html.includes('&lt;/title&gt;&lt;/svg&gt;&lt;script&gt;'));
  assert.ok(html.includes('&quot;&#39;&amp;'));
  assert.match(html, /id="xonloadalert1"/);
  assert.ok(html.includes('partial: CloudWatch did not return all of it'));
});

test('bounded size: 4 series of 20,000 points each draw at most MAX_DRAWN points per line and MAX_BANDS bands', () => {
  const n = 20_000;
  const series = Array.from({ length: 6 }, (_, s) => Array.from({ length: n }, (_, i) => ({ t: START + Math.floor((i * (END - START)) / n), v: Math.sin(i / 50) * 100 + s })));
  const html = renderChart(chart(series), WINDOW, OPTIONS);
  assert.equal(count(html, /<rect class="band"/g), MAX_BANDS);
  const lines = [...html.matchAll(/<polyline class="line (s\d)" points="([^"]*)"/g)];
  assert.deepEqual([...new Set(lines.map((l) => l[1]))], ['s0', 's1', 's2', 's3'], 'at most four series');
  for (const line of lines) assert.ok(line[2]!.split(' ').length <= MAX_DRAWN);
  assert.ok(html.length < 100_000, `${html.length} characters`);
  // The spikes survive thinning: the drawn extremes are the data's.
  assert.match(html, />100 ms<\/text>/);
  assert.match(html, />-100 ms<\/text>/);
});

test('value axis: negative values lower the floor; a flat series still gets a scale', () => {
  assert.deepEqual(valueScale([{ label: 'a', status: 'complete', points: [{ t: 0, v: 0 }] }]), { min: 0, max: 1, ticks: [0, 0.5, 1] });
  const negative = valueScale([{ label: 'a', status: 'complete', points: [{ t: 0, v: -3 }, { t: 1, v: 7 }] }]);
  assert.ok(negative.min <= -3 && negative.max >= 7);
  assert.ok(negative.ticks.includes(0));
});

test('numbers: three significant digits, k/M/G, units', () => {
  assert.deepEqual([0, 0.1234, 1.5, 12.34, 340, 1234, 2_500_000, 7e9].map(compactNumber), ['0', '0.123', '1.5', '12.3', '340', '1.23k', '2.5M', '7G']);
  assert.equal(formatValue(45, 'percent'), '45 %');
  assert.equal(formatValue(3, 'count'), '3');
});
