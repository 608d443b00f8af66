import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Lexer } from '../../../server/src/hcl/lexer';
import * as T from '../../../server/src/hcl/tokens';

const NAMES: Record<number, string> = {};
for (const [name, value] of Object.entries(T)) if (typeof value === 'number' && !name.startsWith('F_')) NAMES[value] = name;

/** All tokens as `KIND:text`, plus the lexer's errors. */
function lex(text: string): { tokens: string[]; spans: Array<[number, number]>; flags: number[]; errors: string[] } {
  const lx = new Lexer(text);
  lx.fill(Number.MAX_SAFE_INTEGER);
  const t = lx.toks;
  const tokens: string[] = [];
  const spans: Array<[number, number]> = [];
  const flags: number[] = [];
  for (let i = 0; i < t.length; i++) {
    tokens.push(`${NAMES[t.kind[i]]}:${text.slice(t.start[i], t.end[i])}`);
    spans.push([t.start[i], t.end[i]]);
    flags.push(t.flags[i]);
  }
  return { tokens, spans, flags, errors: lx.errors.map((e) => e.message.slice(0, e.message.indexOf(':'))) };
}

describe('lexer: punctuation and operators', () => {
  test('single and multi-character tokens', () => {
    assert.deepEqual(lex('a == b != c <= d >= e && f || g => h ... i :: j').tokens, [
      'IDENT:a', 'EQUAL_OP:==', 'IDENT:b', 'NOT_EQUAL:!=', 'IDENT:c', 'LE:<=', 'IDENT:d', 'GE:>=', 'IDENT:e',
      'AND:&&', 'IDENT:f', 'OR:||', 'IDENT:g', 'FAT_ARROW:=>', 'IDENT:h', 'ELLIPSIS:...', 'IDENT:i',
      'DOUBLE_COLON:::', 'IDENT:j', 'EOF:',
    ]);
    assert.deepEqual(lex('{}[](),.*/%+-=<>!?:').tokens, [
      'OBRACE:{', 'CBRACE:}', 'OBRACK:[', 'CBRACK:]', 'OPAREN:(', 'CPAREN:)', 'COMMA:,', 'DOT:.', 'STAR:*',
      'SLASH:/', 'PERCENT:%', 'PLUS:+', 'MINUS:-', 'EQUAL:=', 'LT:<', 'GT:>', 'BANG:!', 'QUESTION:?', 'COLON::', 'EOF:',
    ]);
  });

  test('offsets are UTF-16 code units', () => {
    const { spans } = lex('a = "😀" b');
    assert.deepEqual(spans, [[0, 1], [2, 3], [4, 5], [5, 7], [7, 8], [9, 10], [10, 10]]);
  });
});

describe('lexer: identifiers and numbers', () => {
  test('identifiers may contain dashes, so x-1 is one name', () => {
    assert.deepEqual(lex('x-1 a_b-c').tokens, ['IDENT:x-1', 'IDENT:a_b-c', 'EOF:']);
  });

  test('unicode identifiers follow ID_Start / ID_Continue', () => {
    assert.deepEqual(lex('é naïve 名前').tokens, ['IDENT:é', 'IDENT:naïve', 'IDENT:名前', 'EOF:']);
  });

  test('numbers follow HCL: digits, dots and exponents, never ending in a dot', () => {
    assert.deepEqual(lex('1 1.5 1e10 2.5E+3 7e-2 007').tokens, [
      'NUMBER:1', 'NUMBER:1.5', 'NUMBER:1e10', 'NUMBER:2.5E+3', 'NUMBER:7e-2', 'NUMBER:007', 'EOF:',
    ]);
    assert.deepEqual(lex('1.').tokens, ['NUMBER:1', 'DOT:.', 'EOF:']);
    assert.deepEqual(lex('1.2.3').tokens, ['NUMBER:1.2.3', 'EOF:']);
    assert.deepEqual(lex('1e').tokens, ['NUMBER:1', 'IDENT:e', 'EOF:']);
    assert.deepEqual(lex('0x10').tokens, ['NUMBER:0', 'IDENT:x10', 'EOF:']);
    assert.deepEqual(lex('x.0.y').tokens, ['IDENT:x', 'DOT:.', 'NUMBER:0', 'DOT:.', 'IDENT:y', 'EOF:']);
  });
});

