import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { LspClient } from './lspClient';

// Ignore comments, checkov's skip, the quick fixes that write them, the project file and the severity setting, as an
// editor sees them over stdio.

/** No kms_key_arn (the KMS hint on the header) and a misspelt instance type (an error on its value). */
const BAD = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.larg"
    initial_instance_count = 1
  }
  lifecycle {
    create_before_destroy = true
  }
}
`;
const BROKEN = '{ "severity": { "missing-kms-key": "loud" }, "ignorePaths": [1], "extra": true }';
const codes = (d: Diagnostic[]) => d.map((x) => x.code).sort();
let n = 0;

describe('ignore comments', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  async function diagnose(text: string): Promise<Diagnostic[]> {
    const uri = `file:///suppress/m${n++}/main.tf`;
    await client.open(uri, text);
    return client.freshDiagnostics(uri);
  }

  test('without comments both findings are there', async () => {
    assert.deepEqual(codes(await diagnose(BAD)), ['sagemaker/invalid-enum-value', 'sagemaker/missing-kms-key']);
  });

  test('at the end of a line, and on the line above an argument, with or without the prefix', async () => {
    const eol = BAD.replace('"ml.m5.larg"', '"ml.m5.larg" # sagemaker-terraform:ignore sagemaker/invalid-enum-value -- reviewed');
    assert.deepEqual(codes(await diagnose(eol)), ['sagemaker/missing-kms-key']);
    const above = BAD.replace('    instance_type', '    // sagemaker-terraform:ignore invalid-enum-value\n    instance_type');
    assert.deepEqual(codes(await diagnose(above)), ['sagemaker/missing-kms-key']);
    // A comment on another line silences nothing there: it is reported unused, and the finding stays.
    const elsewhere = BAD.replace('    model_name', '    # sagemaker-terraform:ignore invalid-enum-value\n    model_name');
    assert.deepEqual(codes(await diagnose(elsewhere)), ['sagemaker/invalid-enum-value', 'sagemaker/missing-kms-key', 'sagemaker/unused-ignore']);
  });

  test('on the line above a block, for the whole block with its nested blocks', async () => {
    const text = `# sagemaker-terraform:ignore invalid-enum-value, missing-kms-key -- a sandbox\n${BAD}`;
    assert.deepEqual(await diagnose(text), []);
    const nested = BAD.replace('  production_variants {', '  # sagemaker-terraform:ignore invalid-enum-value\n  production_variants {');
    assert.deepEqual(codes(await diagnose(nested)), ['sagemaker/missing-kms-key']);
  });

  test('an ignore that matches nothing is an information finding on its code, whose fix removes it', async () => {
    const uri = `file:///suppress/m${n++}/main.tf`;
    const text = BAD.replace('  production_variants {', '  # sagemaker-terraform:ignore duplicate-name\n  production_variants {');
    await client.open(uri, text);
    const diagnostics = await client.freshDiagnostics(uri);
    const unused = diagnostics.find((d) => d.code === 'sagemaker/unused-ignore')!;
    assert.equal(unused.severity, 3);
    const line = text.split('\n')[unused.range.start.line];
    assert.equal(line.slice(unused.range.start.character, unused.range.end.character), 'duplicate-name');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unused.range, context: { diagnostics: [unused] } });
    assert.deepEqual(actions.map((a) => a.title), ['Remove the unused ignore comment']);
    const fixed = apply(uri, text, actions[0]);
    assert.equal(fixed, BAD);
  });

  test('an unknown code, or none, is a warning', async () => {
    const diagnostics = await diagnose(`# sagemaker-terraform:ignore missing-kms-kye\n${BAD}`);
    assert.deepEqual(codes(diagnostics), ['sagemaker/invalid-enum-value', 'sagemaker/missing-kms-key', 'sagemaker/unknown-ignore-code']);
    assert.equal(diagnostics.find((d) => d.code === 'sagemaker/unknown-ignore-code')!.severity, 2);
    assert.deepEqual(codes(await diagnose(`# sagemaker-terraform:ignore\n${BAD}`)), ['sagemaker/invalid-enum-value', 'sagemaker/missing-kms-key', 'sagemaker/unknown-ignore-code']);
  });

  test("checkov's CKV_AWS_98 skip silences the KMS hint anywhere in the resource, and is never reported unused", async () => {
    const inside = BAD.replace('  lifecycle {', '  #checkov:skip=CKV_AWS_98:keys live in another account\n  lifecycle {');
    assert.deepEqual(codes(await diagnose(inside)), ['sagemaker/invalid-enum-value']);
    assert.deepEqual(codes(await diagnose(`#checkov:skip=CKV_AWS_98\n${BAD}`)), ['sagemaker/invalid-enum-value']);
    const withKey = inside.replace('  production_variants {', '  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"\n  production_variants {');
    assert.deepEqual(codes(await diagnose(withKey)), ['sagemaker/invalid-enum-value']);
    // Another check's skip is checkov's alone.
    assert.deepEqual(codes(await diagnose(`#checkov:skip=CKV_AWS_20\n${BAD}`)), ['sagemaker/invalid-enum-value', 'sagemaker/missing-kms-key']);
  });

  test('comment markers inside strings and heredocs are not comments', async () => {
    const text = `${BAD}locals {\n  a = "# sagemaker-terraform:ignore missing-kms-key"\n  b = <<EOT\n# sagemaker-terraform:ignore invalid-enum-value\nEOT\n}\n`;
    assert.deepEqual(codes(await diagnose(text)), ['sagemaker/invalid-enum-value', 'sagemaker/missing-kms-key']);
  });
});

