// What one status panel knows about its endpoint's metrics: the chosen range, the last answer as charts, or the
// problem that stopped it. It fetches after a status answer when the range or the variants changed, when a person
// asked (Refresh), or when the data is a minute old (CloudWatch publishes per minute), so a panel polling a
// transitional endpoint every few seconds does not ask CloudWatch every few seconds. Only the newest fetch renders.
import type { SageMakerGateway } from '../aws/index';
import type { EndpointView } from '../status/model';
import { toProblem, type StatusProblem } from '../status/problems';
import type { TimeFormat } from './format';
import { renderMetricsSection, METRICS_SCRIPT, METRICS_STYLE } from './metricsHtml';
import { DEFAULT_RANGE, planMetrics, variantTargets, type MetricsPlan, type MetricsRange } from './queries';
import { toVariantCharts, type VariantCharts } from './series';

/** Data younger than this is not fetched again unless asked. */
export const REFETCH_AFTER_MS = 60_000;

export interface PanelMetricsDependencies {
  now(): number;
  /** Called when what the section shows changed. */
  changed(): void;
  format?: TimeFormat;
}

/** What the page (status/html.ts) adds for the metrics: the section, its CSS and its script. */
export interface MetricsPart {
  html: string;
  style: string;
  script: string;
}

export class PanelMetrics {
  private range: MetricsRange = DEFAULT_RANGE;
  private loading = false;
  private plan?: MetricsPlan;
  private groups?: VariantCharts[];
  private problem?: StatusProblem;
  private omitted = 0;
  private fetched?: { key: string; at: number };
  private asked = false;
  private generation = 0;
  private available = false;
  /** The section's HTML as last rendered; the page is rebuilt at every status poll, the charts only when they change. */
  private html?: string;

  constructor(private readonly deps: PanelMetricsDependencies) {}

  get currentRange(): MetricsRange {
    return this.range;
  }

  /** A person chose a range: the next update fetches it. */
  setRange(range: MetricsRange): void {
    if (range === this.range) return;
    this.range = range;
    this.asked = true;
    this.html = undefined;
  }

  /** A person pressed Refresh: the next update fetches whatever the data's age. */
  invalidate(): void {
    this.asked = true;
  }

  /** After a status answer: fetches when due (see the file's comment). Never rejects. */
  async update(view: EndpointView, gateway: SageMakerGateway): Promise<void> {
    if (!gateway.getMetricData) return;
    this.available = true;
    const targets = variantTargets(view);
    const key = JSON.stringify([view.name, view.region, targets, this.range]);
    const now = this.deps.now();
    if (!this.asked && this.fetched?.key === key && now - this.fetched.at < REFETCH_AFTER_MS) return;
    this.asked = false;
    const generation = ++this.generation;
    const plan = planMetrics(view.name, targets, this.range, now);
    this.loading = true;
    this.html = undefined;
    this.deps.changed();
    try {
      const answer = await gateway.getMetricData(view.name, plan);
      if (generation !== this.generation) return;
      this.plan = plan;
      this.groups = toVariantCharts(plan, answer);
      this.omitted = Math.max(0, view.variants.length + view.shadowVariants.length - targets.length);
      this.problem = undefined;
      this.fetched = { key, at: now };
    } catch (error) {
      if (generation !== this.generation) return;
      this.problem = toProblem(error, { operation: 'GetMetricData', endpointName: view.name, region: view.region, service: { name: 'CloudWatch', iamPrefix: 'cloudwatch' } });
      // A failed fetch is tried again at the next status answer; the charts of the last good one stay, under the
      // problem. The gateway has logged the request and its outcome already.
      this.fetched = undefined;
    } finally {
      if (generation === this.generation) {
        this.loading = false;
        this.html = undefined;
        this.deps.changed();
      }
    }
  }

  /** The section for the page, once the gateway can fetch metrics; undefined before. */
  part(): MetricsPart | undefined {
    if (!this.available) return undefined;
    this.html ??= renderMetricsSection({
      range: this.range,
      loading: this.loading,
      groups: this.groups,
      window: this.plan ? { start: this.plan.start, end: this.plan.end, period: this.plan.period } : undefined,
      shownRange: this.plan?.range,
      problem: this.problem,
      omittedVariants: this.omitted,
      format: this.deps.format,
    });
    return { html: this.html, style: METRICS_STYLE, script: METRICS_SCRIPT };
  }
}