describe('lexer: newlines and comments', () => {
  test('LF and CRLF are one newline token each', () => {
    assert.deepEqual(lex('a\nb\r\nc').tokens, ['IDENT:a', 'NEWLINE:\n', 'IDENT:b', 'NEWLINE:\r\n', 'IDENT:c', 'EOF:']);
  });

  test('line comments become the newline that ends them; block comments vanish', () => {
    assert.deepEqual(lex('a # c\nb // d\r\nc /* e\nf */ g').tokens, [
      'IDENT:a', 'NEWLINE:\n', 'IDENT:b', 'NEWLINE:\r\n', 'IDENT:c', 'IDENT:g', 'EOF:',
    ]);
  });

  test('a line comment at the end of input produces no newline', () => {
    assert.deepEqual(lex('a # end').tokens, ['IDENT:a', 'EOF:']);
  });

  test('an unterminated block comment is a slash and a star, as in HCL', () => {
    assert.deepEqual(lex('/* x').tokens, ['SLASH:/', 'STAR:*', 'IDENT:x', 'EOF:']);
  });

  test('first-on-line flag', () => {
    const { flags } = lex('a = 1\n  b');
    assert.deepEqual(flags.map((f) => f & T.F_FIRST), [T.F_FIRST, 0, 0, 0, T.F_FIRST, 0]);
  });
});

describe('lexer: encoding', () => {
  test('a UTF-8 BOM at the start is skipped, offsets still count it', () => {
    const { tokens, spans } = lex('\uFEFFa = 1');
    assert.deepEqual(tokens, ['IDENT:a', 'EQUAL:=', 'NUMBER:1', 'EOF:']);
    assert.deepEqual(spans[0], [1, 2]);
  });

  test('a BOM elsewhere is an invalid character', () => {
    assert.deepEqual(lex('a\uFEFF').errors, ['Invalid character']);
  });

  test('runs of invalid characters are one token and one error', () => {
    const r = lex('a @@@ b');
    assert.deepEqual(r.tokens, ['IDENT:a', 'INVALID:@@@', 'IDENT:b', 'EOF:']);
    assert.deepEqual(r.errors, ['Invalid character']);
  });

  test('an emoji outside a string is one invalid token of two code units', () => {
    const r = lex('😀');
    assert.deepEqual(r.spans[0], [0, 2]);
    assert.deepEqual(r.errors, ['Invalid character']);
  });

  test('lone surrogates and U+FFFD are invalid outside strings, fine inside', () => {
    assert.deepEqual(lex('\uD800 \uFFFD').errors, ['Invalid character', 'Invalid character']);
    assert.deepEqual(lex('"\uD800\uFFFD"').errors, []);
  });

  test('a carriage return without a line feed is invalid', () => {
    assert.deepEqual(lex('a\rb').errors, ['Invalid character']);
  });

  test('characters from other languages get HCL specific messages', () => {
    assert.deepEqual(lex("; ' ` & | ^ ~").errors, [
      'Invalid character', 'Invalid character', 'Invalid character',
      'Unsupported operator', 'Unsupported operator', 'Unsupported operator', 'Unsupported operator',
    ]);
  });
});

describe('lexer: quoted strings', () => {
  test('literal runs split at $ and %, escapes stay in the run', () => {
    assert.deepEqual(lex('"a\\"b $x 100% ${y} %{z}"').tokens, [
      'OQUOTE:"', 'QUOTED_LIT:a\\"b ', 'QUOTED_LIT:$', 'QUOTED_LIT:x 100', 'QUOTED_LIT:%', 'QUOTED_LIT: ',
      'TEMPLATE_INTERP:${', 'IDENT:y', 'TEMPLATE_SEQ_END:}', 'QUOTED_LIT: ', 'TEMPLATE_CONTROL:%{', 'IDENT:z',
      'TEMPLATE_SEQ_END:}', 'CQUOTE:"', 'EOF:',
    ]);
  });

  test('$${ and %%{ are literal tokens of their own', () => {
    assert.deepEqual(lex('"$${a}%%{b}"').tokens, [
      'OQUOTE:"', 'QUOTED_LIT:$${', 'QUOTED_LIT:a}', 'QUOTED_LIT:%%{', 'QUOTED_LIT:b}', 'CQUOTE:"', 'EOF:',
    ]);
  });

  test('strip markers', () => {
    const r = lex('"${~ x ~}"');
    assert.deepEqual(r.tokens, ['OQUOTE:"', 'TEMPLATE_INTERP:${~', 'IDENT:x', 'TEMPLATE_SEQ_END:~}', 'CQUOTE:"', 'EOF:']);
    assert.equal(r.flags[1] & T.F_STRIP, T.F_STRIP);
    assert.equal(r.flags[3] & T.F_STRIP, T.F_STRIP);
  });

  test('braces inside an interpolation nest', () => {
    assert.deepEqual(lex('"${ {a = 1} }"').tokens, [
      'OQUOTE:"', 'TEMPLATE_INTERP:${', 'OBRACE:{', 'IDENT:a', 'EQUAL:=', 'NUMBER:1', 'CBRACE:}',
      'TEMPLATE_SEQ_END:}', 'CQUOTE:"', 'EOF:',
    ]);
  });

  test('a quoted string ends at the end of its line', () => {
    assert.deepEqual(lex('"abc\nb').tokens, ['OQUOTE:"', 'QUOTED_LIT:abc', 'QUOTE_UNCLOSED:', 'NEWLINE:\n', 'IDENT:b', 'EOF:']);
    assert.deepEqual(lex('"abc').tokens, ['OQUOTE:"', 'QUOTED_LIT:abc', 'QUOTE_UNCLOSED:', 'EOF:']);
  });

  test('an interpolation may continue on the next line', () => {
    assert.deepEqual(lex('"${\nx}"').tokens, ['OQUOTE:"', 'TEMPLATE_INTERP:${', 'NEWLINE:\n', 'IDENT:x', 'TEMPLATE_SEQ_END:}', 'CQUOTE:"', 'EOF:']);
  });

  test('a backslash before the end of the line is reported', () => {
    assert.deepEqual(lex('"a\\\n').errors, ['Invalid escape sequence']);
  });
});

