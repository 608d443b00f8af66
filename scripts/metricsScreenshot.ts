// Renders the status panel with its Metrics section for the README (docs/images/endpoint-metrics.png): the real page
// (status/html.ts) and charts (metrics/*) for a made-up endpoint and made-up CloudWatch data, VS Code's dark theme
// colours as CSS variables, headless Chromium. Run: node --import tsx scripts/metricsScreenshot.ts
import { chromium } from 'playwright-core';
import { renderMetricsSection, METRICS_SCRIPT, METRICS_STYLE } from '../client/src/metrics/metricsHtml';
import { planMetrics } from '../client/src/metrics/queries';
import { toVariantCharts, type MetricResult } from '../client/src/metrics/series';
import { renderStatusHtml } from '../client/src/status/html';

const NOW = Date.UTC(2026, 0, 14, 15, 0, 0);
const plan = planMetrics('orders-prod', [{ name: 'AllTraffic', kind: 'instance', shadow: false }], '3h', NOW);
const results: MetricResult[] = plan.queries.map((q, i) => {
  const n = 180;
  const timestamps = Array.from({ length: n }, (_, k) => plan.start + k * 60_000);
  const wave = (k: number) => Math.sin(k / 14 + i) * 0.5 + 0.5;
  const value = (k: number): number => {
    switch (q.metricName) {
      case 'Invocations': return Math.round(900 + 400 * wave(k) + (k > 120 && k < 130 ? 700 : 0));
      case 'Invocation4XXErrors': return k % 37 === 0 ? 3 : 0;
      case 'Invocation5XXErrors': return k > 121 && k < 127 ? 6 : 0;
      case 'ModelLatency': return (q.stat === 'p99' ? 95_000 : 38_000) + 20_000 * wave(k) + (k > 120 && k < 130 ? 60_000 : 0);
      case 'OverheadLatency': return (q.stat === 'p99' ? 9_000 : 2_500) + 1_500 * wave(k);
      case 'CPUUtilization': return 55 + 30 * wave(k);
      case 'MemoryUtilization': return 61 + 2 * wave(k);
      case 'DiskUtilization': return 18.5;
      default: return Number.NaN;
    }
  };
  const keep = timestamps.map((t, k) => [t, value(k)] as const).filter(([, v]) => Number.isFinite(v));
  return { id: q.id, timestamps: keep.map(([t]) => t), values: keep.map(([, v]) => v), status: 'Complete' };
});
const section = renderMetricsSection({ range: '3h', loading: false, groups: toVariantCharts(plan, { results, truncated: false }), window: plan, shownRange: '3h', format: { timeZone: 'UTC', locale: 'en-GB' } });
const html = renderStatusHtml({
  view: {
    name: 'orders-prod', arn: 'arn:aws:sagemaker:us-east-1:123456789012:endpoint/orders-prod', region: 'us-east-1', status: 'InService', statusTone: 'ok',
    configName: 'orders-prod-config', creationTime: new Date(NOW - 86_400_000 * 3), lastModifiedTime: new Date(NOW - 3_600_000),
    variants: [{ name: 'AllTraffic', instanceType: 'ml.g5.xlarge', currentInstanceCount: 3, desiredInstanceCount: 3, currentWeight: 1, desiredWeight: 1, statuses: [] }],
    shadowVariants: [],
  },
  endpointName: 'orders-prod', loading: false, lastUpdated: new Date(NOW), now: new Date(NOW), credentials: 'dev (setting sagemakerTerraform.aws.profile)',
  nonce: 'c2NyZWVuc2hvdC1ub25jZS0x', cspSource: 'https://example.vscode-cdn.net', metrics: { html: section, style: METRICS_STYLE, script: METRICS_SCRIPT },
});
const DARK = `:root { --vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px; --vscode-editor-font-family: monospace; --vscode-foreground: #cccccc;
  --vscode-editor-background: #1f1f1f; --vscode-descriptionForeground: #9d9d9d; --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff;
  --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc; --vscode-panel-border: #2b2b2b; --vscode-editorWidget-border: #454545;
  --vscode-testing-iconPassed: #73c991; --vscode-charts-blue: #3794ff; --vscode-charts-orange: #d18616; --vscode-charts-green: #89d185; --vscode-charts-purple: #b180d7;
  --vscode-charts-foreground: #cccccc; --vscode-focusBorder: #0078d4; --vscode-editorWarning-foreground: #cca700; }`;

async function main(): Promise<void> {
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ bypassCSP: true, viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
// The page script runs as in the webview, with a stand-in for VS Code's messaging.
await page.setContent(html.replace('<head>', '<head><script>window.acquireVsCodeApi = () => ({ postMessage() {} });</script>'));
await page.addStyleTag({ content: DARK });
const metrics = page.locator('section.metrics');
await metrics.locator('rect.band').nth(25).hover();
console.log(`hover readout: ${await metrics.locator('.chart-readout').first().textContent()}`);
await page.screenshot({ path: 'docs/images/endpoint-metrics.png', fullPage: true });
await browser.close();
}

void main();
