// The progress section and the refreshing line as HTML: what they say, where, and that no AWS string adds markup.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { autoRefreshHtml } from '../../../../client/src/status/autoRefreshHtml';
import { renderStatusHtml } from '../../../../client/src/status/html';
import { toEndpointView } from '../../../../client/src/status/model';
import { toProgressView } from '../../../../client/src/status/progress';
import { bakingText, progressHtml, runningText } from '../../../../client/src/status/progressHtml';
import { endpointPayload, T0, updatingPayload } from '../../../support/fakeSageMaker';

type Json = Record<string, unknown>;
const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';
const NOW = new Date((T0 + 1200) * 1000);
const count = (text: string, needle: string) => text.split(needle).length - 1;
const page = (payload: Json, extra: Partial<Parameters<typeof renderStatusHtml>[0]> = {}) =>
  renderStatusHtml({ view: toEndpointView(payload as never, 'us-east-1'), endpointName: String(payload.EndpointName), loading: false, now: NOW, nonce: NONCE, cspSource: 'https://*.vscode-cdn.net', ...extra });
const section = (html: string) => {
  const start = html.indexOf('<section class="deploy-progress');
  return start < 0 ? '' : html.slice(start, html.indexOf('\n</section>', start) + 11);
};

describe('the progress section', () => {
  const html = page(updatingPayload('orders'));
  const progress = section(html);

  test('follows the status line, before the endpoint facts', () => {
    assert.ok(progress, 'a progress section');
    assert.ok(html.indexOf('class="status tone-progress"') < html.indexOf('<section class="deploy-progress'));
    assert.ok(html.indexOf('<section class="deploy-progress') < html.indexOf('<th scope="row">ARN</th>'));
    assert.match(progress, /^<section class="deploy-progress tone-progress" aria-label="Deployment progress">\n<h2>Blue\/green deployment, canary<\/h2>/);
  });

  test('now and next, the baking time, the steps with the current one marked', () => {
    assert.match(progress, /<p class="phase"><span class="phase-label">Now<\/span> Baking: the new fleet serves traffic while SageMaker watches 2 rollback alarms before going on\.<\/p>/);
    assert.match(progress, /<p class="phase"><span class="phase-label">Next<\/span> If no alarm goes off by the end of the bake, /);
    assert.match(progress, /<p class="baking">Baking on AllTraffic for 3 min 20 s of 10 min \(about 7 min left\)\.<\/p>/);
    assert.match(progress, /<li class="step step-done"><span class="step-mark" aria-hidden="true">✓<\/span> Provision the new fleet \(configuration orders-config-v2\) <span class="note">\(done\)<\/span><\/li>/);
    assert.match(progress, /<li class="step step-now" aria-current="step"><span class="step-mark" aria-hidden="true">▶<\/span> Bake for 10 min after each shift, watching 2 rollback alarms <span class="note">\(now\)<\/span><\/li>/);
    assert.match(progress, /<li class="step step-next">[^\n]*Terminate the old fleet after a further 5 min <span class="note">\(to come\)<\/span><\/li>/);
    assert.equal(count(progress, 'aria-current="step"'), 1);
  });

  test('the pending configuration, where it came from, when it started and how long it may run', () => {
    assert.match(progress, /<tr><th scope="row">To configuration<\/th><td><strong>orders-config-v2<\/strong><\/td><\/tr>/);
    assert.match(progress, /<tr><th scope="row">From configuration<\/th><td>orders-config<\/td><\/tr>/);
    assert.match(progress, /<tr><th scope="row">Started<\/th><td><time datetime="2023-11-14T22:25:00.000Z">/);
    assert.match(progress, /<tr><th scope="row">Running for<\/th><td>8 min 20 s of at most 2 h \(SageMaker stops the deployment after that\)<\/td><\/tr>/);
  });

  test('desired vs current per variant, the step in words with its baking time, the alarms', () => {
    assert.match(progress, /<tr><th scope="row">AllTraffic<\/th><td>new<\/td><td>2<\/td><td>1<\/td><td><ul class="variant-statuses"><li><span class="variant-status">Baking<\/span> <span class="note">baking: /);
    assert.match(progress, /<span class="message">Canary traffic is on the new fleet<\/span> <span class="note">since <time[^>]*>[^<]+<\/time> <span class="relative" data-time="\d+">\(3 minutes ago\)<\/span> \(3 min 20 s of 10 min\)<\/span>/);
    assert.match(progress, /<p class="alarms">Rollback alarms: <strong>orders-5xx<\/strong>, <strong>orders-p99-latency<\/strong>\. If one goes off during a deployment, SageMaker rolls the deployment back\.<\/p>/);
  });

  test('current → desired, shares and serverless changes in the variant table', () => {
    const inPlace = section(
      page(
        endpointPayload('ep', 'Updating', {
          ProductionVariants: [
            { VariantName: 'a', CurrentWeight: 1, DesiredWeight: 3, CurrentInstanceCount: 1, DesiredInstanceCount: 2 },
            { VariantName: 'b', CurrentWeight: 1, DesiredWeight: 1, CurrentServerlessConfig: { MemorySizeInMB: 1024, MaxConcurrency: 2 }, DesiredServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 2, ProvisionedConcurrency: 1 } },
          ],
        }),
      ),
    );
    assert.match(inPlace, /<th scope="row">a<\/th><td>current<\/td><td>1 <span class="desired">→ 2<\/span><\/td><td>1 <span class="desired">→ 3<\/span><br><span class="note">50% <span class="desired">→ 75%<\/span> of traffic<\/span><\/td><td><span class="note">—<\/span><\/td>/);
    assert.match(inPlace, /<th scope="row">b<\/th><td>current<\/td><td>Serverless 1024 MB, concurrency 2 <span class="desired">→ 2048 MB, concurrency 2 \(1 provisioned\)<\/span><\/td>/);
  });

  test('a failure: the alarm the reason names is marked, and the configuration it ran with is listed', () => {
    const failed = section(
      page(
        endpointPayload('ep', 'InService', {
          FailureReason: 'Rolled back: alarm ep-errors fired',
          LastDeploymentConfig: { RollingUpdatePolicy: { MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 }, WaitIntervalInSeconds: 60 }, AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ep-latency' }, { AlarmName: 'ep-errors' }] } },
        }),
      ),
    );
    assert.match(failed, /^<section class="deploy-progress tone-error"/);
    assert.match(failed, /<h2>The last update failed<\/h2>/);
    assert.match(failed, /<strong>ep-latency<\/strong>, <strong>ep-errors<\/strong> <span class="named">\(named in the failure reason\)<\/span>\./);
    assert.match(failed, /<h3>Deployment configuration it ran with<\/h3><ul class="policy"><li>Rolling update in batches of 1 instance<\/li><li>Wait between batches: 1 min<\/li><li>Auto-rollback on alarms: ep-latency, ep-errors<\/li><\/ul>/);
    assert.doesNotMatch(failed, /<ol class="steps">/);
  });

  test('none for a healthy endpoint; the page keeps one nonce’d <style> and <script>', () => {
    assert.equal(section(page(endpointPayload('ep', 'InService'))), '');
    assert.equal(count(html, '<style'), 1);
    assert.equal(count(html, '<script'), 1);
    assert.match(html, /\.deploy-progress \{/, 'its rules are in the page’s style block');
    assert.doesNotMatch(html, /<[^>]+\sstyle\s*=/i);
  });
});