describe('lexer: heredocs', () => {
  test('opener, one literal per line, closing marker, then the newline', () => {
    assert.deepEqual(lex('<<EOT\nhello\n  world\nEOT\n').tokens, [
      'OHEREDOC:<<EOT', 'STRING_LIT:hello\n', 'STRING_LIT:  world\n', 'CHEREDOC:EOT', 'NEWLINE:\n', 'EOF:',
    ]);
  });

  test('indented heredoc and indented closing marker', () => {
    const r = lex('<<-EOT\n  x\n  EOT\n');
    assert.deepEqual(r.tokens, ['OHEREDOC:<<-EOT', 'STRING_LIT:  x\n', 'CHEREDOC:  EOT', 'NEWLINE:\n', 'EOF:']);
    assert.equal(r.flags[0] & T.F_FLUSH, T.F_FLUSH);
  });

  test('CRLF heredoc', () => {
    assert.deepEqual(lex('<<EOT\r\nhi\r\nEOT\r\n').tokens, [
      'OHEREDOC:<<EOT', 'STRING_LIT:hi\r\n', 'CHEREDOC:EOT', 'NEWLINE:\r\n', 'EOF:',
    ]);
  });

  test('interpolations and directives inside a heredoc', () => {
    assert.deepEqual(lex('<<EOT\na ${b} %{ if c }\nEOT\n').tokens, [
      'OHEREDOC:<<EOT', 'STRING_LIT:a ', 'TEMPLATE_INTERP:${', 'IDENT:b', 'TEMPLATE_SEQ_END:}', 'STRING_LIT: ',
      'TEMPLATE_CONTROL:%{', 'IDENT:if', 'IDENT:c', 'TEMPLATE_SEQ_END:}', 'STRING_LIT:\n', 'CHEREDOC:EOT', 'NEWLINE:\n', 'EOF:',
    ]);
  });

  test('the marker only closes when alone on its line and followed by a newline', () => {
    assert.deepEqual(lex('<<EOT\nx EOT\nEOT').tokens, ['OHEREDOC:<<EOT', 'STRING_LIT:x EOT\n', 'STRING_LIT:EOT', 'EOF:']);
  });

  test('<<EOT with trailing spaces is not a heredoc', () => {
    assert.deepEqual(lex('<<EOT \n').tokens, ['LT:<', 'LT:<', 'IDENT:EOT', 'NEWLINE:\n', 'EOF:']);
  });

  test('a lone carriage return in a heredoc is reported', () => {
    assert.deepEqual(lex('<<EOT\na\rb\nEOT\n').errors, ['Invalid character']);
  });
});

describe('lexer: restart', () => {
  test('resetAt re-lexes from a token at top level and drops errors after it', () => {
    const text = '"${x\n@ }\n';
    const lx = new Lexer(text);
    lx.fill(100);
    assert.equal(lx.errors.length, 1);
    const t = lx.toks;
    let at = 0;
    while (text.slice(t.start[at], t.end[at]) !== '@') at++;
    assert.equal(t.flags[at] & T.F_NESTED, T.F_NESTED);
    lx.resetAt(at);
    assert.equal(lx.errors.length, 0);
    lx.fill(100);
    const rest: string[] = [];
    for (let i = at; i < t.length; i++) rest.push(`${NAMES[t.kind[i]]}:${text.slice(t.start[i], t.end[i])}`);
    assert.deepEqual(rest, ['INVALID:@', 'CBRACE:}', 'NEWLINE:\n', 'EOF:']);
    assert.equal(lx.errors.length, 1);
  });
});
