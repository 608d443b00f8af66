import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_DEPTH, parse, pathAt, type Attribute, type Block, type ErrorItem, type TemplateExpr } from '../../../server/src/hcl/index';
import { assertWellFormed, attribute, block, lineOf, summaries, textOf } from './helpers';

describe('typing inside a resource', () => {
  const text = [
    'resource "aws_sagemaker_endpoint_configuration" "x" {',
    '  name = "cfg"',
    '',
    '  production_variants {',
    '    variant_name = "primary"',
    '    instance_t',
    '',
  ].join('\n');

  test('unclosed blocks keep the items after them until the end of the file', () => {
    const r = parse(text);
    assertWellFormed(text, r);
    const resource = block(r.body, 'resource');
    assert.equal(resource.closeBrace, undefined);
    assert.equal(resource.end, text.length);
    const pv = block(resource.body, 'production_variants');
    assert.equal(pv.closeBrace, undefined);
    assert.deepEqual(pv.body.items.map((i) => (i as Attribute).name.name), ['variant_name', 'instance_t']);
  });

  test('a name without "=" is an attribute without equals and with an invalid value', () => {
    const pv = block(block(parse(text).body, 'resource').body, 'production_variants');
    const a = attribute(pv.body, 'instance_t');
    assert.equal(a.equals, undefined);
    assert.equal(a.value.kind, 'Invalid');
    assert.equal(textOf(text, a), 'instance_t');
  });

  test('errors: the bare name, then each unclosed block at its brace', () => {
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Unclosed configuration block', 'Unclosed configuration block', 'Argument or block definition required']);
    assert.deepEqual(r.errors.map((e) => lineOf(text, e.start)), [1, 4, 6]);
  });

  test('the path at the cursor goes through the resource and production_variants', () => {
    const cursor = text.indexOf('instance_t') + 'instance_t'.length;
    const kinds = pathAt(parse(text).body, cursor).map((n) => ('kind' in n ? n.kind : 'ObjectItem'));
    assert.deepEqual(kinds, ['Body', 'Block', 'Body', 'Block', 'Body', 'Attribute', 'Identifier']);
    const path = pathAt(parse(text).body, cursor);
    assert.equal((path[3] as Block).type.name, 'production_variants');
  });

  test('"name = " with the cursor after the equals sign is inside the attribute', () => {
    const src = 'resource "aws_sagemaker_endpoint" "x" {\n  name = \n}\n';
    const r = parse(src);
    assert.deepEqual(summaries(r), ['Missing expression']);
    const cursor = src.indexOf('= ') + 2;
    const path = pathAt(r.body, cursor);
    const a = path.find((n) => 'kind' in n && n.kind === 'Attribute') as Attribute;
    assert.equal(a.name.name, 'name');
    assert.equal(a.value.kind, 'Invalid');
    assert.equal(block(r.body, 'resource').closeBrace, src.lastIndexOf('}'));
  });

  test('a reference being typed inside a string inside a block', () => {
    const src = 'resource "aws_sagemaker_endpoint" "x" {\n  endpoint_config_name = "${aws_sagemaker_endpoint_configuration.\n}\nb = 1\n';
    const r = parse(src);
    assertWellFormed(src, r);
    assert.deepEqual(summaries(r), ['Invalid attribute name']);
    const res = block(r.body, 'resource');
    assert.equal(res.closeBrace, src.indexOf('\n}') + 1, 'the "}" closes the block, not the interpolation');
    const value = attribute(res.body, 'endpoint_config_name').value as TemplateExpr;
    assert.equal(value.terminated, false);
    assert.equal(r.body.items.length, 2);
  });

  test('an unclosed object followed by a block: the block is not swallowed', () => {
    const src = 'resource "x" "y" {\n  tags = {\n    Name = "x"\n\n  production_variants {\n    variant_name = "a"\n  }\n}\n';
    const r = parse(src);
    assertWellFormed(src, r);
    assert.deepEqual(summaries(r), ['Unterminated object constructor expression']);
    const res = block(r.body, 'resource');
    assert.ok(res.closeBrace !== undefined);
    assert.equal(attribute(block(res.body, 'production_variants').body, 'variant_name').value.kind, 'Template');
  });

  test('an unclosed list followed by an argument', () => {
    const src = 'resource "x" "y" {\n  depends_on = [aws_sagemaker_model.a\n  name = "x"\n}\n';
    const r = parse(src);
    assert.deepEqual(summaries(r), ['Missing item separator']);
    assert.equal(lineOf(src, r.errors[0].start), 3);
    assert.deepEqual(block(r.body, 'resource').body.items.map((i) => (i as Attribute).name.name), ['depends_on', 'name']);
  });
});

describe('strings that do not end', () => {
  test('a quoted string ends at the end of its line; the next lines parse normally', () => {
    const text = 'resource "a" "b" {\n  name = "abc\n  endpoint_config_name = "cfg"\n}\n';
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Unterminated template string']);
    assert.deepEqual([r.errors[0].start, r.errors[0].end], [text.indexOf('"abc'), text.indexOf('"abc') + 4]);
    const res = block(r.body, 'resource');
    const name = attribute(res.body, 'name').value as TemplateExpr;
    assert.equal(name.terminated, false);
    assert.equal(textOf(text, name), '"abc');
    assert.equal((name.parts[0] as { value: string }).value, 'abc');
    assert.equal(attribute(res.body, 'endpoint_config_name').value.kind, 'Template');
    assert.ok(res.closeBrace !== undefined);
  });

  test('an unclosed interpolation does not swallow the next lines', () => {
    const text = 'name = "${var.x\nb = 2\n';
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Unclosed template interpolation sequence']);
    assert.deepEqual(r.body.items.map((i) => (i as Attribute).name.name), ['name', 'b']);
    assert.equal(lineOf(text, r.errors[0].start), 2, 'reported where HCL reports it');
  });

  test('an unterminated label', () => {
    const r = parse('resource "a\n  name = 1\n');
    assert.equal(summaries(r)[0], 'Unterminated string literal');
  });
});

