// The packaged extension used like a person would: the selected VS Code's workbench in headless chromium, the .vsix
// installed into a fresh extensions folder, the fixture module open, and only keys and the mouse. Each step keeps a
// screenshot. Run by ./run.mjs (Mocha); the steps depend on each other and run in order.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeSageMaker, fullPayload } from '../../support/fakeSageMaker.ts';
import { serveOrders } from '../../support/ordersDeclaration.ts';
import { ROOT, sleep } from '../../../scripts/e2e/env.mjs';
import { installVsix, launchBrowser, makeSandbox, startServer, workbenchUrl, writeUserSettings } from '../../../scripts/e2e/vscodeServer.mjs';

const MOD = 'Control';

/** Everything DescribeEndpoint can say about an endpoint at rest: variants, shadow, serverless, last deployment. */
function settledPayload(name) {
  const payload = fullPayload(name, 'InService');
  delete payload.FailureReason;
  delete payload.PendingDeploymentSummary;
  for (const variant of [...payload.ProductionVariants, ...payload.ShadowProductionVariants]) {
    variant.CurrentWeight = variant.DesiredWeight;
    if (variant.DesiredInstanceCount !== undefined) variant.CurrentInstanceCount = variant.DesiredInstanceCount;
    if (variant.DesiredServerlessConfig) variant.CurrentServerlessConfig = variant.DesiredServerlessConfig;
    variant.VariantStatus = [];
  }
  return payload;
}
const SKELETON = `resource "aws_sagemaker_endpoint_configuration" "typed" {
  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.orders.name
    initial_instance_count = 1
    
  }
}
`;