function apply(uri: string, text: string, action: CodeAction): string {
  const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 1, text), edits);
}

describe('quick fixes that write ignore comments', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(undefined, { textDocument: { publishDiagnostics: { dataSupport: true } } });
  });
  after(() => client.stop());

  async function fixWith(code: string, title: string): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///fixes/m${n++}/main.tf`;
    await client.open(uri, BAD);
    const diagnostic = (await client.freshDiagnostics(uri)).find((d) => d.code === code)!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
    const text = apply(uri, BAD, action);
    await client.change(uri, text);
    return { text, diagnostics: await client.freshDiagnostics(uri) };
  }

  test('"on this line" above an argument, indented as it; applying it silences the finding and nothing else', async () => {
    const { text, diagnostics } = await fixWith('sagemaker/invalid-enum-value', 'Ignore sagemaker/invalid-enum-value on this line');
    assert.match(text, /\n {4}# sagemaker-terraform:ignore sagemaker\/invalid-enum-value\n {4}instance_type/);
    assert.deepEqual(codes(diagnostics), ['sagemaker/missing-kms-key']);
  });

  test('"on this line" for a finding on a block header is an end-of-line comment', async () => {
    const { text, diagnostics } = await fixWith('sagemaker/missing-kms-key', 'Ignore sagemaker/missing-kms-key on this line');
    assert.ok(text.startsWith('resource "aws_sagemaker_endpoint_configuration" "c" { # sagemaker-terraform:ignore sagemaker/missing-kms-key\n'), text);
    assert.deepEqual(codes(diagnostics), ['sagemaker/invalid-enum-value']);
  });

  test('"in this block" above the innermost block', async () => {
    const { text, diagnostics } = await fixWith('sagemaker/invalid-enum-value', 'Ignore sagemaker/invalid-enum-value in this block');
    assert.match(text, /\n {2}# sagemaker-terraform:ignore sagemaker\/invalid-enum-value\n {2}production_variants \{/);
    assert.deepEqual(codes(diagnostics), ['sagemaker/missing-kms-key']);
    const top = await fixWith('sagemaker/missing-kms-key', 'Ignore sagemaker/missing-kms-key in this block');
    assert.ok(top.text.startsWith('# sagemaker-terraform:ignore sagemaker/missing-kms-key\nresource'));
    assert.deepEqual(codes(top.diagnostics), ['sagemaker/invalid-enum-value']);
  });
});

