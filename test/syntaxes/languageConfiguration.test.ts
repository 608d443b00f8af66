// language-configuration.json: valid JSON, and its regular expressions (which VS Code compiles as JavaScript RegExps)
// do what the editor features built on them need.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

interface LanguageConfiguration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
}

const PATH = join(__dirname, '..', '..', 'language-configuration.json');
const config = JSON.parse(readFileSync(PATH, 'utf8')) as LanguageConfiguration;

test('comments, brackets, auto-closing and surrounding pairs', () => {
  assert.deepEqual(config.comments, { lineComment: '#', blockComment: ['/*', '*/'] });
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  const closing = new Map(config.autoClosingPairs.map((p) => [p.open, p]));
  for (const [open, close] of [['{', '}'], ['[', ']'], ['(', ')'], ['"', '"']]) assert.equal(closing.get(open)?.close, close, `auto-closes ${open}`);
  assert.deepEqual(closing.get('"')?.notIn, ['string', 'comment'], 'no second quote inside strings and comments');
  // `{` still closes inside strings, for `${` and `%{`.
  assert.ok(!closing.get('{')?.notIn?.includes('string'), '{ auto-closes inside strings');
  for (const pair of [['{', '}'], ['[', ']'], ['(', ')'], ['"', '"']]) assert.ok(config.surroundingPairs.some((p) => p[0] === pair[0] && p[1] === pair[1]), `surrounds with ${pair.join('')}`);
});

test('wordPattern: identifiers keep - and _, dots separate words, numbers stay whole', () => {
  const words = (text: string): string[] => text.match(new RegExp(config.wordPattern, 'g')) ?? [];
  assert.deepEqual(words('aws_sagemaker_endpoint.ec.name'), ['aws_sagemaker_endpoint', 'ec', 'name']);
  assert.deepEqual(words('instance_type = "ml.g5.2xlarge"'), ['instance_type', 'ml', 'g5', '2xlarge']);
  assert.deepEqual(words('name = "support-sentiment-v2"'), ['name', 'support-sentiment-v2']);
  assert.deepEqual(words('weight = 0.5 + 1.5e3'), ['weight', '0.5', '1.5e3']);
  assert.deepEqual(words('${var.env}-${local.x}'), ['var', 'env', 'local', 'x']);
  assert.deepEqual(words('ünïcode_name'), ['ünïcode_name']);
});

test('indentation rules: in after a line ending in { [ (, out on a line starting with } ] )', () => {
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  for (const line of ['resource "aws_sagemaker_endpoint" "e" {', '  production_variants {', '  tags = {', '  x = [', '  y = merge(', '  }, {']) {
    assert.ok(increase.test(line), `indent after: ${line}`);
  }
  for (const line of ['  name = "x"', '  x = [1, 2]', '  # see {', '  // see (', '  tags = {}']) assert.ok(!increase.test(line), `no indent after: ${line}`);
  for (const line of ['}', '  ]', '  )', '  })', '  }, {']) assert.ok(decrease.test(line), `outdent: ${line}`);
  for (const line of ['  name = "}"', '  x = [']) assert.ok(!decrease.test(line), `no outdent: ${line}`);
});

test('folding markers: a line ending in { starts a region, a line of closing brackets ends it', () => {
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  for (const line of ['resource "aws_sagemaker_endpoint" "e" {', '    content {', '  tags = merge(local.tags, {', '  {']) assert.ok(start.test(line), `starts: ${line}`);
  // A line both closing and opening (`}, {`) is left to indentation folding: as a marker it would pair wrongly.
  for (const line of ['  # comment {', '  // comment {', '  }, {', '  tags = {}', '  name = "{"']) assert.ok(!start.test(line), `does not start: ${line}`);
  for (const line of ['}', '    }', '  })', '  }]', '  },']) assert.ok(end.test(line), `ends: ${line}`);
  for (const line of ['  }, {', '  name = "}"', '  ]']) assert.ok(!end.test(line), `does not end: ${line}`);
});
