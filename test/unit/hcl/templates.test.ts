import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse, type TemplateExpr, type TemplatePart } from '../../../server/src/hcl/index';
import { summaries, textOf, valueOf } from './helpers';

function template(text: string): TemplateExpr {
  const v = valueOf(text);
  assert.equal(v.kind, 'Template');
  return v as TemplateExpr;
}

/** Parts as short strings: literal values verbatim, `${…}` and `%{keyword}` markers. */
function parts(t: TemplateExpr): string[] {
  return t.parts.map((p: TemplatePart) =>
    p.kind === 'TemplateLiteral' ? p.value : p.kind === 'TemplateInterpolation' ? '${}' : `%{${p.keyword}}`,
  );
}

/** The decoded value of a template that has no interpolations or directives. */
function literal(text: string): string {
  const t = template(text);
  assert.equal(t.parts.length, 1);
  assert.equal(t.parts[0].kind, 'TemplateLiteral');
  return (t.parts[0] as { value: string }).value;
}

describe('quoted strings', () => {
  test('a plain string is a template with one literal part', () => {
    const text = 'a = "ml.m5.large"\n';
    const t = template(text);
    assert.deepEqual(t, {
      kind: 'Template',
      parts: [{ kind: 'TemplateLiteral', value: 'ml.m5.large', start: 5, end: 16 }],
      terminated: true,
      start: 4,
      end: 17,
    });
  });

  test('the empty string has one empty literal', () => {
    assert.deepEqual(template('a = ""\n').parts, [{ kind: 'TemplateLiteral', value: '', start: 5, end: 5 }]);
  });

  test('escapes', () => {
    assert.equal(literal('a = "a\\nb\\tc\\rd"\n'), 'a\nb\tc\rd');
    assert.equal(literal('a = "say \\"hi\\" \\\\ back"\n'), 'say "hi" \\ back');
    assert.equal(literal('a = "caf\\u00e9"\n'), 'café');
    assert.equal(literal('a = "\\U0001F600"\n'), '😀');
    assert.equal(literal('a = "$${x} %%{y}"\n'), '${x} %{y}');
    assert.equal(literal('a = "cost $5, 50% off, $ and %"\n'), 'cost $5, 50% off, $ and %');
  });

  test('escape errors, with the span of the escape', () => {
    const r = parse('a = "x\\qy"\n');
    assert.deepEqual(summaries(r), ['Invalid escape sequence']);
    assert.deepEqual([r.errors[0].start, r.errors[0].end], [6, 8]);
    assert.deepEqual(summaries(parse('a = "\\u12"\n')), ['Invalid escape sequence']);
    assert.deepEqual(summaries(parse('a = "\\uD800"\n')), ['Invalid escape sequence']);
    assert.deepEqual(summaries(parse('a = "\\U00110000"\n')), ['Invalid escape sequence']);
  });

  test('interpolations', () => {
    const text = 'a = "${var.project}-${var.env}-config"\n';
    const t = template(text);
    assert.deepEqual(parts(t), ['${}', '-', '${}', '-config']);
    assert.equal(textOf(text, t.parts[0]), '${var.project}');
    const interp = t.parts[0];
    assert.ok(interp.kind === 'TemplateInterpolation');
    assert.equal(textOf(text, interp.expression), 'var.project');
  });

  test('strings nest inside interpolations', () => {
    const t = template('a = "a ${"b ${c} d"} e"\n');
    assert.deepEqual(parts(t), ['a ', '${}', ' e']);
    const inner = (t.parts[1] as { expression: TemplateExpr }).expression;
    assert.deepEqual(parts(inner), ['b ', '${}', ' d']);
  });

  test('an interpolation may span lines', () => {
    const t = template('a = "${\n  var.x\n}-suffix"\n');
    assert.deepEqual(parts(t), ['${}', '-suffix']);
  });

  test('~ strips whitespace next to the marker', () => {
    assert.deepEqual(parts(template('a = "a   ${~ x ~}   b"\n')), ['a', '${}', 'b']);
    assert.deepEqual(parts(template('a = "x %{~ if c ~}  yes  %{~ endif ~} y"\n')), ['x', '%{if}', 'yes', '%{endif}', 'y']);
  });
});

