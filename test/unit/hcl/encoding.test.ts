// Line endings, byte order marks and comments: offsets must stay exact UTF-16 indices into the original string.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, type Attribute, type Block, type TemplateExpr } from '../../../server/src/hcl/index';
import { assertWellFormed, attribute, block, lineOf, parseOk, summaries, textOf } from './helpers';

describe('CRLF', () => {
  test('a CRLF file parses like its LF twin, with offsets into the CRLF text', () => {
    const lf = 'resource "a" "b" {\n  name = "x"\n  tags = {\n    k = "v"\n  }\n}\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const r = parseOk(crlf);
    const res = r.body.items[0] as Block;
    assert.equal(crlf[res.closeBrace as number], '}');
    const name = attribute(res.body, 'name');
    assert.equal(textOf(crlf, name), 'name = "x"');
    assert.equal(textOf(crlf, attribute(res.body, 'tags').value), '{\r\n    k = "v"\r\n  }');
  });

  test('errors in a CRLF file are on the right line', () => {
    const text = 'a = 1\r\nb = 2 c\r\n';
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Missing newline after argument']);
    assert.equal(lineOf(text, r.errors[0].start), 2);
  });

  test('an unterminated string in a CRLF file ends before the CR', () => {
    const text = 'a = "oops\r\nb = 2\r\n';
    const r = parse(text);
    const v = (r.body.items[0] as Attribute).value as TemplateExpr;
    assert.equal(textOf(text, v), '"oops');
    assert.equal(r.body.items.length, 2);
  });

  test('a carriage return alone is not a line break', () => {
    const r = parse('a = 1\rb = 2\n');
    assert.deepEqual(summaries(r), ['Invalid character', 'Missing newline after argument']);
  });
});

describe('byte order mark', () => {
  test('a BOM at the start is ignored; offsets still count it', () => {
    const text = '\uFEFFa = 1\n';
    const a = parseOk(text).body.items[0] as Attribute;
    assert.deepEqual([a.name.start, a.name.end], [1, 2]);
    assert.equal(parseOk(text).body.start, 0);
  });

  test('a second BOM is an error', () => {
    assert.deepEqual(summaries(parse('\uFEFF\uFEFFa = 1\n')), ['Invalid character', 'Argument or block definition required']);
  });
});

describe('comments', () => {
  test('all three kinds, anywhere a newline or space may be', () => {
    const text = [
      '# hash',
      '// slashes',
      '/* block */',
      'a = 1 # after',
      'b = 2 // after',
      'c = /* inside */ 3',
      '/* multi',
      '   line */',
      'd {',
      '  # inside a block',
      '  e = [ # in a list',
      '    1, // item',
      '    /* item */ 2',
      '  ]',
      '}',
      '# no newline at the end',
    ].join('\n');
    const r = parseOk(text);
    assertWellFormed(text, r);
    assert.deepEqual(r.body.items.map((i) => ('name' in i ? i.name.name : (i as Block).type.name)), ['a', 'b', 'c', 'd']);
  });

  test('a block comment spanning lines does not end an argument', () => {
    assert.deepEqual(summaries(parse('a = 1 /* x\n */ b = 2\n')), ['Missing newline after argument']);
  });

  test('comment characters inside strings and heredocs are text', () => {
    const text = 'a = "# not // a /* comment */"\nb = <<EOT\n# still text\nEOT\n';
    const body = parseOk(text).body;
    assert.equal(((attribute(body, 'a').value as TemplateExpr).parts[0] as { value: string }).value, '# not // a /* comment */');
    assert.equal(((attribute(body, 'b').value as TemplateExpr).parts[0] as { value: string }).value, '# still text\n');
  });

  test('an unterminated block comment', () => {
    assert.deepEqual(summaries(parse('a = /* never closed\n')), ['Invalid expression']);
  });
});

describe('unicode', () => {
  test('astral characters in strings, comments and names keep later offsets exact', () => {
    const text = '# 🚀 launch\nvariable "é" {\n  default = "😀${var.x}😀"\n}\noutput "o" { value = var.é }\n';
    const r = parseOk(text);
    const v = attribute(block(r.body, 'variable').body, 'default').value as TemplateExpr;
    assert.equal(textOf(text, v), '"😀${var.x}😀"');
    assert.deepEqual(v.parts.map((p) => textOf(text, p)), ['😀', '${var.x}', '😀']);
    const o = attribute(block(r.body, 'output').body, 'value');
    assert.equal(textOf(text, o.value), 'var.é');
  });
});
