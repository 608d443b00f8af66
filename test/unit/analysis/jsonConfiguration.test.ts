import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Attribute, Block, Body, Expression, Span } from '../../../server/src/hcl/ast';
import { parseJsonConfiguration } from '../../../server/src/analysis/jsonConfiguration';
import { ParsedFile } from '../../../server/src/analysis/parsedFile';
import { Workspace, type FileSystem } from '../../../server/src/analysis/workspace';
import { isIncomplete } from '../../../server/src/analysis/tree/blocks';

const slice = (text: string, span: Span) => text.slice(span.start, span.end);

function block(body: Body, type: string, index = 0): Block {
  const found = body.items.filter((i): i is Block => i.kind === 'Block' && i.type.name === type)[index];
  assert.ok(found, `block ${type}[${index}]`);
  return found;
}

function attribute(body: Body, name: string): Attribute {
  const found = body.items.find((i): i is Attribute => i.kind === 'Attribute' && i.name.name === name);
  assert.ok(found, `attribute ${name}`);
  return found;
}

test('resource.<type>.<name> is a resource block whose header is its name key; arguments span their keys and values', () => {
  const text = '{\n  "resource": {\n    "aws_sagemaker_endpoint": {\n      "e": {\n        "name": "x",\n        "tags": {"a": 1}\n      }\n    }\n  }\n}\n';
  const { body, errors } = parseJsonConfiguration(text);
  assert.deepEqual(errors, []);
  const resource = block(body, 'resource');
  assert.deepEqual(resource.labels.map((l) => l.value), ['aws_sagemaker_endpoint', 'e']);
  assert.deepEqual(resource.labels.map((l) => slice(text, l)), ['"aws_sagemaker_endpoint"', '"e"']);
  assert.equal(slice(text, resource.type), '"e"');
  assert.equal(text[resource.openBrace!], '{');
  assert.equal(text[resource.closeBrace!], '}');
  assert.ok(slice(text, resource).startsWith('"e": {'));
  const name = attribute(resource.body, 'name');
  assert.equal(slice(text, name.name), 'name');
  assert.equal(text[name.equals!], ':');
  assert.equal(slice(text, name.value), '"x"');
  assert.equal(slice(text, name), '"name": "x"');
  assert.equal(name.value.kind, 'Template');
  const tags = attribute(resource.body, 'tags').value;
  assert.equal(tags.kind, 'Object');
  // Keys of an object value are strings, values JSON values.
  assert.deepEqual(tags.kind === 'Object' && tags.items.map((i) => [i.key.kind, slice(text, i.key), i.value.kind]), [['Template', '"a"', 'Literal']]);
});

test('the schema tells nested blocks from arguments: an object is one block, an array of objects is one block each', () => {
  const text = JSON.stringify({
    resource: {
      aws_sagemaker_endpoint_configuration: {
        c: {
          production_variants: [{ variant_name: 'a' }, { variant_name: 'b' }],
          async_inference_config: { output_config: { s3_output_path: 's3://b/o' } },
          tags: { production_variants: 'a tag, not a block' },
        },
      },
    },
  });
  const { body, errors } = parseJsonConfiguration(text);
  assert.deepEqual(errors, []);
  const resource = block(body, 'resource');
  const variants = resource.body.items.filter((i): i is Block => i.kind === 'Block' && i.type.name === 'production_variants');
  assert.equal(variants.length, 2);
  assert.deepEqual(variants.map((v) => slice(text, v)), ['{"variant_name":"a"}', '{"variant_name":"b"}']);
  assert.equal(slice(text, variants[1].type), 'production_variants');
  const nested = block(block(resource.body, 'async_inference_config').body, 'output_config');
  assert.equal(slice(text, attribute(nested.body, 's3_output_path').value), '"s3://b/o"');
  assert.equal(attribute(resource.body, 'tags').value.kind, 'Object');
});

