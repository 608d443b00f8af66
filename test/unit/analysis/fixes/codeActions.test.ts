import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { codeActions } from '../../../../server/src/analysis/fixes/codeActions';
import { fileFindings, moduleFindings, toDiagnostic } from '../../../../server/src/analysis/diagnostics';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';

/** A file as a module of its own: the file and the scope it declares. */
const alone = (file: ParsedFile): [ParsedFile, ModuleScope] => [file, ModuleScope.of([file])];

// Every quick fix is applied and the result re-checked: the problem it fixes is gone and nothing new is an error.

function actionsFor(text: string, code: string, snippetSupport = false): { file: ParsedFile; actions: CodeAction[] } {
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  const findings = allFindings(file);
  const diagnostics = findings.filter((f) => f.code === code).map((f) => toDiagnostic(file, f));
  assert.ok(diagnostics.length > 0, `expected a ${code} diagnostic`);
  return { file, actions: codeActions(file, findings, diagnostics, snippetSupport) };
}

/** The file's own findings and the module rules' (the file being the whole module). */
function allFindings(file: ParsedFile) {
  const scope = ModuleScope.of([file]);
  return [...fileFindings(file, scope), ...(moduleFindings([file], scope).get(file.uri) ?? [])];
}

function apply(text: string, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(TextDocument.create('file:///m/main.tf', 'terraform', 1, text), change.edits as TextEdit[]);
}

function errorsOf(text: string): string[] {
  return fileFindings(...alone(new ParsedFile('file:///m/main.tf', text, 2))).filter((f) => f.severity === 'error').map((f) => `${f.code}: ${f.message}`);
}

const CONFIG = (inner: string, top = '') => `resource "aws_sagemaker_endpoint_configuration" "c" {${top}
  production_variants {
    model_name             = "m"
    initial_instance_count = 1
${inner}
  }
}
`;

test('did-you-mean renames an unknown argument (preferred) or removes it', () => {
  const text = CONFIG('    instance_type = "ml.m5.large"\n    volume_size_in_gbs = 10');
  const { actions } = actionsFor(text, 'sagemaker/unknown-argument');
  assert.deepEqual(actions.map((a) => a.title), ['Change to "volume_size_in_gb"', 'Remove "volume_size_in_gbs"']);
  assert.equal(actions[0].isPreferred, true);
  assert.deepEqual(errorsOf(apply(text, actions[0])), []);
  const removed = apply(text, actions[1]);
  assert.ok(!removed.includes('volume_size_in_gbs'));
  assert.deepEqual(errorsOf(removed), []);
});

test('an invalid enum value is replaced with the closest valid one', () => {
  const text = CONFIG('    instance_type = "ml.m5.large"\n    routing_config {\n      routing_strategy = "RANDON"\n    }');
  const { actions } = actionsFor(text, 'sagemaker/invalid-enum-value');
  assert.equal(actions[0].title, 'Change to "RANDOM"');
  assert.deepEqual(errorsOf(apply(text, actions[0])), []);
});

test('a misspelt argument whose right name is already set is removed, not renamed into a duplicate', () => {
  const text = CONFIG('    instance_type = "ml.m5.large"\n    instance_typ = "ml.m5.xlarge"');
  const { file, actions } = actionsFor(text, 'sagemaker/unknown-argument');
  assert.deepEqual(actions.map((a) => a.title), ['Remove "instance_typ"']);
  assert.equal(actions[0].isPreferred, true);
  assert.deepEqual(errorsOf(apply(text, actions[0])), []);
  const finding = fileFindings(file, ModuleScope.of([file])).find((f) => f.code === 'sagemaker/unknown-argument')!;
  assert.match(finding.message, /"instance_type" is already set in this block; remove this one\.$/);
});

test('an out-of-range number moves to its nearest bound', () => {
  for (const [value, bound] of [['0', '1'], ['900', '512']]) {
    const text = CONFIG(`    instance_type = "ml.m5.large"\n    volume_size_in_gb = ${value}`);
    const { actions } = actionsFor(text, 'sagemaker/value-out-of-range');
    assert.equal(actions[0].title, `Change to ${bound}`);
    assert.notEqual(actions[0].isPreferred, true, 'changes what is deployed: offered, not applied unasked');
    const fixed = apply(text, actions[0]);
    assert.match(fixed, new RegExp(`volume_size_in_gb = ${bound}\n`));
    assert.deepEqual(errorsOf(fixed), []);
  }
});

