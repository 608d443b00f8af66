import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanComments } from '../../../../server/src/analysis/suppressions/comments';

test('finds #, // and /* */ comments with their bodies, whether they trail code, and the code after them', () => {
  const text = 'a = 1 # one\n// two\r\n/* three */ b = 2\n';
  const comments = scanComments(text);
  assert.deepEqual(
    comments.map((c) => ({ body: c.body, trailing: c.trailing, text: text.slice(c.start, c.end), next: c.next === undefined ? undefined : text[c.next] })),
    [
      { body: ' one', trailing: true, text: '# one', next: 'b' },
      { body: ' two', trailing: false, text: '// two', next: 'b' },
      { body: ' three ', trailing: false, text: '/* three */', next: 'b' },
    ],
  );
});

test('comment markers inside quoted strings, templates and heredocs are text, not comments', () => {
  const text = [
    'a = "# not a comment // either"',
    'b = "${"#nested"} /* no */"',
    'c = <<EOT',
    '# heredoc line',
    '// another',
    'EOT',
    'd = 1 # real',
    '',
  ].join('\n');
  assert.deepEqual(scanComments(text).map((c) => c.body), [' real']);
});

test('a comment at the very end of the file without a line break, and one after a block comment spanning lines', () => {
  const text = 'x {\n} /* a\nb */ # after\n# last';
  const comments = scanComments(text);
  assert.deepEqual(comments.map((c) => [c.body, c.trailing]), [[' a\nb ', true], [' after', false], [' last', false]]);
  assert.equal(comments[2].next, undefined);
});

test('only wanted comments are kept, at most `limit`, whatever the input holds', () => {
  const many = '# sagemaker-terraform:ignore x\n'.repeat(50_000);
  const kept = scanComments(many, (b) => b.includes('sagemaker'), 1000);
  assert.equal(kept.length, 1000);
  assert.deepEqual(scanComments('# a\n# b\n', () => false), []);
  // Unterminated strings, stray quotes and an unclosed block comment do not make comments out of code.
  const broken = '"'.repeat(10_000) + '\n/*' + ' #x'.repeat(10_000);
  for (const c of scanComments(broken)) assert.ok(c.start >= 10_001, 'no comment inside the quotes');
});