test('a dynamic block: its label is the generated block, content is read with that block schema, iterator names a variable', () => {
  const text = JSON.stringify({
    resource: {
      aws_sagemaker_endpoint_configuration: {
        c: { dynamic: { production_variants: { for_each: '${var.v}', iterator: 'pv', content: { variant_name: '${pv.key}' } } } },
      },
    },
  });
  const { body, errors } = parseJsonConfiguration(text);
  assert.deepEqual(errors, []);
  const dynamic = block(block(body, 'resource').body, 'dynamic');
  assert.deepEqual(dynamic.labels.map((l) => l.value), ['production_variants']);
  assert.equal(attribute(dynamic.body, 'iterator').value.kind, 'Variable');
  const content = block(dynamic.body, 'content');
  const value = attribute(content.body, 'variant_name').value;
  assert.equal(value.kind, 'Traversal');
  assert.equal(slice(text, value), 'pv.key');
});

test('"//" keys are comments in block bodies and label levels, and an array of label objects gives several blocks', () => {
  const text = JSON.stringify({
    '//': { metadata: { stackName: 's' } },
    resource: [
      { aws_sagemaker_endpoint: { '//': 'x', a: { '//': { path: 'p' }, name: 'a' } } },
      { aws_sagemaker_endpoint: { b: { name: 'b' } } },
    ],
  });
  const { body, errors } = parseJsonConfiguration(text);
  assert.deepEqual(errors, []);
  const resources = body.items.filter((i): i is Block => i.kind === 'Block');
  assert.deepEqual(resources.map((r) => r.labels.map((l) => l.value)), [['aws_sagemaker_endpoint', 'a'], ['aws_sagemaker_endpoint', 'b']]);
  assert.deepEqual(resources[0].body.items.map((i) => i.kind === 'Attribute' && i.name.name), ['name']);
});

test('strings are templates: literal text is decoded as JSON, "${…}" alone is its expression, escapes inside one are unknown', () => {
  const text = '{"locals": {"a": "x\\/y\\u00e9", "b": "${var.x}", "c": "p-${var.x}", "d": "${lookup(var.m, \\"k\\")}", "e": "$${not}", "f": -2.5, "g": null}}';
  const { body, errors } = parseJsonConfiguration(text);
  assert.deepEqual(errors, []);
  const locals = block(body, 'locals').body;
  const value = (name: string): Expression => attribute(locals, name).value;
  const a = value('a');
  assert.ok(a.kind === 'Template' && a.parts.length === 1 && a.parts[0].kind === 'TemplateLiteral' && a.parts[0].value === 'x/yé');
  const b = value('b');
  assert.equal(b.kind, 'Traversal');
  assert.equal(slice(text, b), 'var.x');
  const c = value('c');
  assert.ok(c.kind === 'Template' && c.parts.map((p) => p.kind).join() === 'TemplateLiteral,TemplateInterpolation');
  const d = value('d');
  assert.ok(d.kind === 'Template' && d.parts.length === 1 && d.parts[0].kind === 'TemplateInterpolation' && d.parts[0].expression.kind === 'Invalid');
  // `$${` is template syntax for a literal `${`: the HCL template parse keeps it literal.
  const e = value('e');
  assert.ok(e.kind === 'Template' && e.parts.every((p) => p.kind === 'TemplateLiteral'));
  // A template's spans point into the JSON text.
  const interpolation = c.kind === 'Template' ? c.parts[1] : undefined;
  assert.equal(interpolation && interpolation.kind === 'TemplateInterpolation' && slice(text, interpolation.expression), 'var.x');
  assert.deepEqual([value('f').kind, (value('f') as { value: unknown }).value], ['Literal', -2.5]);
  assert.deepEqual((value('g') as { value: unknown }).value, null);
});