describe('junk', () => {
  test('a stray closing brace and a garbage line become error items; structure around them survives', () => {
    const text = 'a = 1\n}\n!!! what\nb {\n  c = 2\n}\n';
    const r = parse(text);
    assertWellFormed(text, r);
    assert.deepEqual(summaries(r), ['Argument or block definition required', 'Argument or block definition required']);
    assert.deepEqual(r.body.items.map((i) => i.kind), ['Attribute', 'ErrorItem', 'ErrorItem', 'Block']);
    assert.equal(textOf(text, r.body.items[2] as ErrorItem), '!!! what');
    assert.equal(attribute(block(r.body, 'b').body, 'c').value.kind, 'Literal');
  });

  test('a broken argument inside a block does not end the block', () => {
    const text = 'x {\n  a = 1 2\n  b = 3\n}\ny = 4\n';
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Missing newline after argument']);
    assert.deepEqual(block(r.body, 'x').body.items.map((i) => (i as Attribute).name.name), ['a', 'b']);
    assert.equal(r.body.items.length, 2);
  });

  test('"}" right after an argument still closes the block', () => {
    const text = 'x {\n  a = 1 }\ny = 2\n';
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Missing newline after argument']);
    assert.ok(block(r.body, 'x').closeBrace !== undefined);
    assert.equal(r.body.items.length, 2);
  });

  test('an emoji before a value: offsets are UTF-16 code units', () => {
    const text = '# 🚀🚀\nname = "🎉" 😀 1\n';
    const r = parse(text);
    const a = r.body.items[0] as Attribute;
    assert.deepEqual([a.name.start, a.name.end], [7, 11]);
    assert.deepEqual([a.value.start, a.value.end], [14, 18]);
    assert.equal(textOf(text, a.value), '"🎉"');
    assert.deepEqual(r.errors.map((e) => [summaries({ body: r.body, errors: [e] })[0], e.start, e.end]), [
      ['Invalid character', 19, 21],
      ['Missing newline after argument', 19, 21],
    ]);
  });

  test('an emoji as a value', () => {
    const r = parse('a = 😀\n');
    assert.deepEqual(r.errors.map((e) => [e.start, e.end]), [[4, 6], [4, 6]]);
  });
});

describe('limits', () => {
  for (const [name, open] of [
    ['{', '{'],
    ['(', '('],
    ['[', '['],
    ['${', '"${'],
    ['!', '!'],
    ['-', '-'],
  ] as const) {
    test(`10,000 nested ${name} in an expression`, () => {
      const text = 'a = ' + open.repeat(10_000) + '\nb = 1\n';
      const r = parse(text);
      assertWellFormed(text, r);
      assert.ok(r.errors.some((e) => e.message.includes(`nesting deeper than ${MAX_DEPTH} levels`)));
      // Inside unclosed `{` the next line is an object attribute; anywhere else it is the next argument.
      if (name !== '{') assert.equal((r.body.items[r.body.items.length - 1] as Attribute).name.name, 'b');
    });
  }

  test('10,000 nested blocks', () => {
    const text = 'a {\n'.repeat(10_000) + '}\n'.repeat(10_000) + 'b = 1\n';
    const r = parse(text);
    assertWellFormed(text, r);
    assert.ok(r.errors.some((e) => e.message.includes('nesting deeper than')));
  });

  test('a long conditional chain', () => {
    const text = 'a = ' + 'x ? 1 : '.repeat(5_000) + '0\n';
    assertWellFormed(text, parse(text));
  });

  test('a long operator chain is no nesting at all', () => {
    const text = 'a = ' + '1 + '.repeat(50_000) + '1\n';
    assert.deepEqual(parse(text).errors, []);
  });

  test('10,000 unclosed blocks', () => {
    const text = 'a {\n'.repeat(10_000);
    const r = parse(text);
    assertWellFormed(text, r);
  });

  test('10 MB of configuration', () => {
    const unit = 'resource "aws_sagemaker_endpoint" "e" {\n  name = "x-${var.y}"\n  tags = { a = [1, 2] }\n}\n';
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const r = parse(text);
    assert.deepEqual(r.errors, []);
    assert.equal(r.body.items.length, Math.ceil(10_000_000 / unit.length));
  });

  test('10 MB of binary garbage', () => {
    let seed = 7;
    const chars: string[] = [];
    for (let i = 0; i < 10_000_000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      chars.push(String.fromCharCode(seed >>> 24));
    }
    const text = chars.join('');
    const r = parse(text);
    assertWellFormed(text, r);
    assert.ok(r.errors.length > 0);
  });

  test('lone surrogates, U+FFFD, NUL and other control characters', () => {
    for (const text of ['\uD800', 'a = "\uDC00"\n', '\uFFFD\uFFFD = 1', 'a = 1\u0000\n', '\u0001{\u0002}', 'x = "\uD83D"']) {
      assertWellFormed(text, parse(text));
    }
  });
});
