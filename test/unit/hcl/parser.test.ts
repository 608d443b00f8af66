import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, type Attribute, type Block } from '../../../server/src/hcl/index';
import { attribute, block, parseOk, summaries, textOf } from './helpers';

describe('bodies', () => {
  test('an empty file is an empty body', () => {
    const r = parseOk('');
    assert.deepEqual(r.body, { kind: 'Body', items: [], start: 0, end: 0 });
  });

  test('the top-level body spans the whole text', () => {
    const text = '\n\na = 1\n\n';
    const r = parseOk(text);
    assert.equal(r.body.start, 0);
    assert.equal(r.body.end, text.length);
  });

  test('attributes: name, equals offset, value, span', () => {
    const text = 'instance_type = "ml.m5.large"\n';
    const a = parseOk(text).body.items[0] as Attribute;
    assert.equal(a.kind, 'Attribute');
    assert.deepEqual(a.name, { kind: 'Identifier', name: 'instance_type', start: 0, end: 13 });
    assert.equal(a.equals, 14);
    assert.equal(textOf(text, a.value), '"ml.m5.large"');
    assert.equal(textOf(text, a), 'instance_type = "ml.m5.large"');
  });

  test('a file may end without a newline', () => {
    parseOk('a = 1');
    parseOk('a {}');
  });
});

describe('blocks', () => {
  test('resource block with quoted labels and nested blocks', () => {
    const text = [
      'resource "aws_sagemaker_endpoint_configuration" "x" {',
      '  name = "cfg"',
      '  production_variants {',
      '    variant_name = "primary"',
      '  }',
      '}',
      '',
    ].join('\n');
    const b = block(parseOk(text).body, 'resource');
    assert.deepEqual(
      b.labels.map((l) => [l.value, l.quoted, textOf(text, l)]),
      [
        ['aws_sagemaker_endpoint_configuration', true, '"aws_sagemaker_endpoint_configuration"'],
        ['x', true, '"x"'],
      ],
    );
    assert.equal(text[b.openBrace as number], '{');
    assert.equal(text[b.closeBrace as number], '}');
    assert.equal(b.end, (b.closeBrace as number) + 1);
    assert.equal(b.body.start, b.openBrace);
    assert.equal(b.body.end, b.end);
    const pv = block(b.body, 'production_variants');
    assert.equal(attribute(pv.body, 'variant_name').value.kind, 'Template');
  });

  test('identifier labels and escaped quoted labels', () => {
    const b = parseOk('a b "c\\"d" "\\u00e9" {}\n').body.items[0] as Block;
    assert.deepEqual(b.labels.map((l) => [l.value, l.quoted]), [['b', false], ['c"d', true], ['é', true]]);
  });

  test('one-line blocks hold one argument', () => {
    const text = 'lifecycle { create_before_destroy = true }\nempty {}\nspaced { }\n';
    const body = parseOk(text).body;
    assert.equal(body.items.length, 3);
    const lc = block(body, 'lifecycle');
    assert.equal(lc.body.items.length, 1);
    assert.equal(attribute(lc.body, 'create_before_destroy').value.kind, 'Literal');
    assert.equal(block(body, 'empty').body.items.length, 0);
  });

  test('repeated blocks, and an argument and block with the same name, are valid', () => {
    parseOk('a {}\na {}\nb = 1\nb {}\n');
  });

  test('a repeated argument is left to the analysis (hclsyntax calls it "Attribute redefined")', () => {
    const r = parseOk('a = 1\na = 2\n');
    assert.equal(r.body.items.length, 2);
  });
});

describe('the one-argument rule of one-line blocks', () => {
  test('two arguments separated by a comma: error, both kept', () => {
    const r = parse('a { b = 1, c = 2 }\n');
    assert.deepEqual(summaries(r), ['Invalid single-argument block definition']);
    assert.equal(r.errors[0].start, 9);
    const a = r.body.items[0] as Block;
    assert.deepEqual(a.body.items.map((i) => (i as Attribute).name.name), ['b', 'c']);
    assert.equal(a.closeBrace, 17);
  });

  test('an argument followed by a newline: error, the rest parses as a multi-line body', () => {
    const r = parse('a { b = 1\n  c = 2\n}\nd = 3\n');
    assert.deepEqual(summaries(r), ['Invalid single-argument block definition']);
    const a = r.body.items[0] as Block;
    assert.deepEqual(a.body.items.map((i) => (i as Attribute).name.name), ['b', 'c']);
    assert.equal(r.body.items.length, 2);
  });

  test('a nested block in a one-line block', () => {
    const r = parse('a { b {} }\n');
    assert.deepEqual(summaries(r), ['Argument definition required']);
    const a = r.body.items[0] as Block;
    assert.equal((a.body.items[0] as Block).type.name, 'b');
    assert.equal(a.closeBrace, 9);
  });

  test('junk after the argument', () => {
    assert.deepEqual(summaries(parse('a { b = 1 c }\n')), ['Invalid single-argument block definition']);
  });
});

describe('line structure', () => {
  test('an argument must end with a newline', () => {
    const r = parse('a = 1 b = 2\nc = 3\n');
    assert.deepEqual(summaries(r), ['Missing newline after argument']);
    assert.deepEqual([r.errors[0].start, r.errors[0].end], [6, 7]);
    assert.deepEqual(r.body.items.map((i) => (i as Attribute).name.name), ['a', 'c']);
  });

  test('a comma after an argument', () => {
    assert.deepEqual(summaries(parse('a = 1,\n')), ['Unexpected comma after argument']);
  });

  test('a block must end with a newline', () => {
    assert.deepEqual(summaries(parse('a {\n} b {\n}\n')), ['Missing newline after block definition']);
  });

  test('a block header must have its brace on the same line', () => {
    const r = parse('resource "a" "b"\n{\n}\n');
    assert.equal(summaries(r)[0], 'Invalid block definition');
    const b = r.body.items[0] as Block;
    assert.equal(b.kind, 'Block');
    assert.equal(b.openBrace, undefined);
    assert.deepEqual(b.labels.map((l) => l.value), ['a', 'b']);
  });

  test('"=" after block labels', () => {
    assert.deepEqual(summaries(parse('a "b" = 1\n')), ['Invalid block definition']);
  });

  test('quoted argument names', () => {
    const r = parse('"a" = 1\nb = 2\n');
    assert.deepEqual(summaries(r), ['Invalid argument name']);
    assert.equal(r.body.items[0].kind, 'ErrorItem');
    assert.equal((r.body.items[1] as Attribute).name.name, 'b');
  });
});
