import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';
import { fuzzParameters } from '../support/fuzz';
import { FIXTURES, LspClient, within } from './lspClient';

// The server must answer every request, in bounded time, with ranges inside the document, whatever it is sent.

function validFixtureTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.tf')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(FIXTURES, 'valid'));
  return texts.length ? texts : [`resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name = "m"\n  }\n}\n`];
}

let lastText: string | undefined;
let lastLines: string[] = [];

/** The document's lines as LSP counts them (memoised: the 10 MB case checks hundreds of ranges). */
function lines(text: string): string[] {
  if (text !== lastText) {
    lastText = text;
    lastLines = text.split(/\r\n|\r|\n/);
  }
  return lastLines;
}

function inside(text: string, position: Position): boolean {
  const all = lines(text);
  return position.line >= 0 && position.line < all.length && position.character >= 0 && position.character <= all[position.line].length;
}

function assertRange(text: string, range: Range, what: string) {
  assert.ok(inside(text, range.start) && inside(text, range.end), `${what} range ${JSON.stringify(range)} outside the document`);
}

/**
 * Completion and hover at `position`, their ranges inside the document. With `expected`, an answer is required: a
 * hover over exactly that range, and completion items.
 */
async function probe(client: LspClient, uri: string, text: string, position: Position, expected?: Range) {
  const items = await within(10_000, client.completion(uri, position.line, position.character), 'completion');
  for (const item of items) if (item.textEdit && 'range' in item.textEdit) assertRange(text, item.textEdit.range, 'completion');
  const hover = await within(10_000, client.hover(uri, position.line, position.character), 'hover');
  if (hover?.range) assertRange(text, hover.range, 'hover');
  if (expected) {
    const at = JSON.stringify(position);
    assert.ok(hover, `no hover at ${at}`);
    assert.deepEqual(hover.range, expected, `hover range at ${at}`);
    assert.ok(items.length > 0, `no completion at ${at}`);
  }
}

const range = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });
/** The resource type label of `resource "aws_sagemaker_endpoint" …` on the first line, and `name` on the second. */
const TYPE_LABEL: [Position, Range] = [{ line: 0, character: 12 }, range(0, 9, 33)];
const NAME: [Position, Range] = [{ line: 1, character: 3 }, range(1, 2, 6)];