test('a serverless variant with instance settings: remove the setting, or remove serverless_config', () => {
  const text = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name    = "m"
    instance_type = "ml.m5.large"
    serverless_config {
      max_concurrency   = 1
      memory_size_in_mb = 2048
    }
  }
}
`;
  const { actions } = actionsFor(text, 'sagemaker/serverless-with-instance-settings');
  assert.deepEqual(actions.map((a) => a.title), ['Remove "instance_type"', 'Remove "serverless_config"']);
  const [keepServerless, keepInstance] = actions.map((a) => apply(text, a));
  assert.ok(!keepServerless.includes('instance_type') && keepServerless.includes('serverless_config'));
  assert.ok(!keepInstance.includes('serverless_config') && keepInstance.includes('instance_type'));
  assert.deepEqual(errorsOf(keepServerless), []);
});

test('an unsupported timeouts block is removed with its lines', () => {
  const text = `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "cfg"\n  timeouts {\n    create = "30m"\n  }\n}\n`;
  const { actions } = actionsFor(text, 'sagemaker/unsupported-block');
  const fixed = apply(text, actions[0]);
  assert.equal(fixed, `resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "cfg"\n}\n`);
  assert.deepEqual(errorsOf(fixed), []);
});

test('missing required arguments and blocks are inserted, valid as inserted, in plain text or as snippets', () => {
  const cases: [string, string][] = [
    ['resource "aws_sagemaker_endpoint" "e" {\n}\n', 'sagemaker/missing-required-argument'],
    ['resource "aws_sagemaker_endpoint" "e" {}\n', 'sagemaker/missing-required-argument'],
    ['resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n  deployment_config {\n    blue_green_update_policy {\n    }\n  }\n}\n', 'sagemaker/missing-required-block'],
    ['resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = "c"\n  deployment_config {\n    rolling_update_policy {\n    }\n  }\n}\n', 'sagemaker/missing-required-argument'],
    ['resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    model_name = "m"\n    instance_type = "ml.m5.large"\n    initial_instance_count = 1\n  }\n  data_capture_config {\n  }\n}\n', 'sagemaker/missing-required-argument'],
  ];
  for (const [text, code] of cases) {
    let current = text;
    // Apply one fix per round until nothing required is missing (a body may miss several things).
    for (let round = 0; round < 6; round++) {
      const missing = errorsOf(current).find((e) => e.startsWith('sagemaker/missing-required-'));
      if (!missing) break;
      current = apply(current, actionsFor(current, round === 0 ? code : missing.slice(0, missing.indexOf(':'))).actions[0]);
    }
    assert.deepEqual(errorsOf(current), [], `${text}\n=>\n${current}`);
  }
  const { actions } = actionsFor('resource "aws_sagemaker_endpoint" "e" {\n}\n', 'sagemaker/missing-required-argument', true);
  const edit = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits[0] as unknown as { snippet: { kind: string; value: string } };
  assert.equal(edit.snippet.kind, 'snippet');
  assert.match(edit.snippet.value, /endpoint_config_name = "\$\{1:name\}"/);
});

test('diagnostics from other sources get no actions', () => {
  const text = CONFIG('    instance_typ = "ml.m5.large"');
  const file = new ParsedFile('file:///m/main.tf', text, 1);
  const findings = fileFindings(file, ModuleScope.of([file]));
  const foreign = { ...toDiagnostic(file, findings[0]), source: 'terraform' };
  assert.deepEqual(codeActions(file, findings, [foreign], false), []);
});

test('a fixed configuration name switches to name_prefix with create_before_destroy', () => {
  const base = `resource "aws_sagemaker_endpoint_configuration" "c" {
  name        = "orders-config"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}