describe('the project file and the severity setting', () => {
  let root: string;
  let client: LspClient;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const uriOf = (path: string) => LspClient.uri(join(root, path));
  const levelOf = (d: Diagnostic[], code: string) => d.find((x) => x.code === code)?.severity;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sm-project-'));
    write('.sagemaker-terraform.json', JSON.stringify({ severity: { 'missing-kms-key': 'warning', 'sagemaker/invalid-enum-value': 'information' }, ignorePaths: ['legacy/**'] }));
    write('near/.sagemaker-terraform.json', JSON.stringify({ severity: { 'sagemaker/missing-kms-key': 'off' } }));
    write('far/main.tf', BAD);
    write('near/deeper/main.tf', BAD);
    write('legacy/old/main.tf', BAD);
    write('broken/.sagemaker-terraform.json', BROKEN);
    write('broken/main.tf', BAD);
    write('notjson/.sagemaker-terraform.json', '{ "severity": ');
    write('notjson/main.tf', BAD);
    client = await LspClient.start(root, { workspace: { configuration: true } });
  });
  after(() => client.stop());

  test('the nearest file up the tree wins; its levels apply, "off" drops the code', async () => {
    const far = await client.waitForDiagnostics(uriOf('far/main.tf'), (d) => d.length === 2);
    assert.equal(levelOf(far, 'sagemaker/missing-kms-key'), 2);
    assert.equal(levelOf(far, 'sagemaker/invalid-enum-value'), 3);
    const near = await client.waitForDiagnostics(uriOf('near/deeper/main.tf'), (d) => d.length > 0);
    assert.deepEqual(codes(near), ['sagemaker/invalid-enum-value'], 'near has no severity for it: the default');
    assert.equal(levelOf(near, 'sagemaker/invalid-enum-value'), 2, 'an unknown instance type is a warning by default');
  });

  test('ignorePaths leave files unchecked', async () => {
    await client.waitForDiagnostics(uriOf('far/main.tf'), (d) => d.length === 2);
    await client.open(uriOf('legacy/old/main.tf'), BAD);
    assert.deepEqual(await client.freshDiagnostics(uriOf('legacy/old/main.tf')), []);
  });

  test('entries of the wrong shape and bad JSON are diagnostics on the file; the defaults apply meanwhile', async () => {
    const shapes = await client.waitForDiagnostics(uriOf('broken/.sagemaker-terraform.json'), (d) => d.length === 3);
    assert.deepEqual(codes(shapes), Array(3).fill('sagemaker/invalid-project-settings'));
    // On the level, the path and the unknown key.
    assert.deepEqual(shapes.map((d) => d.range.start.character).sort((a, b) => a - b), ['"loud"', '1]', '"extra"'].map((s) => BROKEN.indexOf(s)));
    const json = await client.waitForDiagnostics(uriOf('notjson/.sagemaker-terraform.json'), (d) => d.length === 1);
    assert.equal(json[0].code, 'sagemaker/invalid-project-settings');
    assert.match(String(json[0].message), /^Not valid JSON/);
    const module = await client.waitForDiagnostics(uriOf('notjson/main.tf'), (d) => d.length === 2);
    assert.equal(levelOf(module, 'sagemaker/missing-kms-key'), 3);
  });

  test('a change to the file checks its modules again and republishes its own diagnostics', async () => {
    await client.waitForDiagnostics(uriOf('notjson/.sagemaker-terraform.json'), (d) => d.length === 1);
    write('notjson/.sagemaker-terraform.json', '{ "severity": { "invalid-enum-value": "off" } }');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('notjson/.sagemaker-terraform.json'), type: 2 }] });
    assert.deepEqual(await client.waitForDiagnostics(uriOf('notjson/.sagemaker-terraform.json'), (d) => d.length === 0), []);
    assert.deepEqual(codes(await client.waitForDiagnostics(uriOf('notjson/main.tf'), (d) => d.length === 1)), ['sagemaker/missing-kms-key']);
  });

  test('the severity setting wins over the project file, and over the older kmsHint switch', async () => {
    const uri = uriOf('far/main.tf');
    await client.waitForDiagnostics(uri, (d) => d.length === 2);
    client.settings['sagemakerTerraform.diagnostics'] = { severity: { 'missing-kms-key': 'error', 'no-such-code': 'off', 'invalid-enum-value': 'loud' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const raised = await client.waitForDiagnostics(uri, (d) => levelOf(d, 'sagemaker/missing-kms-key') === 1);
    assert.equal(levelOf(raised, 'sagemaker/invalid-enum-value'), 3, 'an entry that is no level is skipped: the project file applies');
    client.settings['sagemakerTerraform.diagnostics'] = { kmsHint: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => d.length === 1)), ['sagemaker/invalid-enum-value']);
    client.settings['sagemakerTerraform.diagnostics'] = { kmsHint: false, severity: { 'sagemaker/missing-kms-key': 'information' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const back = await client.waitForDiagnostics(uri, (d) => d.length === 2);
    assert.equal(levelOf(back, 'sagemaker/missing-kms-key'), 3);
    client.settings['sagemakerTerraform.diagnostics'] = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });
});