describe('robustness', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    assert.equal(client.process.exitCode, null, `the server exited: ${client.stderr.join('')}`);
    await client.stop();
  });

  /** Sends `text` as the new content, probes completion and hover at `probeAt` (0..1), and checks diagnostics. */
  async function check(uri: string, text: string, probeAt: number) {
    await client.change(uri, text);
    const all = lines(text);
    const line = Math.floor(probeAt * all.length) % all.length;
    await probe(client, uri, text, { line, character: Math.floor(probeAt * (all[line].length + 1)) });
    const diagnostics = await within(10_000, client.freshDiagnostics(uri), 'diagnostics');
    for (const d of diagnostics) assertRange(text, d.range, 'diagnostic');
  }

  test('random edits of valid fixtures: the server answers and every range lies inside the document', async () => {
    const texts = validFixtureTexts();
    const uri = 'file:///fuzz/edit/main.tf';
    await client.open(uri, texts[0]);
    const edit = fc.record({
      base: fc.nat({ max: texts.length - 1 }),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('{', '}', '"', '${', '<<EOF\n', '\n', '=', '[', '#', '/*', '\r\n', '🚀', '\u0000', '\uD800')),
      probeAt: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    await fc.assert(
      fc.asyncProperty(edit, async ({ base, at, cut, insert, probeAt }) => {
        const source = texts[base];
        const offset = Math.floor(at * source.length);
        await check(uri, source.slice(0, offset) + insert + source.slice(offset + cut), probeAt);
      }),
      fuzzParameters(20261122, 60),
    );
  });

  test('truncated fixtures (a file cut off anywhere, as while it is being written)', async () => {
    const texts = validFixtureTexts();
    const uri = 'file:///fuzz/truncated/main.tf';
    await client.open(uri, texts[0]);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: texts.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), async (base, at, probeAt) => {
        const source = texts[base];
        await check(uri, source.slice(0, Math.floor(at * source.length)), probeAt);
      }),
      fuzzParameters(20261123, 30),
    );
  });

  test('random bytes, read as UTF-8 (with replacement characters) and as Latin-1', async () => {
    const uri = 'file:///fuzz/bytes/main.tf';
    await client.open(uri, '');
    const utf8 = new TextDecoder('utf-8');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), async (bytes, asUtf8, probeAt) => {
        await check(uri, asUtf8 ? utf8.decode(bytes) : Buffer.from(bytes).toString('latin1'), probeAt);
      }),
      fuzzParameters(20261124, 20),
    );
  });

  // Each with the places where hover and completion must still answer (the parts of the text that are intact).
  const hostile: [string, () => string, [Position, Range][]][] = [
    ['10,000 nested braces', () => 'resource "aws_sagemaker_endpoint" "e" ' + '{'.repeat(10_000) + '}'.repeat(10_000), [TYPE_LABEL]],
    ['10,000 nested brackets in a value', () => 'resource "aws_sagemaker_endpoint" "e" {\n  name = ' + '['.repeat(10_000) + '\n}\n', [TYPE_LABEL, NAME]],
    ['an unterminated string', () => 'resource "aws_sagemaker_endpoint" "e" {\n  name = "abc\n  endpoint_config_name = "x"\n}\n', [TYPE_LABEL, NAME]],
    ['an unterminated heredoc', () => 'resource "aws_sagemaker_endpoint" "e" {\n  name = <<-EOT\n  abc\n', [TYPE_LABEL, NAME]],
    ['random binary', () => Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''), []],
    ['lone surrogates and replacement characters', () => 'resource "aws_sagemaker_endpoint" "\uD800" {\n  name = "\uFFFD\uDC00"\n}\n', [TYPE_LABEL, NAME]],
  ];
  for (const [name, make, answered] of hostile) {
    test(`${name}: diagnostics, completion and hover are answered`, async () => {
      const uri = `file:///fuzz/${encodeURIComponent(name)}/main.tf`;
      const text = make();
      await client.open(uri, text);
      const diagnostics = await within(20_000, client.waitForDiagnostics(uri, undefined, 20_000), 'diagnostics');
      for (const d of diagnostics) assertRange(text, d.range, 'diagnostic');
      const all = lines(text);
      await probe(client, uri, text, { line: all.length - 1, character: all[all.length - 1].length });
      await probe(client, uri, text, { line: 0, character: Math.min(5, all[0].length) });
      for (const [position, expected] of answered) await probe(client, uri, text, position, expected);
    });
  }

  test('a 10 MB file is analysed and requests are still answered', async () => {
    const unit = `resource "aws_sagemaker_endpoint_configuration" "c" {\n  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"\n  production_variants {\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n  }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n`;
    let text = '';
    for (let i = 0; text.length < 10 * 1024 * 1024; i++) text += unit.replace('"c"', `"c${i}"`);
    const uri = 'file:///fuzz/huge/main.tf';
    await client.open(uri, text);
    const diagnostics = await within(60_000, client.waitForDiagnostics(uri, undefined, 60_000), 'diagnostics of 10 MB');
    assert.deepEqual(diagnostics, []);
    await probe(client, uri, text, { line: 3, character: 20 });
    await probe(client, uri, text, { line: 3, character: 6 }, range(3, 4, 14)); // model_name
    await client.close(uri);
  });

  test('invalid UTF-8 on disk is read, not fatal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-utf8-'));
    writeFileSync(join(dir, 'bad.tf'), Buffer.concat([Buffer.from('resource "aws_sagemaker_endpoint" "e" {\n  name = "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"\n}\n')]));
    const scanner = await LspClient.start(dir);
    try {
      const diagnostics = await within(10_000, scanner.waitForDiagnostics(LspClient.uri(join(dir, 'bad.tf'))), 'diagnostics');
      assert.ok(diagnostics.some((d) => d.code === 'sagemaker/invalid-name'));
      assert.ok(diagnostics.some((d) => d.code === 'sagemaker/missing-required-argument'));
    } finally {
      await scanner.stop();
    }
  });

  test('edits racing each other: only the last version counts', async () => {
    const uri = 'file:///fuzz/race/main.tf';
    const good = 'resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "cfg"\n}\n';
    await client.open(uri, good);
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      await client.change(uri, good.replace('"cfg"', `"c_${i}"`));
      pending.push(client.completion(uri, 1, 5), client.hover(uri, 1, 5));
    }
    await client.change(uri, good);
    await within(10_000, Promise.all(pending), 'racing requests');
    assert.deepEqual(await within(10_000, client.freshDiagnostics(uri, (d) => d.length === 0), 'final diagnostics'), []);
  });
});
