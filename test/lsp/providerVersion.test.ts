import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-types';
import { ProviderVersionOfDocument, type ProviderVersionResult } from '../../shared/protocol';
import { LspClient, positionOf, within } from './lspClient';

// The provider version in use, over stdio: the server registers a watcher for lock files, reads the module's
// .terraform.lock.hcl (else its required_providers), judges what that version lacks, says so in hover, leaves it out
// of completion, answers which version it uses, and follows lock and .tf changes the watcher reports.

const MAIN = `resource "aws_sagemaker_endpoint_configuration" "ic" {
  name_prefix        = "ic-"
  execution_role_arn = "arn:aws:iam::123456789012:role/ic"
  kms_key_arn        = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  production_variants {
    variant_name           = "AllTraffic"
    instance_type          = "ml.g5.xlarge"
    initial_instance_count = 1
  }

  lifecycle {
    create_before_destroy = true
  }
}
`;

const lock = (version: string) => `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "${version}"\n  constraints = ">= 5.0.0"\n}\n`;

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const versionCodes = (d: Diagnostic[]) => d.filter((x) => x.code === 'sagemaker/not-in-provider-version' || x.code === 'sagemaker/missing-required-argument');

test('a module is checked against the AWS provider version of its lock file, then of its constraints, and follows their changes', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'sm-provider-'));
  scratch.push(ws);
  writeFileSync(join(ws, 'main.tf'), MAIN);
  writeFileSync(join(ws, '.terraform.lock.hcl'), lock('5.100.0'));
  const client = await LspClient.start(ws, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  try {
    const main = LspClient.uri(join(ws, 'main.tf'));
    const lockUri = LspClient.uri(join(ws, '.terraform.lock.hcl'));
    const ask = () => within(10_000, client.connection.sendRequest<ProviderVersionResult>(ProviderVersionOfDocument, { textDocument: { uri: main } }), 'provider version');
    await client.open(main, MAIN);
    const first = await client.freshDiagnostics(main, (d) => versionCodes(d).length > 0);
    assert.deepEqual(versionCodes(first).map((d) => [d.range.start.line, d.message]), [
      [2, 'execution_role_arn needs AWS provider 6.21.0 or later; this module uses 5.100.0 (from .terraform.lock.hcl).'],
      [5, 'The argument "model_name" is required by AWS provider versions before 6.21.0; this module uses 5.100.0 (from .terraform.lock.hcl).'],
    ]);
    // One watcher glob for every file the server reads from disk, the lock file among them.
    const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => (r.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern));
    assert.deepEqual(watchers, ['**/{*.tf,*.tf.json,*.tfvars,*.tfvars.json,.terraform.lock.hcl,.sagemaker-terraform.json}']);
    assert.deepEqual(await ask(), { source: 'lock', version: '5.100.0', uri: lockUri });

    const hover = await client.hover(main, positionOf(MAIN, 'execution_role_arn').line, 4);
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /Since AWS provider 6\.21\.0\./);
    assert.match(markdown, /Not in the AWS provider version in use:\*\* needs 6\.21\.0 or later; this module uses 5\.100\.0/);

    const inBody = positionOf(MAIN, '  kms_key_arn');
    const labels = (await client.completion(main, inBody.line, 2)).map((i) => i.label);
    assert.ok(labels.includes('tags') && labels.includes('data_capture_config'), labels.join(','));
    assert.ok(labels.includes('async_inference_config'), 'async_inference_config (3.59.0) is offered');
    assert.ok(!labels.includes('region'), 'region (6.0.0) is not');

    // `terraform init -upgrade` moves the lock to 6.21.0: the errors go.
    writeFileSync(join(ws, '.terraform.lock.hcl'), lock('6.21.0'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: lockUri, type: 2 }] });
    await client.waitForDiagnostics(main, (d) => versionCodes(d).length === 0);
    assert.equal((await ask()).version, '6.21.0');

    // Without the lock, a constraint that excludes 6.21.0 brings the error back, naming the constraint and its file.
    unlinkSync(join(ws, '.terraform.lock.hcl'));
    const versions = join(ws, 'versions.tf');
    writeFileSync(versions, 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: lockUri, type: 3 }, { uri: LspClient.uri(versions), type: 1 }],
    });
    const again = await client.waitForDiagnostics(main, (d) => versionCodes(d).length === 2);
    assert.match(versionCodes(again)[0].message as string, /this module allows only "~> 5\.0" \(from required_providers in versions\.tf\)/);
    assert.deepEqual(await ask(), { source: 'constraint', version: '~> 5.0', uri: LspClient.uri(versions) });

    // Neither: today's behaviour, nothing judged by version.
    unlinkSync(versions);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: LspClient.uri(versions), type: 3 }] });
    await client.waitForDiagnostics(main, (d) => versionCodes(d).length === 0);
    assert.deepEqual(await ask(), { source: 'current' });
    assert.deepEqual(client.logs.filter((l) => l.type === 1), []);
  } finally {
    await client.stop();
  }
});

test('an untitled document and a hostile lock file are answered without a version and without a crash', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'sm-provider-'));
  scratch.push(ws);
  writeFileSync(join(ws, '.terraform.lock.hcl'), `provider "registry.terraform.io/hashicorp/aws" {\n  version = "${'9'.repeat(5000)}"\n${'{'.repeat(20000)}`);
  const client = await LspClient.start(ws);
  try {
    const main = LspClient.uri(join(ws, 'main.tf'));
    await client.open(main, MAIN);
    const diagnostics = await client.freshDiagnostics(main);
    assert.deepEqual(versionCodes(diagnostics), []);
    const ask = (uri: string) => within(10_000, client.connection.sendRequest<ProviderVersionResult>(ProviderVersionOfDocument, { textDocument: { uri } }), 'provider version');
    assert.deepEqual(await ask(main), { source: 'current' });
    assert.deepEqual(await ask('untitled:Untitled-1'), { source: 'current' });
    assert.deepEqual(client.logs.filter((l) => l.type === 1), []);
  } finally {
    await client.stop();
  }
});