`;
  for (const text of [base, base.replace('  kms_key_arn', '  lifecycle {\n    prevent_destroy = false\n  }\n  kms_key_arn')]) {
    const { actions } = actionsFor(text, 'sagemaker/replacement-order');
    assert.equal(actions[0].title, 'Use name_prefix with create_before_destroy');
    const fixed = apply(text, actions[0]);
    assert.match(fixed, /name_prefix = "orders-config-"/);
    assert.match(fixed, /create_before_destroy = true/);
    assert.equal((fixed.match(/lifecycle \{/g) ?? []).length, 1);
    const after = allFindings(new ParsedFile('file:///m/main.tf', fixed, 2));
    assert.deepEqual(after.map((f) => f.code), [], fixed);
  }
});

// Two findings with the same code and range: an empty data_capture_config misses two required arguments, both
// reported on its header.
const TWO_MISSING = `resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    model_name             = "m"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
  data_capture_config {
    capture_options {
      capture_mode = "Input"
    }
  }
}
`;

/** The actions without the diagnostic each names, which differs in its data. */
const edits = (actions: CodeAction[]) => actions.map(({ diagnostics: _, ...rest }) => rest);

function missingArguments(withFixes: boolean) {
  const file = new ParsedFile('file:///m/main.tf', TWO_MISSING, 3);
  const findings = fileFindings(...alone(file));
  // As the server publishes them: data points at the finding's place in the file's list.
  const diagnostics = findings.filter((f) => f.code === 'sagemaker/missing-required-argument').map((f) => toDiagnostic(file, f, withFixes ? findings.indexOf(f) : undefined));
  assert.equal(diagnostics.length, 2);
  assert.deepEqual(diagnostics[0].range, diagnostics[1].range);
  return { file, findings, diagnostics };
}

test('two findings with the same code and range each get their own fixes, with or without data', () => {
  for (const withFixes of [false, true]) {
    const { file, findings, diagnostics } = missingArguments(withFixes);
    assert.equal(diagnostics[0].data !== undefined, withFixes);
    const titles = diagnostics.map((d) => codeActions(file, findings, [d], false).map((a) => a.title));
    assert.deepEqual(titles, [['Add the required argument "initial_sampling_percentage"'], ['Add the required argument "destination_s3_uri"']], `data: ${withFixes}`);
  }
});

test('data points at the finding, and the fixes are those of the server, even of findings alike in code, message and range', () => {
  const { file, findings, diagnostics } = missingArguments(true);
  const returned = JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[];
  assert.deepEqual(returned.map((d) => Object.keys(d.data as object).sort()), [['finding', 'version'], ['finding', 'version']]);
  assert.deepEqual(edits(codeActions(file, findings, returned, true)), edits(codeActions(file, findings, diagnostics.map((d) => ({ ...d, data: undefined })), true)));
  // Data carries no fix: without the findings there is nothing to offer.
  assert.deepEqual(codeActions(file, [], returned, true), []);
  // Two findings alike in all the client sees: only the place tells them apart.
  const [first] = findings.filter((f) => f.code === 'sagemaker/missing-required-argument');
  const twin = { ...first, fixes: [{ title: 'The twin fix', edits: [{ span: first.span, newText: '' }] }] };
  const twins = [...findings, twin];
  const twinDiagnostic = toDiagnostic(file, twin, twins.length - 1);
  assert.deepEqual({ ...twinDiagnostic, data: undefined }, { ...returned[0], data: undefined });
  assert.deepEqual(codeActions(file, twins, [twinDiagnostic], false).map((a) => a.title), ['The twin fix']);
  assert.deepEqual(codeActions(file, twins, [returned[0]], false).map((a) => a.title), ['Add the required argument "initial_sampling_percentage"']);
  // Data of another version of the document is not trusted: the findings of this one decide.
  const newer = new ParsedFile(file.uri, TWO_MISSING, 4);
  assert.deepEqual(codeActions(newer, [], returned, true), []);
  assert.equal(codeActions(newer, fileFindings(...alone(newer)), returned, true).length, 2);
});

test('data in another shape, or pointing at another finding, is ignored, never a crash', () => {
  const { file, findings, diagnostics } = missingArguments(true);
  const expected = edits(codeActions(file, findings, [{ ...diagnostics[0], data: undefined }], false));
  assert.equal(expected.length, 1);
  const good = diagnostics[0].data as { version: number; finding: number };
  // The other missing argument's finding: the same code and range, another message.
  const elsewhere = (diagnostics[1].data as { finding: number }).finding;
  const shapes: unknown[] = [
    null, 'x', 42, [], { version: 3 }, { version: '3', finding: good.finding }, { version: 3, finding: String(good.finding) },
    { version: 3, finding: -1 }, { version: 3, finding: 0.5 }, { version: 3, finding: 1e300 }, { version: 3, finding: findings.length },
    { version: 3, finding: elsewhere }, { version: 3, finding: { valueOf: () => good.finding } },
    // The old shape, fixes and all: what a client sends is never an edit.
    { version: 3, fixes: [{ title: 't', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }] }] },
  ];
  for (const data of shapes) assert.deepEqual(edits(codeActions(file, findings, [{ ...diagnostics[0], data }], false)), expected, JSON.stringify(data)?.slice(0, 80));
});

test('an insertion is offered with tab stops only to clients that take snippet edits', () => {
  const { file, findings, diagnostics } = missingArguments(true);
  const plain = codeActions(file, findings, [diagnostics[0]], false)[0].edit!.documentChanges![0] as TextDocumentEdit;
  assert.ok(!(plain.edits[0] as TextEdit).newText.includes('${'), (plain.edits[0] as TextEdit).newText);
  const snippet = codeActions(file, findings, [diagnostics[0]], true)[0].edit!.documentChanges![0] as TextDocumentEdit;
  assert.match((snippet.edits[0] as unknown as { snippet: { value: string } }).snippet.value, /\$\{1:0\}/);
});