test('what is not JSON is a syntax error at its place, and a body the parser recovered in is marked incomplete', () => {
  const notJson = '{"locals": {"a": var.x, b: 1}}';
  const result = parseJsonConfiguration(notJson);
  assert.deepEqual(result.errors.map((e) => slice(notJson, e)), ['var.x', 'b']);
  const locals = block(result.body, 'locals').body;
  assert.equal(attribute(locals, 'a').value.kind, 'Invalid');
  assert.deepEqual(locals.items.map((i) => i.kind === 'Attribute' && i.name.name), ['a']);

  const broken = '{"resource": {"aws_sagemaker_endpoint": {"e": {"name": "x", "endpoint_config_name": }}}}';
  const recovered = parseJsonConfiguration(broken);
  assert.ok(recovered.errors.length > 0);
  const resource = block(recovered.body, 'resource');
  assert.ok(resource.body.items.some((i) => i.kind === 'ErrorItem'), JSON.stringify(resource.body.items));
  assert.ok(isIncomplete(resource));
  const cut = '{"resource": {"aws_sagemaker_endpoint": {"e": {"name": "x", ]}}}';
  assert.equal(block(parseJsonConfiguration(cut).body, 'resource').closeBrace, undefined);
  // A string left open stops at the end of its line: the lines after it keep their structure.
  const open = '{"locals": {"a": "x,\n "b": 1}}';
  assert.ok(parseJsonConfiguration(open).errors.length > 0);

  assert.deepEqual(parseJsonConfiguration('[1]').errors.map((e) => e.message), ['A Terraform JSON configuration file holds one JSON object.']);
  assert.ok(parseJsonConfiguration('').errors.length > 0);
  assert.deepEqual(parseJsonConfiguration('{"locals": {"a": "\\q"}}').errors.map((e) => e.message), ['Not a valid JSON string.']);
  // A template's own syntax errors are reported where they are.
  const badTemplate = '{"locals": {"a": "${var.}"}}';
  assert.ok(parseJsonConfiguration(badTemplate).errors.every((e) => e.start >= badTemplate.indexOf('${')));
  assert.ok(parseJsonConfiguration(badTemplate).errors.length > 0);
});

test('a .tf.json ParsedFile declares its resources, variables and locals', () => {
  const text = JSON.stringify({
    variable: { size: { type: 'string', default: 'ml.m5.large' } },
    locals: { n: 1 },
    resource: { aws_sagemaker_model: { m: { count: 2, name: 'm' } }, aws_sagemaker_endpoint: { e: { name: 'e' } } },
  });
  const file = new ParsedFile('file:///m/main.tf.json', text, 1);
  assert.deepEqual(file.declarations.variables.map((v) => [v.name, v.default && slice(text, v.default.value)]), [['size', '"ml.m5.large"']]);
  assert.deepEqual(file.declarations.locals.map((l) => l.name), ['n']);
  assert.deepEqual(file.declarations.resources.map((r) => [r.type, r.name, r.repetition]), [['aws_sagemaker_model', 'm', 'count'], ['aws_sagemaker_endpoint', 'e', undefined]]);
  assert.deepEqual(file.resources.map((r) => r.name), ['e']);
  // The same text in a .tf file is HCL, where it is not a configuration.
  assert.deepEqual(new ParsedFile('file:///m/main.tf', text, 1).resources, []);
});

test('every prefix of a configuration converts without throwing, with spans inside the text', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/invalid/json-configuration/main.tf.json'), 'utf8');
  for (let end = 0; end <= text.length; end++) {
    const prefix = text.slice(0, end);
    const { body, errors } = parseJsonConfiguration(prefix);
    const spans: Span[] = [...errors];
    const visit = (b: Body) => {
      for (const item of b.items) {
        spans.push(item);
        if (item.kind === 'Block') visit(item.body);
      }
    };
    visit(body);
    for (const s of spans) assert.ok(0 <= s.start && s.start <= s.end && s.end <= prefix.length, `${end}: ${JSON.stringify(s)}`);
  }
});

test('a module folder that cannot be listed is incomplete until a file appears in it and it can be', () => {
  let listing: string[] | undefined;
  const fs: FileSystem = { listTfFiles: () => listing, readFile: () => undefined };
  const workspace = new Workspace(fs);
  workspace.openDocument('file:///m/main.tf', 'locals {\n  a = var.undeclared\n}\n', 1);
  assert.equal(workspace.scope('file:///m').complete, false);
  listing = [];
  workspace.diskChanged('file:///m/new.tf', false);
  assert.equal(workspace.scope('file:///m').complete, true);
  assert.ok(workspace.moduleFiles('file:///m').some((f) => f.uri === 'file:///m/main.tf'), 'the open document stays in its module');
});
