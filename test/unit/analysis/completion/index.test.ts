import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { complete, type CompletionOptions } from '../../../../server/src/analysis/completion';
import { MAX_FILE_SIZE, ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { INSTANCE_TYPE_VALUES } from '../../../../server/src/schema/enums';

// What completion offers at a cursor (`|`), item by item: the labels, their edits and the extras (tags, commands).

function itemsAt(source: string, options: CompletionOptions = {}, others: string[] = []): CompletionItem[] {
  const offset = source.indexOf('|');
  const file = new ParsedFile('file:///m/main.tf', source.slice(0, offset) + source.slice(offset + 1), 1);
  const module = [file, ...others.map((text, i) => new ParsedFile(`file:///m/other${i}.tf`, text, 1))];
  return complete(file, offset, module, options);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);
const byLabel = (items: CompletionItem[], label: string) => {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} among ${labels(items).join(', ')}`);
  return item;
};

const VARIANT = (inner: string) => `resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    ${inner}\n  }\n}\n`;

test('resource type labels: both resource types, quoted only when the quote is not typed yet', () => {
  const quoted = itemsAt('resource "aws_sage|');
  assert.deepEqual(labels(quoted), ['aws_sagemaker_endpoint', 'aws_sagemaker_endpoint_configuration']);
  assert.equal(edit(quoted[0]), 'aws_sagemaker_endpoint');
  assert.deepEqual(quoted[0].textEdit && 'range' in quoted[0].textEdit && quoted[0].textEdit.range, {
    start: { line: 0, character: 10 },
    end: { line: 0, character: 18 },
  });
  assert.equal(edit(itemsAt('resource aws|')[1]), '"aws_sagemaker_endpoint_configuration"');
});

test('at the top level: a resource snippet with its required arguments as tab stops', () => {
  const items = itemsAt('|');
  assert.deepEqual(labels(items), ['resource "aws_sagemaker_endpoint"', 'resource "aws_sagemaker_endpoint_configuration"']);
  assert.equal(items[0].insertTextFormat, InsertTextFormat.Snippet);
  assert.equal(items[0].kind, CompletionItemKind.Snippet);
  assert.equal(edit(items[0]), 'resource "aws_sagemaker_endpoint" "${1:name}" {\n\tendpoint_config_name = "${2:name}"\n}');
});

test('in a body: arguments not yet set and blocks, required first; read-only arguments never', () => {
  const items = itemsAt('resource "aws_sagemaker_endpoint" "e" {\n  name = "x"\n  |\n}\n');
  const names = labels(items);
  assert.ok(!names.includes('name'), 'an argument already set is not offered again');
  assert.ok(!names.includes('arn') && !names.includes('tags_all'), 'read-only arguments are not offered');
  assert.ok(names.includes('deployment_config') && names.includes('endpoint_config_name') && names.includes('count'));
  const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.equal(sorted[0].label, 'endpoint_config_name', 'the required argument sorts first');
  assert.equal(byLabel(items, 'count').kind, CompletionItemKind.Keyword, 'meta-arguments are keywords');
  assert.equal(byLabel(items, 'deployment_config').kind, CompletionItemKind.Module);
  assert.equal(edit(byLabel(items, 'endpoint_config_name')), 'endpoint_config_name = "${1:name}"');
});

test('a block that may appear once is not offered again; repeatable blocks are', () => {
  const once = labels(itemsAt('resource "aws_sagemaker_endpoint" "e" {\n  deployment_config {}\n  |\n}\n'));
  assert.ok(!once.includes('deployment_config'));
  const many = labels(itemsAt(VARIANT('').replace('  production_variants {\n    \n  }\n', '  production_variants {}\n  |\n')));
  assert.ok(many.includes('production_variants'));
});

test('the deprecated argument is tagged deprecated; others are not', () => {
  const items = itemsAt(VARIANT('|'));
  assert.deepEqual(byLabel(items, 'accelerator_type').tags, [CompletionItemTag.Deprecated]);
  assert.equal(byLabel(items, 'instance_type').tags, undefined);
});

test('deprecated arguments sort last among a variant\'s arguments, never first', () => {
  const sorted = [...itemsAt(VARIANT('|'))].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.equal(sorted[sorted.length - 1].label, 'accelerator_type');
  assert.ok(sorted.every((i) => !i.preselect));
});

test('instance types sort by family, then by size as capacity grows; values of other lists keep their order', () => {
  const sorted = (items: CompletionItem[]) => labels([...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)));
  const order = sorted(itemsAt(VARIANT('instance_type = |')));
  const m5 = order.filter((l) => String(l).startsWith('ml.m5.'));
  assert.deepEqual(m5, ['ml.m5.large', 'ml.m5.xlarge', 'ml.m5.2xlarge', 'ml.m5.4xlarge', 'ml.m5.12xlarge', 'ml.m5.24xlarge']);
  const families = order.map((l) => String(l).split('.')[1]);
  assert.deepEqual(families, [...families].sort(), 'families in order, each one together');
  const routing = itemsAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    routing_config {\n      routing_strategy = |\n    }\n  }\n}\n');
  assert.ok(routing.length > 1);
  assert.deepEqual(sorted(routing), labels(routing));
});

test('inserting an argument with a long value list (instance_type) asks the client to reopen the suggest list', () => {
  const items = itemsAt(VARIANT('|'), { retriggerCommand: 'editor.action.triggerSuggest' });
  const retriggered = items.filter((i) => i.command);
  assert.deepEqual(labels(retriggered), ['instance_type']);
  assert.deepEqual(retriggered[0].command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  assert.equal(edit(retriggered[0]), 'instance_type = "${1}"', 'the cursor lands inside the quotes, where the list opens');
  assert.deepEqual(itemsAt(VARIANT('|')).filter((i) => i.command), [], 'no command unless the client names one');
});

test('values of an enum: every instance type, quoted unless the quote is typed', () => {
  const bare = itemsAt(VARIANT('instance_type = |'));
  assert.deepEqual(new Set(labels(bare)), new Set(INSTANCE_TYPE_VALUES.map((v) => v.value)));
  assert.equal(edit(byLabel(bare, 'ml.m5.large')), '"ml.m5.large"');
  assert.equal(bare[0].kind, CompletionItemKind.EnumMember);
  const inString = itemsAt(VARIANT('instance_type = "ml.g5|'));
  assert.equal(inString.length, INSTANCE_TYPE_VALUES.length);
  const g5 = byLabel(inString, 'ml.g5.xlarge');
  assert.equal(edit(g5), 'ml.g5.xlarge');
  assert.deepEqual(g5.textEdit && 'range' in g5.textEdit && g5.textEdit.range, { start: { line: 2, character: 21 }, end: { line: 2, character: 26 } });
});

test('deprecated enum values are tagged and say why', () => {
  const items = itemsAt(VARIANT('accelerator_type = |'));
  assert.ok(items.length > 0);
  for (const item of items) {
    assert.deepEqual(item.tags, [CompletionItemTag.Deprecated], String(item.label));
    assert.equal(item.detail, 'deprecated');
    assert.match((item.documentation as { value: string }).value, /\*\*Deprecated:\*\* Elastic Inference has been discontinued/);
  }
});

test('booleans offer true and false; numbers offer nothing of their own', () => {
  const bool = itemsAt('resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n    enable_ssm_access = |\n  }\n}\n');
  assert.deepEqual(labels(bool), ['true', 'false']);
  assert.deepEqual(itemsAt(VARIANT('initial_instance_count = |')), []);
});

test('a reference argument offers the declared resources of the whole module, with an index when repeated', () => {
  const items = itemsAt('resource "aws_sagemaker_endpoint" "e" {\n  endpoint_config_name = |\n}\n', {}, [
    'resource "aws_sagemaker_endpoint_configuration" "one" {}\n',
    'resource "aws_sagemaker_endpoint_configuration" "many" {\n  count = 2\n}\nresource "aws_sagemaker_model" "m" {}\n',
  ]);
  assert.deepEqual(labels(items), ['aws_sagemaker_endpoint_configuration.one.name', 'aws_sagemaker_endpoint_configuration.many[0].name']);
  assert.equal(edit(items[1]), 'aws_sagemaker_endpoint_configuration.many[${1:0}].name');
  assert.equal(items[1].detail, 'aws_sagemaker_endpoint_configuration declared in other1.tf');
});

test('accepting model_name, with models in the module, inserts the argument bare and reopens the list on their references', () => {
  const model = ['resource "aws_sagemaker_model" "m" {}\n'];
  const item = byLabel(itemsAt(VARIANT('|'), { retriggerCommand: 'editor.action.triggerSuggest' }, model), 'model_name');
  assert.equal(edit(item), 'model_name = ${1}');
  assert.deepEqual(item.command, { title: 'Suggest', command: 'editor.action.triggerSuggest' });
  assert.equal(edit(byLabel(itemsAt(VARIANT('|'), {}, model), 'model_name')), 'model_name = ${1:aws_sagemaker_model.m.name}', 'no command: the first reference as placeholder');
  const endpoint = itemsAt('resource "aws_sagemaker_endpoint" "e" {\n  |\n}\n', { retriggerCommand: 'editor.action.triggerSuggest' }, ['resource "aws_sagemaker_endpoint_configuration" "c" {}\n']);
  assert.equal(edit(byLabel(endpoint, 'endpoint_config_name')), 'endpoint_config_name = ${1}');
  assert.equal(edit(byLabel(itemsAt(VARIANT('|')), 'model_name')), 'model_name = "${1:name}"', 'no model declared: a name is typed');
});

test('the very end of an unclosed block is inside it', () => {
  const source = 'resource "aws_sagemaker_endpoint" "e" {\n  |';
  const items = itemsAt(source);
  assert.ok(labels(items).includes('endpoint_config_name'), labels(items).join(', '));
  assert.ok(!labels(items).some((l) => String(l).startsWith('resource ')), 'not offered a new resource');
});

test('nothing outside our resources, in a value being computed, or in a file too large to analyse', () => {
  assert.deepEqual(itemsAt('resource "aws_s3_bucket" "b" {\n  |\n}\n'), []);
  assert.deepEqual(itemsAt(VARIANT('instance_type = "${var.x}|')), []);
  const huge = new ParsedFile('file:///m/huge.tf', ' '.repeat(MAX_FILE_SIZE + 1), 1);
  assert.deepEqual(complete(huge, 0, [huge]), []);
});
