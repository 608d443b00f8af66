import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { CodeAction, Diagnostic, FoldingRange, Location, LocationLink } from 'vscode-languageserver-types';
import { MAX_FILE_SIZE } from '../../server/src/analysis/workspace';
import { isLongFuzz } from '../support/fuzz';
import { LspClient, within } from './lspClient';

// Inputs built to stall or exhaust the server, sent to the built server over stdio. Each was slow or broken before
// its fix (the numbers in the comments are the old code's) and must now be answered well within a deadline; the
// deadlines are guards, not benchmarks. `npm run fuzz` (SAGEMAKER_FUZZ=long) sends larger versions.

const SCALE = isLongFuzz ? 10 : 1;
const DEADLINE = 10_000 * (isLongFuzz ? 2 : 1);

const ENDPOINT = 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "config"\n';

/** The server's peak resident memory in MB (Linux), for the test log. */
function peakRssMb(client: LspClient): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return text.slice(0, at).split('\n').length - 1;
}

describe('hostile inputs', () => {
  let client: LspClient;
  const scratch = mkdtempSync(join(tmpdir(), 'sm-hostile-'));
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    assert.equal(client.process.exitCode, null, `the server exited: ${client.stderr.join('')}`);
    await client.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  describe('regular expressions on long lines', () => {
    const size = 400_000 * SCALE;

    test('an unknown argument before a line of # in a file on disk: the workspace scan alone publishes it in time', async () => {
      // Was 76 s for 391 KB: the comment-stripping pattern of the removal fix was tried from every `#`.
      const folder = mkdtempSync(join(scratch, 'scan-'));
      const path = join(folder, 'main.tf');
      writeFileSync(path, `${ENDPOINT}  unknown_argument = 1 ${'#'.repeat(size)}\n}\n`);
      const scanner = await LspClient.start(folder);
      try {
        const diagnostics = await within(DEADLINE, scanner.waitForDiagnostics(LspClient.uri(path), () => true, DEADLINE), 'diagnostics of the scan');
        assert.deepEqual(diagnostics.map((d) => d.code), ['sagemaker/unknown-argument']);
      } finally {
        await scanner.stop();
      }
    });

    test('an unknown argument before a line of / in an open document: diagnostics and its removal fix in time', async () => {
      const uri = 'file:///hostile/slashes/main.tf';
      const text = `${ENDPOINT}  unknown_argument = 1 ${'/'.repeat(size)}\n}\n`;
      await client.open(uri, text);
      const diagnostics = await within(DEADLINE, client.waitForDiagnostics(uri, () => true, DEADLINE), 'diagnostics');
      assert.deepEqual(diagnostics.map((d) => d.code), ['sagemaker/unknown-argument']);
      const actions = await within(
        DEADLINE,
        client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } }),
        'code actions',
      );
      const remove = actions.find((a) => a.title === 'Remove "unknown_argument"');
      // The line holds nothing but the argument and a `//` comment, so the whole line goes.
      const change = remove?.edit?.documentChanges?.[0];
      assert.ok(change && 'edits' in change, JSON.stringify(actions));
      assert.deepEqual(change.edits[0].range, { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } });
      await client.close(uri);
    });

    for (const [name, separator] of [['U+2028', '\u2028'], ['a lone CR', '\r']] as const) {
      const half = size / 4;
      test(`completion after blanks, text and ${name} on a ${(2 * half).toLocaleString('en-US')}-character line is answered in time`, async () => {
        // Was 17 s: `\s*(.*)$` after `=` handed the blanks back one by one when the rest held a line separator.
        const text = `${ENDPOINT}  name =${' '.repeat(half)}${'y'.repeat(half)}${separator}`;
        const uri = `file:///hostile/completion-${encodeURIComponent(name)}/main.tf`;
        await client.open(uri, text);
        // LSP ends a line at a lone CR, so the cursor is then at the start of the next line; U+2028 ends none.
        const position = separator === '\r' ? { line: 3, character: 0 } : { line: 2, character: 8 + 2 * half + 1 };
        const items = await within(DEADLINE, client.completion(uri, position.line, position.character), 'completion');
        assert.deepEqual(items, []);
        await client.close(uri);
      });
    }
  });

  describe('bounded findings', () => {
    test('a file of many unknown arguments gets exactly 1,001 diagnostics, the last saying how many more there are', async (t: TestContext) => {
      // 15 MB of unknown arguments gave 1.1 million diagnostics and 3.2 GB of server memory.
      const count = isLongFuzz ? 1_100_000 : 50_000;
      let text = ENDPOINT;
      for (let i = 0; i < count; i++) text += `  u${i} = 1\n`;
      text += '}\n';
      const uri = 'file:///hostile/many-findings/main.tf';
      await client.open(uri, text);
      const diagnostics: Diagnostic[] = await within(60_000, client.waitForDiagnostics(uri, () => true, 60_000), 'diagnostics');
      t.diagnostic(`${(text.length / 1e6).toFixed(1)} MB, ${count} unknown arguments; server peak RSS ${peakRssMb(client)} MB`);
      assert.equal(diagnostics.length, 1001);
      assert.ok(diagnostics.slice(0, 1000).every((d, i) => d.code === 'sagemaker/unknown-argument' && d.range.start.line === 2 + i));
      const last = diagnostics[1000];
      assert.equal(last.code, 'sagemaker/too-many-problems');
      assert.equal(last.severity, 1);
      assert.equal(last.message, `${(count - 1000).toLocaleString('en-US')} more problems in this file are not shown (only the first 1,000 are listed); the first of them is here.`);
      assert.deepEqual(last.range, { start: { line: 1002, character: 2 }, end: { line: 1002, character: 2 + `u1000`.length } });
      await client.close(uri);
    });

    test('an open document over the size limit gets one diagnostic saying so, and no analysis', async () => {
      const uri = 'file:///hostile/too-large/main.tf';
      const text = `${ENDPOINT}  unknown = 1\n}\n`.padEnd(MAX_FILE_SIZE + 1, '#');
      await client.open(uri, text);
      const diagnostics = await within(60_000, client.waitForDiagnostics(uri, () => true, 60_000), 'diagnostics');
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity, d.message, d.range]),
        [
          [
            'sagemaker/file-too-large',
            2,
            'This file is too large to analyse (16.1 MiB; the limit is 16 MiB): it is not checked, and completion, hover and navigation are off in it.',
            { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          ],
        ],
      );
      assert.deepEqual(await within(DEADLINE, client.completion(uri, 2, 4), 'completion'), []);
      assert.equal(await within(DEADLINE, client.hover(uri, 0, 12), 'hover'), null);
      await client.close(uri);
    });

    test('a file on disk over the size limit gets the same diagnostic when its module is published', async () => {
      const folder = mkdtempSync(join(scratch, 'large-'));
      const large = join(folder, 'large.tf');
      writeFileSync(large, '#'.repeat(MAX_FILE_SIZE + 1));
      writeFileSync(join(folder, 'main.tf'), `${ENDPOINT}  unknown = 1\n}\n`);
      const scanner = await LspClient.start(folder);
      try {
        const diagnostics = await within(DEADLINE, scanner.waitForDiagnostics(LspClient.uri(large), () => true, DEADLINE), 'diagnostics of the large file');
        assert.deepEqual(diagnostics.map((d) => d.code), ['sagemaker/file-too-large']);
        const main = await within(DEADLINE, scanner.waitForDiagnostics(LspClient.uri(join(folder, 'main.tf')), () => true, DEADLINE), 'diagnostics');
        assert.deepEqual(main.map((d) => d.code), ['sagemaker/unknown-argument']);
      } finally {
        await scanner.stop();
      }
    });
  });

  test('a module of many endpoints with deployment sizes in instances is diagnosed in time', async () => {
    // Was 33 s for 20,000: each endpoint scanned every resource of the module for its configuration.
    const n = isLongFuzz ? 40_000 : 20_000;
    const canary = '  deployment_config {\n    blue_green_update_policy {\n      traffic_routing_configuration {\n        type                     = "CANARY"\n        wait_interval_in_seconds = 60\n        canary_size {\n          type  = "INSTANCE_COUNT"\n          value = 1\n        }\n      }\n    }\n  }\n';
    const endpoints = Array.from({ length: n }, (_, i) => `resource "aws_sagemaker_endpoint" "e${i}" {\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name\n${canary}}\n`).join('');
    const config = 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name             = "m"\n    instance_type          = "ml.m5.large"\n    initial_instance_count = 4\n  }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n';
    const uri = 'file:///hostile/endpoints/main.tf';
    await client.open(uri, endpoints + config);
    const diagnostics = await within(DEADLINE * 2, client.waitForDiagnostics(uri, () => true, DEADLINE * 2), 'diagnostics');
    // One variant of 4 instances: a canary of 1 is 25 %, within the limit, so only the KMS hint remains.
    assert.deepEqual(diagnostics.map((d) => d.code), ['sagemaker/missing-kms-key']);
    await client.close(uri);
  });

  test('a module of many configurations, each with its own endpoint, is diagnosed in time', async () => {
    // The module rules that pair endpoints with configurations (replacement order, guardrails, duplicate names) index
    // them once; a scan of every endpoint per configuration was quadratic.
    const n = isLongFuzz ? 20_000 : 10_000;
    const pairs = Array.from(
      { length: n },
      (_, i) =>
        `resource "aws_sagemaker_endpoint_configuration" "c${i}" {\n  name = "config-${i}"\n  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"\n  production_variants {\n    model_name             = "m"\n    instance_type          = "ml.m5.large"\n    initial_instance_count = 1\n  }\n}\n` +
        `resource "aws_sagemaker_endpoint" "e${i}" {\n  name = "endpoint-${i}"\n  endpoint_config_name = aws_sagemaker_endpoint_configuration.c${i}.name\n}\n`,
    ).join('');
    const uri = 'file:///hostile/pairs/main.tf';
    await client.open(uri, pairs);
    const diagnostics = await within(DEADLINE * 2, client.waitForDiagnostics(uri, () => true, DEADLINE * 2), 'diagnostics');
    // Every fixed name without create_before_destroy is used by its endpoint: one warning each (the list is capped).
    assert.ok(diagnostics.length > 100 && diagnostics.every((d) => d.code === 'sagemaker/replacement-order' || d.code === 'sagemaker/too-many-problems'), JSON.stringify(diagnostics[0]));
    await client.close(uri);
  });

  describe('deep expression trees', () => {
    // Before, references, definition and folding overflowed the stack: the guard answered, but with nothing.
    const depth = 200_000 * SCALE;
    const config =
      'resource "aws_sagemaker_endpoint_configuration" "x" {\n  production_variants {\n    model_name             = "m"\n    instance_type          = "ml.m5.large"\n    initial_instance_count = 1\n  }\n}\n\n';
    const text =
      config +
      'resource "aws_sagemaker_endpoint" "e" {\n' +
      '  endpoint_config_name = aws_sagemaker_endpoint_configuration.x.name\n' +
      '  tags = {\n' +
      `    sum   = ${'1 + '.repeat(depth)}aws_sagemaker_endpoint_configuration.x.name\n` +
      `    splat = aws_sagemaker_endpoint_configuration.x${'[*]'.repeat(depth)}.name\n` +
      '  }\n}\n';
    const uri = 'file:///hostile/deep/main.tf';
    const sumLine = lineOf(text, '    sum');
    const sumColumn = 12 + 4 * depth;

    before(async () => {
      await client.open(uri, text);
    });

    test('definition from the reference at the end of a long operator chain', async () => {
      const links = await within(
        DEADLINE,
        client.connection.sendRequest<LocationLink[] | Location[] | null>('textDocument/definition', { textDocument: { uri }, position: { line: sumLine, character: sumColumn + 40 } }),
        'definition',
      );
      assert.ok(links && links.length === 1, JSON.stringify(links));
      const target = 'targetRange' in links[0] ? links[0].targetSelectionRange : links[0].range;
      assert.deepEqual(target, { start: { line: 0, character: 0 }, end: { line: 0, character: 51 } });
    });

    test('references of the configuration include those inside the operator and splat chains', async () => {
      const locations = await within(
        DEADLINE,
        client.connection.sendRequest<Location[]>('textDocument/references', { textDocument: { uri }, position: { line: 0, character: 49 }, context: { includeDeclaration: false } }),
        'references',
      );
      assert.deepEqual(
        locations.map((l) => [l.range.start.line, l.range.start.character]),
        [
          [9, 25],
          [sumLine, sumColumn],
          [sumLine + 1, 12],
        ],
      );
    });

    test('folding ranges of the document', async () => {
      const ranges = await within(DEADLINE, client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } }), 'folding');
      assert.deepEqual(
        ranges.map((r) => [r.startLine, r.endLine]),
        [
          [0, 5],
          [1, 4],
          [8, 13],
          [10, 12],
        ],
      );
    });

    test('diagnostics of the document (only the replacement-order warning: the rest is right)', async () => {
      const diagnostics = await within(DEADLINE, client.waitForDiagnostics(uri, () => true, DEADLINE), 'diagnostics');
      // The configuration has a generated name and no create_before_destroy, and the endpoint uses it.
      assert.deepEqual(diagnostics.filter((d) => d.severity !== 3).map((d) => d.code), ['sagemaker/replacement-order']);
    });
  });

  test('folding of many heredocs between comment runs, and of many lists on one line, is answered in time', async () => {
    // Was 86 s for 20,000 heredocs (each compared with every line), and every list rescanned its line.
    const n = 20_000 * SCALE;
    const heredocs = Array.from({ length: n }, (_, i) => `  h${i} = <<EOF\n# in a heredoc\nEOF\n  # c\n  # d\n`).join('');
    const text = `locals {\n${heredocs}  l = [${'[1], '.repeat(n)}]\n}\n`;
    const uri = 'file:///hostile/heredocs/main.tf';
    await client.open(uri, text);
    const ranges = await within(DEADLINE * 2, client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } }), 'folding');
    assert.equal(ranges.length, 1 + 2 * n);
    await client.close(uri);
  });
});