describe('phrases', () => {
  test('baking time: left, past the wait, no wait reported, no start time', () => {
    assert.equal(bakingText({ variant: 'v', elapsedSeconds: 30, bakingSeconds: 90 }), 'Baking on v for 30 s of 1 min 30 s (about 1 min left).');
    assert.equal(bakingText({ variant: 'v', elapsedSeconds: 100, bakingSeconds: 600 }), 'Baking on v for 1 min 40 s of 10 min (about 9 min left).');
    assert.equal(bakingText({ variant: 'v', elapsedSeconds: 700, bakingSeconds: 600 }), 'Baking on v for 11 min 40 s, past the 10 min configured: the next step should start soon.');
    assert.equal(bakingText({ variant: 'v', elapsedSeconds: 120 }), 'Baking on v for 2 min so far (no baking period is reported).');
    assert.equal(bakingText({ variant: 'v', bakingSeconds: 300 }), 'Baking on v: the bake lasts 5 min.');
    assert.equal(bakingText({ variant: 'v' }), 'Baking on v.');
  });

  test('running time against the timeout', () => {
    assert.equal(runningText(65, 3600), '1 min 5 s of at most 1 h (SageMaker stops the deployment after that)');
    assert.equal(runningText(65, undefined), '1 min 5 s');
    assert.equal(runningText(undefined, 600), 'at most 10 min (SageMaker stops the deployment after that)');
    assert.equal(runningText(undefined, undefined), 'not reported');
  });
});

