// The packaging promises: client/src/aws bundles on its own (as client/out/aws.js will) and works when required from
// that bundle; the status modules that the extension bundle uses never pull in the AWS SDK; nothing here imports
// `vscode`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import type * as AwsModule from '../../../client/src/aws/index';
import { StatusProblemError } from '../../../client/src/status/problems';
import { guardNetwork, useAwsEnv, type AwsEnv, type NetworkGuard } from '../../support/awsEnv';
import { FakeSageMaker, endpointPayload } from '../../support/fakeSageMaker';

const ROOT = join(__dirname, '../../..');
const OWN_DIRS = ['client/src/aws', 'client/src/status', 'client/src/metrics'];
const scratch = mkdtempSync(join(tmpdir(), 'sm-bundle-'));
let fake: FakeSageMaker;
let guard: NetworkGuard;
let env: AwsEnv;

before(async () => {
  guard = guardNetwork();
  env = useAwsEnv();
  fake = await FakeSageMaker.start();
});
after(async () => {
  await fake.close();
  env.restore();
  guard.uninstall();
  rmSync(scratch, { recursive: true, force: true });
  assert.deepEqual(guard.blocked, []);
});

const common: esbuild.BuildOptions = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'silent', metafile: true, write: true };

test('client/src/aws/index.ts bundles alone and works from the bundle (errors are StatusProblemErrors across bundles)', async () => {
  const outfile = join(scratch, 'aws.js');
  const result = await esbuild.build({ ...common, entryPoints: [join(ROOT, 'client/src/aws/index.ts')], outfile, external: ['vscode'] });
  assert.deepEqual(result.errors, []);
  assert.ok(!Object.keys(result.metafile!.inputs).some((i) => /(^|\/)vscode(\/|$)/.test(i) && !i.includes('node_modules/@')), 'no vscode import');
  const aws = createRequire(__filename)(outfile) as typeof AwsModule;
  assert.equal(typeof aws.createGateway, 'function');
  fake.put(endpointPayload('bundled', 'SystemUpdating'));
  const gateway = aws.createGateway({ region: 'us-east-1', endpointUrl: fake.url, timeoutMs: 5000 });
  try {
    const view = await gateway.describeEndpoint('bundled');
    assert.equal(view.status, 'SystemUpdating');
    assert.equal(view.statusTone, 'progress');
    await assert.rejects(gateway.describeEndpoint('missing'), (error: unknown) => {
      assert.ok(error instanceof StatusProblemError, 'instanceof works across bundles');
      assert.equal(error.problem.kind, 'notFound');
      return true;
    });
  } finally {
    gateway.dispose();
  }
});

/** The modules of `dir` bundled together hold nothing from node_modules, so no SDK. */
async function assertBundlesWithoutSdk(dir: string, modules: string[]): Promise<void> {
  const outfile = join(scratch, `${modules[0]}.js`);
  const result = await esbuild.build({
    ...common,
    stdin: { contents: modules.map((m) => `export * from './${m}';`).join('\n'), resolveDir: join(ROOT, dir), loader: 'ts' },
    outfile,
  });
  const inputs = Object.keys(result.metafile!.inputs);
  assert.ok(inputs.length >= modules.length);
  assert.deepEqual(inputs.filter((i) => i.includes('node_modules')), []);
  assert.ok(!readFileSync(outfile, 'utf8').includes('@aws-sdk'));
}

test('the status modules (model, problems, html, poller) bundle without the AWS SDK', async () => {
  await assertBundlesWithoutSdk('client/src/status', ['model', 'problems', 'html', 'poller']);
});

test('the metrics modules (queries, series, charts, section, panel state) bundle without the AWS SDK', async () => {
  await assertBundlesWithoutSdk('client/src/metrics', ['catalog', 'queries', 'series', 'format', 'chartSvg', 'metricsHtml', 'panelMetrics']);
});

test('the built extension bundle holds neither SDK; the AWS bundle holds both', () => {
  const extension = readFileSync(join(ROOT, 'client/out/extension.js'), 'utf8');
  const aws = readFileSync(join(ROOT, 'client/out/aws.js'), 'utf8');
  for (const mark of ['GraniteServiceVersion20100801', 'SageMakerClient', 'x-amz-json']) assert.ok(!extension.includes(mark), `extension.js has ${mark}`);
  assert.ok(aws.includes('GraniteServiceVersion20100801'), 'CloudWatch is in aws.js');
  assert.ok(extension.includes('metricsRange'), 'the metrics panel code is in extension.js');
});

test('no file of the status core imports vscode; only client/src/aws imports the SDK, and status/ and metrics/ only as types', () => {
  for (const dir of OWN_DIRS) {
    for (const name of readdirSync(join(ROOT, dir))) {
      if (!name.endsWith('.ts')) continue;
      const file = join(ROOT, dir, name);
      const text = readFileSync(file, 'utf8');
      const where = relative(ROOT, file);
      assert.doesNotMatch(text, /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\)/, `${where} imports vscode`);
      if (dir !== 'client/src/aws') {
        for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+['"](@aws-sdk\/[^'"]+)['"]/gms)) {
          assert.ok(m[1], `${where} imports ${m[2]} at runtime`);
        }
      }
    }
  }
});
