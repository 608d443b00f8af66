// The formatter's rules one by one, each expectation checked by hand against `terraform fmt` 1.11.4 (the oracle test
// in test/oracle/terraformFmt.test.ts runs the real one over every fixture).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatTerraform } from '../../../server/src/format';

function fmt(lines: string[]): string | undefined {
  return formatTerraform(lines.join('\n') + '\n')?.replace(/\n$/, '');
}

describe('formatTerraform', () => {
  const cases: [string, string[], string[]][] = [
    ['indents two spaces per level and aligns = in a run of attribute lines',
      ['resource "a" "b" {', 'name="x"', '\tinstance_count   =  2', '    nested {', 'k = 1', '}', '}'],
      ['resource "a" "b" {', '  name           = "x"', '  instance_count = 2', '  nested {', '    k = 1', '  }', '}']],
    ['a multi-line value ends the run of aligned lines',
      ['locals {', '  ami = "x"', '  instance_type = "y"', '  tags = {', '    a = 1', '  }', '}'],
      ['locals {', '  ami           = "x"', '  instance_type = "y"', '  tags = {', '    a = 1', '  }', '}']],
    ['aligns trailing comments of consecutive lines',
      ['a = 1 # one', 'bbb = 22 # two'],
      ['a   = 1  # one', 'bbb = 22 # two']],
    ['spaces operators, commas, braces and for expressions; none inside brackets or around dots',
      ['x = {for k,v in m: k=>v }', 'y = {a=1, bb=2}', 'z = f( a , b...)', 'w = -x + 3 * -y', 'v = !var.x', 's = a[ 0 ][*].b'],
      ['x = { for k, v in m : k => v }', 'y = { a = 1, bb = 2 }', 'z = f(a, b...)', 'w = -x + 3 * -y', 'v = !var.x', 's = a[0][*].b']],
    ['unwraps an attribute value that is a single interpolation; keeps a real template',
      ['a = "${var.x}"', 'b = "p-${var.x}"', 'c = "${var.x}${var.y}"', 'd = { e = "${var.z}" }'],
      ['a = var.x', 'b = "p-${var.x}"', 'c = "${var.x}${var.y}"', 'd = { e = "${var.z}" }']],
    ['parenthesises an unwrapped interpolation that spans lines',
      ['a = "${var.x ?', '1 : 2}"', 'b = "${', '  var.y', '}"'],
      ['a = (var.x ?', '1 : 2)', 'b = var.y']],
    ['quotes block labels and writes their escapes canonically',
      ['resource aws_instance "\\u0078" {}'],
      ['resource "aws_instance" "x" {}']],
    ['modernises a variable\'s legacy type, only in a variable block',
      ['variable "a" {', '  type = "string"', '}', 'variable "b" {', '  type = list', '}', 'locals {', '  type = "string"', '}'],
      ['variable "a" {', '  type = string', '}', 'variable "b" {', '  type = list(any)', '}', 'locals {', '  type = "string"', '}']],
    ['keeps heredoc text, blank lines and comments as written; trims trailing spaces and blank-line indentation',
      ['x = <<EOT', '  keep   ', 'EOT', '  ', '', '# note   ', '/* c */ y = 1   '],
      ['x = <<EOT', '  keep   ', 'EOT', '', '', '# note   ', '/* c */ y = 1']],
    ['normalises spaces inside interpolations and directives',
      ['a = "x${ var.y }z%{ if true }t%{ endif }"'],
      ['a = "x${var.y}z%{if true}t%{endif}"']],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => assert.equal(fmt(input), expected.join('\n')));
  }

  test('refuses files terraform fmt refuses: syntax errors and a redefined argument', () => {
    assert.equal(fmt(['resource "a" "b" {', '  name = ']), undefined);
    assert.equal(fmt(['resource "a" "b" {', '  name = 1', '  name = 2', '}']), undefined);
  });

  test('drops a byte-order mark and keeps CRLF line ends', () => {
    assert.equal(formatTerraform('\ufeffa=1\r\nbb=2\r\n'), 'a  = 1\r\nbb = 2\r\n');
  });

  test('is idempotent', () => {
    const once = fmt(['resource "a" "b" {', 'x="${var.y}"', 'list=[', '1,', ']', '}'])!;
    assert.equal(fmt(once.split('\n')), once);
  });
});