describe('template directives', () => {
  test('if / else / endif with the condition expression', () => {
    const text = 'a = "Hi %{ if var.name != "" }${var.name}%{ else }you%{ endif }!"\n';
    const t = template(text);
    assert.deepEqual(parts(t), ['Hi ', '%{if}', '${}', '%{else}', 'you', '%{endif}', '!']);
    const ifDirective = t.parts[1];
    assert.ok(ifDirective.kind === 'TemplateDirective');
    assert.equal(textOf(text, ifDirective), '%{ if var.name != "" }');
    assert.equal(textOf(text, ifDirective.expression!), 'var.name != ""');
  });

  test('for / endfor with variables and collection', () => {
    const t = template('a = "%{ for i, v in var.items }${i}=${v},%{ endfor }"\n');
    const f = t.parts[0];
    assert.ok(f.kind === 'TemplateDirective');
    assert.deepEqual([f.keyword, f.keyVar, f.valueVar, f.expression?.kind], ['for', 'i', 'v', 'Traversal']);
    assert.equal((t.parts[t.parts.length - 1] as { keyword: string }).keyword, 'endfor');
  });

  test('nesting errors', () => {
    assert.deepEqual(summaries(parse('a = "%{ if x }y"\n')), ['Unexpected end of template']);
    assert.deepEqual(summaries(parse('a = "%{ endif }"\n')), ['Unexpected endif directive']);
    assert.deepEqual(summaries(parse('a = "%{ else }"\n')), ['Unexpected else directive']);
    // As in HCL, a misplaced else abandons its directive, so the end directive that follows is unexpected too.
    assert.deepEqual(summaries(parse('a = "%{ for x in y }%{ else }%{ endfor }"\n')), ['Unexpected else directive', 'Unexpected endfor directive']);
    assert.deepEqual(summaries(parse('a = "%{ if x }%{ else }%{ else }%{ endif }"\n')), ['Unexpected else directive', 'Unexpected endif directive']);
    assert.deepEqual(summaries(parse('a = "%{ if x }%{ endfor }"\n')), ['Unexpected endfor directive']);
  });

  test('malformed directives', () => {
    const r = parse('a = "%{ endfi }"\n');
    assert.deepEqual(summaries(r), ['Invalid template control keyword']);
    assert.match(r.errors[0].message, /Did you mean "endif"\?/);
    assert.deepEqual(summaries(parse('a = "%{}"\n')), ['Invalid template directive']);
    assert.deepEqual(summaries(parse('a = "%{ if x y }z%{ endif }"\n')), ['Extra characters in if marker']);
    assert.deepEqual(summaries(parse('a = "%{ for in y }%{ endfor }"\n')), ["Invalid 'for' directive", 'Unexpected endfor directive']);
  });

  test('interpolation errors', () => {
    assert.deepEqual(summaries(parse('a = "${}"\n')), ['Invalid expression']);
    assert.deepEqual(summaries(parse('a = "${x y}"\n')), ['Extra characters after interpolation expression']);
    assert.deepEqual(summaries(parse('a = "${a:b}"\n')), ['Extra characters after interpolation expression']);
    assert.deepEqual(summaries(parse('a = "${x"\n')), ['Unclosed template interpolation sequence']);
  });
});

describe('heredocs', () => {
  test('plain heredoc keeps text verbatim', () => {
    const text = 'a = <<EOT\nline one\n  line two\nEOT\n';
    const t = template(text);
    assert.deepEqual(t.heredoc, { marker: 'EOT', indented: false });
    assert.equal(t.terminated, true);
    assert.deepEqual(parts(t), ['line one\n  line two\n']);
    assert.equal(textOf(text, t), '<<EOT\nline one\n  line two\nEOT');
  });

  test('<<- removes the common indentation from literal text', () => {
    const t = template('a = <<-EOT\n    {\n      "a": 1\n\n    }\n  EOT\n');
    assert.deepEqual(t.heredoc, { marker: 'EOT', indented: true });
    assert.deepEqual(parts(t), ['{\n  "a": 1\n\n}\n']);
  });

  test('a tab counts as one character of indentation', () => {
    assert.deepEqual(parts(template('a = <<-EOT\n\tx\n  y\nEOT\n')), ['x\n y\n']);
  });

  test('a line starting with an interpolation has no indentation', () => {
    assert.deepEqual(parts(template('a = <<-EOT\n${x}\n  y\nEOT\n')), ['${}', '\n  y\n']);
    assert.deepEqual(parts(template('a = <<-EOT\n  ${x}\n  y\n  EOT\n')), ['', '${}', '\ny\n']);
  });

  test('interpolation values are not part of the indentation rule', () => {
    assert.deepEqual(parts(template('a = <<-EOT\n    a ${x}\n    b\n  EOT\n')), ['a ', '${}', '\nb\n']);
  });

  test('directives in a heredoc with strip markers', () => {
    // As in HCL, indentation is removed after `~` trimming: the line after `~}` lost its newline, so the next
    // line's leading spaces no longer start a line and stay.
    const t = template('a = <<-EOT\n  %{ for v in vs ~}\n  ${v}\n  %{ endfor ~}\n  EOT\n');
    assert.deepEqual(parts(t), ['', '%{for}', '  ', '${}', '\n', '%{endfor}', '']);
  });

  test('an empty heredoc', () => {
    assert.deepEqual(parts(template('a = <<EOT\nEOT\n')), ['']);
  });

  test('$${ and %%{ are escapes in heredocs too; backslashes are not', () => {
    assert.deepEqual(parts(template('a = <<EOT\n$${x} %%{y} \\n\nEOT\n')), ['${x} %{y} \\n\n']);
  });

  test('a heredoc inside a call and a list', () => {
    const r = parse('a = f(<<EOT\nx\nEOT\n)\nb = [<<A\none\nA\n, "two"]\n');
    assert.deepEqual(r.errors, []);
    assert.equal(r.body.items.length, 2);
  });

  test('CRLF heredoc keeps CRLF in its value', () => {
    assert.deepEqual(parts(template('a = <<EOT\r\nhi\r\nEOT\r\n')), ['hi\r\n']);
  });

  test('an unterminated heredoc runs to the end of the file', () => {
    const text = 'a = <<EOT\nhello\nb = 1\n';
    const r = parse(text);
    assert.deepEqual(summaries(r), ['Unterminated template string']);
    assert.match(r.errors[0].message, /No closing marker "EOT"/);
    assert.deepEqual([r.errors[0].start, r.errors[0].end], [text.length, text.length]);
    const t = (r.body.items[0] as { value: TemplateExpr }).value;
    assert.equal(t.terminated, false);
    assert.equal(t.end, text.length);
    assert.equal(r.body.items.length, 1);
  });

  test('a closing marker must be followed by a newline, as in HCL', () => {
    const r = parse('a = <<EOT\nhello\nEOT');
    assert.deepEqual(summaries(r), ['Unterminated template string']);
    assert.match(r.errors[0].message, /must be followed by a newline/);
  });
});
