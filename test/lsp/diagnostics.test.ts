import assert from 'node:assert/strict';
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

const VALID = `resource "aws_sagemaker_endpoint_configuration" "c" {
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
  lifecycle {
    create_before_destroy = true
  }
}
`;

const codes = (d: Diagnostic[]) => d.map((x) => x.code).sort();

describe('diagnostics', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sm-diag-'));
    client = await LspClient.start(dir);
  });
  after(() => client.stop());

  test('each diagnostic has a precise range, severity, code, source and docs link', async () => {
    const uri = 'file:///diag/a/main.tf';
    await client.open(uri, VALID.replace('initial_instance_count = 1', 'initial_instance_count = "two"'));
    const [d] = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.equal(d.code, 'sagemaker/type-mismatch');
    assert.equal(d.source, 'sagemaker-terraform');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 5, character: 29 }, end: { line: 5, character: 34 } });
    assert.match(d.codeDescription!.href, /#initial_instance_count$/);
    assert.match(String(d.message), /"two" is not a number/);
  });

  test('the discontinued accelerator_type is tagged deprecated (struck through); other diagnostics are not tagged', async () => {
    const uri = 'file:///diag/deprecated/main.tf';
    await client.open(uri, VALID.replace('initial_instance_count = 1', 'initial_instance_count = 0\n    accelerator_type       = "ml.eia2.medium"'));
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    const byCode = new Map(diagnostics.map((d) => [d.code, d]));
    assert.deepEqual([...byCode.keys()].sort(), ['sagemaker/elastic-inference-discontinued', 'sagemaker/value-out-of-range']);
    assert.deepEqual(byCode.get('sagemaker/elastic-inference-discontinued')!.tags, [DiagnosticTag.Deprecated]);
    assert.equal(byCode.get('sagemaker/value-out-of-range')!.tags, undefined);
  });

  test('re-published as the user types: fixing the value clears it', async () => {
    const uri = 'file:///diag/b/main.tf';
    await client.open(uri, VALID.replace('ml.m5.large', 'ml.m5.large').replace('= 1', '= 0'));
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => d.length > 0)), ['sagemaker/value-out-of-range']);
    await client.change(uri, VALID);
    assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);
  });

  test('an emoji before a value does not shift the range (UTF-16 columns)', async () => {
    const uri = 'file:///diag/c/main.tf';
    const text = VALID.replace('initial_instance_count = 1', '/* 🚀🚀 */ initial_instance_count = 0');
    await client.open(uri, text);
    const [d] = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const line = text.split('\n')[d.range.start.line];
    assert.equal(d.range.start.character, line.indexOf('= 0') + 2);
    assert.equal(line.slice(d.range.start.character, d.range.end.character), '0');
  });

  test('syntax errors are reported and the rest of the file is still checked', async () => {
    const uri = 'file:///diag/d/main.tf';
    await client.open(uri, 'resource "aws_sagemaker_endpoint" "e" {\n  name = "unterminated\n  endpoint_config_name = "x_y"\n}\n');
    const d = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    assert.deepEqual(codes(d), ['sagemaker/invalid-name', 'sagemaker/syntax-error']);
  });

  test('duplicate resource addresses across files, including a file that is not open', async () => {
    const other = join(dir, 'a-first.tf');
    writeFileSync(other, VALID);
    const uri = LspClient.uri(join(dir, 'main.tf'));
    await client.open(uri, VALID);
    const d = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(codes(d), ['sagemaker/duplicate-resource']);
    assert.match(String(d[0].message), /a-first\.tf, line 1/);
    assert.deepEqual(client.diagnostics.get(LspClient.uri(other)) ?? [], []);
  });

  test('editing one open file re-publishes another file of the module', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'sm-diag-mod-'));
    const a = LspClient.uri(join(sub, 'a.tf'));
    const b = LspClient.uri(join(sub, 'b.tf'));
    await client.open(a, VALID);
    await client.open(b, VALID.replace('"c"', '"other"'));
    await client.waitForDiagnostics(b, (d) => d.length === 0);
    await client.change(a, VALID.replace('"c"', '"other"'));
    const d = await client.waitForDiagnostics(b, (d) => d.length > 0);
    assert.deepEqual(codes(d), ['sagemaker/duplicate-resource']);
  });

  test('the workspace scan publishes diagnostics for files nobody opened', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sm-scan-'));
    writeFileSync(join(root, 'bad.tf'), VALID.replace('"m"', '"m"\n    volume_size_in_gb = 9999'));
    const scanner = await LspClient.start(root);
    try {
      const d = await scanner.waitForDiagnostics(LspClient.uri(join(root, 'bad.tf')), (d) => d.length > 0);
      assert.deepEqual(codes(d), ['sagemaker/value-out-of-range']);
    } finally {
      await scanner.stop();
    }
  });

  test('watched file changes re-check the module', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sm-watch-'));
    const main = LspClient.uri(join(root, 'main.tf'));
    await client.open(main, VALID);
    await client.waitForDiagnostics(main, (d) => d.length === 0);
    writeFileSync(join(root, 'dup.tf'), VALID);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: LspClient.uri(join(root, 'dup.tf')), type: 1 }] });
    assert.deepEqual(codes(await client.waitForDiagnostics(main, (d) => d.length > 0)), ['sagemaker/duplicate-resource']);
    unlinkSync(join(root, 'dup.tf'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: LspClient.uri(join(root, 'dup.tf')), type: 3 }] });
    assert.deepEqual(await client.waitForDiagnostics(main, (d) => d.length === 0), []);
  });
});

describe('documents that are not files on disk', () => {
  test('an untitled document is its own module and its diagnostics clear when it closes', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'untitled:Untitled-1';
      await client.open(uri, VALID.replace('= 1', '= 0'));
      assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => d.length > 0)), ['sagemaker/value-out-of-range']);
      await client.close(uri);
      assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);
    } finally {
      await client.stop();
    }
  });
});

describe('settings', () => {
  test('the KMS hint is an information note that sagemakerTerraform.diagnostics.kmsHint turns off', async () => {
    const client = await LspClient.start(undefined, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } });
    try {
      const uri = 'file:///settings/main.tf';
      const noKms = VALID.replace(/\n  kms_key_arn = .*\n/, '\n');
      await client.open(uri, noKms);
      const hint = await client.waitForDiagnostics(uri, (d) => d.length > 0);
      assert.deepEqual(codes(hint), ['sagemaker/missing-kms-key']);
      assert.equal(hint[0].severity, 3);
      client.settings['sagemakerTerraform.diagnostics'] = { kmsHint: false };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.waitForDiagnostics(uri, (d) => d.length === 0), []);
    } finally {
      await client.stop();
    }
  });
});