describe('the workbench, driven like a person', function () {
  this.timeout(60_000);
  /** @type {{ vsix: string, screenshots: string, cleanup?: () => Promise<void> }} */
  const options = globalThis.SAGEMAKER_E2E_UI;
  let fake;
  let sandbox;
  let server;
  let browser;
  let page;
  let workspace;

  const shot = async (name) => {
    mkdirSync(options.screenshots, { recursive: true });
    const file = join(options.screenshots, name);
    await page.screenshot({ path: file });
    console.log(`      screenshot ${file}`);
  };

  /** Retries an action until `check` passes (the language server may still be starting). */
  const until = async (what, action, check, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      try {
        await action();
        if (await check()) return;
      } catch (error) {
        last = error;
      }
      await sleep(500);
    }
    throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
  };

  // Found by role, which both versions give them: the editor takes keys through a textarea in 1.100 and a native
  // EditContext element in later versions, and the quick input's markup changed too.
  const quickInput = () => page.locator('.quick-input-widget').getByRole('textbox').filter({ visible: true }).first();
  const editorInput = () => page.locator('.editor-instance .monaco-editor').getByRole('textbox').first();

  const runCommand = async (title) => {
    await page.keyboard.press(`${MOD}+Shift+P`);
    const input = quickInput();
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
  };

  const openFile = async (name) => {
    await page.keyboard.press(`${MOD}+P`);
    const input = quickInput();
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ state: 'visible' });
    await editorInput().focus();
  };

  const goToLine = async (line) => {
    await page.keyboard.press(`${MOD}+G`);
    const input = quickInput();
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
  };

  const editorLines = () => page.locator('.editor-instance .view-lines .view-line').allInnerTexts();

  const cleanup = async () => {
    await browser?.context.close().catch(() => undefined);
    await server?.stop();
    await fake?.close();
    sandbox?.dispose();
    browser = server = fake = sandbox = undefined;
  };

  before(async function () {
    this.timeout(180_000);
    options.cleanup = cleanup;
    fake = await FakeSageMaker.start();
    fake.put(settledPayload('orders-prod'));
    sandbox = makeSandbox({ keep: process.env.SAGEMAKER_E2E_KEEP === '1' });
    workspace = join(sandbox.root, 'workspace');
    cpSync(join(ROOT, 'test', 'fixtures', 'e2e', 'module'), workspace, { recursive: true });
    // The file the person works in: a variant still missing its instance type (line 6 is empty and indented).
    writeFileSync(join(workspace, 'scratch.tf'), SKELETON);
    installVsix(sandbox, options.vsix);
    writeUserSettings(sandbox.userData, {
      'sagemakerTerraform.aws.endpointUrl': fake.url,
      'sagemakerTerraform.aws.region': 'us-east-1',
      'workbench.colorTheme': 'Default Dark Modern',
      'editor.fontSize': 14,
      'editor.minimap.enabled': false,
      'window.commandCenter': false,
      'workbench.layoutControl.enabled': false,
      'files.autoSave': 'off',
    });
    server = await startServer(sandbox);
    browser = await launchBrowser(sandbox, { viewport: { width: 1440, height: 900 } });
    page = browser.page;
    await page.goto(workbenchUrl(server, workspace), { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'main.tf' }).waitFor({ state: 'visible', timeout: 60_000 });
  });

  // What the window showed when a step failed, for the person reading the log (never into the screenshots folder).
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    const file = join(tmpdir(), `sagemaker-terraform-e2e-failure-${Date.now()}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    console.log(`      failure screenshot ${file}`);
  });

  after(async function () {
    this.timeout(30_000);
    await cleanup();
  });

  it('opens a .tf file with Control+P, in the Terraform language mode', async () => {
    await openFile('scratch.tf');
    await page.locator('[id="status.editor.mode"]', { hasText: 'Terraform' }).waitFor({ state: 'visible' });
  });

  it('completes the 277 instance types inside production_variants with Control+Space', async () => {
    await goToLine(6);
    await page.keyboard.type('instance_type = ', { delay: 20 });
    const rows = page.locator('.suggest-widget.visible .monaco-list-row');
    await until(
      'instance types in the suggest widget',
      async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press(`${MOD}+Space`);
        await rows.first().waitFor({ state: 'visible', timeout: 5_000 });
      },
      async () => (await rows.first().getAttribute('aria-label'))?.startsWith('ml.'),
    );
    const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.ok(labels.length > 5 && labels.every((l) => l.startsWith('ml.')), `instance types listed: ${labels.join(', ')}`);
    await page.keyboard.type('ml.g5.x', { delay: 40 });
    await page.locator('.suggest-widget.visible .monaco-list-row.focused[aria-label^="ml.g5.xlarge"]').waitFor({ state: 'visible' });
    // Control+Space again opens the item's details beside the list, as a person checking the choice would.
    await page.keyboard.press(`${MOD}+Space`);
    await page.locator('.suggest-details-container .suggest-details:not(.no-docs)').waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
    await shot('completion-instance-types.png');
    await page.keyboard.press('Enter');
    await until('the accepted instance type', async () => undefined, async () => (await editorLines()).some((l) => /instance_type = "ml\.g5\.xlarge"/.test(l.replace(/\u00a0/g, ' '))));
  });

  it('shows the argument docs when the mouse rests on instance_type', async () => {
    const word = page.locator('.editor-instance .view-line span span', { hasText: /^instance_type$/ }).first();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'instance_type' });
    await until(
      'the hover',
      async () => {
        await page.mouse.move(10, 10);
        await word.hover();
        await hover.waitFor({ state: 'visible', timeout: 5_000 });
      },
      async () => /277 values/.test(await hover.innerText()),
    );
    await shot('hover-instance-type.png');
    await page.mouse.move(10, 10);
  });

  it('lists the problems of the module, an unopened file included, with Control+Shift+M', async () => {
    await editorInput().focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('volume_size_in_gb = 9999', { delay: 20 });
    await page.keyboard.press(`${MOD}+Shift+M`);
    const rows = page.locator('.markers-panel .monaco-list-row');
    await until(
      'both errors in the Problems panel',
      async () => undefined,
      async () => {
        const text = (await rows.allInnerTexts()).join('\n');
        // "got 9999": the instance-storage finding names volume_size_in_gb as soon as its first digit is typed, so
        // only the out-of-range message says the whole value has been diagnosed.
        return /broken\.tf/.test(text) && /scratch\.tf/.test(text) && /volume_size_in_gb[^\n]*got 9999/.test(text) && /initial_instance_count/.test(text);
      },
    );
    // broken.tf's count, and for scratch.tf's ml.g5.xlarge both the out-of-range size and the size SageMaker rejects
    // on an instance type with local NVMe storage. The status bar item is drawn on its own, so it is read until it
    // agrees (a few seconds at most), then judged.
    let status = '';
    const statusSays = async () => /Errors: 3\b/.test((status = (await page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? ''));
    await until('the status bar count', async () => undefined, statusSays, 5_000).catch(() => undefined);
    assert.match(status, /Errors: 3\b/, `status bar problems item: ${status}; rows: ${(await rows.allInnerTexts()).join(' | ')}`);
    await shot('problems-panel.png');
    await page.keyboard.press(`${MOD}+Shift+M`);
  });

  it('runs "SageMaker: Show Endpoint Status" from the palette and shows InService in the panel', async () => {
    await openFile('main.tf');
    const lines = await editorLines();
    const line = lines.findIndex((l) => l.replace(/\u00a0/g, ' ').includes('name                 = "orders-prod"'));
    assert.ok(line >= 0, 'the orders endpoint is on screen');
    await goToLine(line + 1);
    await page.keyboard.press(`${MOD}+B`); // more room for the panel: hide the side bar
    await runCommand('SageMaker: Show Endpoint Status');
    const webview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await webview.getByText('InService').first().waitFor({ state: 'visible', timeout: 30_000 });
    for (const text of ['orders-prod', 'serverless-green', 'shadow-1']) {
      await webview.getByText(text).first().waitFor({ state: 'visible' });
    }
    await page.locator('.tab', { hasText: 'Endpoint: orders-prod (InService)' }).waitFor({ state: 'visible' });
    assert.ok(fake.requestsFor('DescribeEndpoint').some((r) => r.body?.EndpointName === 'orders-prod'));
    await sleep(500);
    await shot('endpoint-status-panel.png');
  });

  it('says in the panel where the live endpoint differs from the Terraform: ml.g5.xlarge × 3 live, ml.m5.large × 2 declared', async () => {
    serveOrders(fake);
    const webview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    await webview.locator('#refresh:not([disabled])').click();
    const section = webview.locator('section.drift');
    await section.locator('tr.differs', { hasText: 'ml.g5.xlarge' }).waitFor({ state: 'visible', timeout: 30_000 });
    await section.locator('tr.differs', { hasText: 'instance count' }).waitFor({ state: 'visible' });
    await section.scrollIntoViewIfNeeded();
    await page.mouse.move(10, 10);
    await sleep(500);
    await shot('status-drift.png');
    await editorInput().focus(); // out of the webview: the workbench's keys (Control+P) go to the workbench again
  });

  it('lists the endpoints with their statuses in the SageMaker Endpoints view, and the live ones not in Terraform', async () => {
    fake.put(settledPayload('legacy-batch'));
    await runCommand('Focus on SageMaker Endpoints View');
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'SageMaker Endpoints' }) });
    const row = (label, description) => pane.locator('.monaco-list-row', { hasText: label }).filter({ hasText: description }).first();
    await row('orders-prod', 'InService').waitFor({ state: 'visible', timeout: 30_000 });
    await row('ghost-endpoint', 'not deployed in us-east-1').waitFor({ state: 'visible' });
    await runCommand('SageMaker: Show Endpoints Not in Terraform');
    await row('Not in Terraform · us-east-1', '1 endpoint').waitFor({ state: 'visible', timeout: 30_000 });
    await row('legacy-batch', 'InService').waitFor({ state: 'visible' });
    // For the picture only: the file list folded away and a wider side bar, so the view's descriptions fit.
    const folders = page.locator('.pane-header', { has: page.locator('.title', { hasText: /^workspace$/i }) }).first();
    if ((await folders.getAttribute('aria-expanded').catch(() => null)) === 'true') await folders.click().catch(() => undefined);
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar) {
      const y = sidebar.y + sidebar.height / 2;
      await page.mouse.move(sidebar.x + sidebar.width + 1, y);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + sidebar.width + 140, y, { steps: 8 });
      await page.mouse.up();
    }
    await page.mouse.move(10, 10);
    await sleep(500);
    await shot('endpoints-view.png');
    await page.keyboard.press(`${MOD}+B`); // the side bar hidden again, as the steps after expect
  });

  it('says in its own words that the region is wrong when a repository puts a command link in the region setting', async function () {
    this.timeout(90_000);
    // The attack: a (trusted) repository's .vscode/settings.json sets the region to a command link. VS Code renders
    // `[label](command:…)` in a notification as a link that runs the command; ours must show neither link nor text.
    const label = 'Open a terminal PWNED';
    mkdirSync(join(workspace, '.vscode'), { recursive: true });
    writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'sagemakerTerraform.aws.region': `[${label}](command:workbench.action.terminal.new)` }, null, 2)}\n`);
    await openFile('model.tf'); // no endpoint here: the command offers its pick and resolves the region first
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /region/i });
    // VS Code picks the changed settings file up within a moment; until then the pick simply lists the endpoints.
    await until(
      'the region notification',
      async () => {
        await page.keyboard.press('Escape');
        await runCommand('SageMaker: Show Endpoint Status');
        await toast.first().waitFor({ state: 'visible', timeout: 5_000 });
      },
      async () => (await toast.count()) > 0,
      60_000,
    );
    const toasts = page.locator('.notifications-toasts');
    const links = await toasts.locator('a[href^="command:"], [data-href^="command:"]').evaluateAll((as) => as.map((a) => `${a.textContent} -> ${a.getAttribute('href') ?? a.getAttribute('data-href')}`));
    assert.deepEqual(links, [], 'no command link in any notification');
    const messages = (await toasts.locator('.notification-list-item-message').allInnerTexts()).join('\n');
    assert.ok(!messages.includes('PWNED') && !messages.includes('command:'), `the attacker's text is shown: ${messages}`);
    assert.match(messages, /region in use is not an AWS region/, messages);
    const buttons = await toasts.locator('.notification-list-item .monaco-button').allInnerTexts();
    assert.ok(buttons.some((b) => /Show Logs/.test(b)), `buttons: ${buttons.join(', ')}`);
  });
});