describe('the refreshing line', () => {
  const at = new Date(NOW.getTime() - 120_000);

  test('refreshing: every N seconds while the status is transitional', () => {
    assert.equal(autoRefreshHtml({ kind: 'refreshing', status: 'Updating' }, 10, 'Updating', NOW), '<p class="auto-refresh">Refreshing every 10 s while the endpoint is Updating.</p>');
  });

  test('stopped: when, and because the status settled or a refresh failed', () => {
    const settled = autoRefreshHtml({ kind: 'stopped', reason: 'settled', at, status: 'InService' }, undefined, 'InService', NOW);
    assert.match(settled, /^<p class="auto-refresh stopped" role="status" data-reason="settled">Stopped refreshing on its own at <time datetime="2023-11-14T22:31:20.000Z">[^<]+<\/time> <span class="relative" data-time="\d+">\(2 minutes ago\)<\/span>: the endpoint reached InService, which does not change by itself\. Press Refresh to check again\.<\/p>$/);
    const error = autoRefreshHtml({ kind: 'stopped', reason: 'error', at, problem: 'SageMaker is throttling requests' }, undefined, 'Updating', NOW);
    assert.match(error, /data-reason="error">Stopped refreshing on its own at <time[^>]*>[^<]+<\/time> <span[^>]*>\(2 minutes ago\)<\/span>: a refresh failed \(SageMaker is throttling requests\)\. Press Refresh to try again; /);
  });

  test('nothing before the panel has refreshed on its own', () => {
    assert.equal(autoRefreshHtml(undefined, undefined, 'InService', NOW), '');
    assert.equal(autoRefreshHtml({ kind: 'refreshing', status: 'Updating' }, undefined, 'Updating', NOW), '', 'hidden or in error: not claimed to refresh');
  });

  test('on the page: under the header, before a problem and the status', () => {
    const html = page(updatingPayload('ep'), {
      autoRefresh: { kind: 'stopped', reason: 'error', at, problem: 'SageMaker is throttling requests' },
      problem: { kind: 'throttled', title: 'SageMaker is throttling requests', detail: 'd', actions: ['retry'] },
    });
    assert.ok(html.indexOf('</header>') < html.indexOf('class="auto-refresh stopped"'));
    assert.ok(html.indexOf('class="auto-refresh stopped"') < html.indexOf('class="problem"'));
  });
});

describe('hostile strings', () => {
  const EVIL = `"'><script>alert(1)</script></style><img src=x onerror=alert(2)>&amp;`;
  /** An Updating endpoint and a failed one where every string SageMaker sends is `s(label)`. */
  const payloads = (s: (label: string) => string): Json[] => {
    const config = {
      BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: s('traffic'), WaitIntervalInSeconds: 60, CanarySize: { Type: s('unit'), Value: 2 } }, TerminationWaitInSeconds: 60 },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: s('alarm1') }, { AlarmName: s('alarm2') }] },
    };
    const variant = (prefix: string, status: string) => ({
      VariantName: s(`${prefix}variant`),
      InstanceType: s(`${prefix}type`),
      CurrentWeight: 1,
      DesiredWeight: 2,
      CurrentInstanceCount: 1,
      DesiredInstanceCount: 2,
      VariantStatus: [{ Status: status, StatusMessage: s(`${prefix}message`), StartTime: T0 + 1000 }, { Status: s(`${prefix}status`), StatusMessage: s(`${prefix}message2`) }],
    });
    const updating = updatingPayload(s('name'), {
      EndpointName: s('name'),
      EndpointConfigName: s('config'),
      ProductionVariants: [variant('live-', 'Updating'), variant('live2-', 'Deleting')],
      ShadowProductionVariants: [variant('shadow-', 'Creating')],
      PendingDeploymentSummary: { EndpointConfigName: s('pending'), StartTime: T0 + 700, ProductionVariants: [variant('new-', 'Baking')], ShadowProductionVariants: [variant('new-shadow-', 'ActivatingTraffic')] },
      LastDeploymentConfig: config,
    });
    const failed = endpointPayload(s('name'), 'UpdateRollbackFailed', { EndpointConfigName: s('config'), FailureReason: `${s('reason')} ${s('alarm1')}`, LastDeploymentConfig: config });
    return [updating, failed];
  };

  test('no AWS string adds a tag, an attribute or a quote to the page', () => {
    const safe = payloads((l) => `safe-${l}`).map((p) => page(p));
    const evil = payloads((l) => `${l}${EVIL}`).map((p) => page(p));
    evil.forEach((html, i) => {
      assert.ok(section(html), 'the progress section renders');
      for (const ch of ['<', '>', '"', "'"]) assert.equal(count(html, ch), count(safe[i]!, ch), `count of ${ch} in page ${i}`);
      assert.equal(count(html, '<script'), 1);
      assert.equal(count(html, '</style>'), 1);
      assert.ok(!html.includes('<img'));
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    });
    assert.ok(section(evil[0]!).includes('new-variant&quot;&#39;&gt;&lt;script&gt;'), 'the variant name is there, escaped');
    assert.ok(section(evil[1]!).includes('named in the failure reason'), 'the alarm in the reason is found');
  });

  test('the section alone escapes what it shows', () => {
    const view = toEndpointView(payloads((l) => `${l}${EVIL}`)[0] as never, 'us-east-1');
    const html = progressHtml(toProgressView(view, NOW)!, NOW);
    assert.ok(!html.includes('<img') && !html.includes('<script'));
  });
});
