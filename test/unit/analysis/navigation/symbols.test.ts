import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { documentSymbols } from '../../../../server/src/analysis/navigation/symbols';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import type { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { file } from './helpers';

/** The outline of a file that is a module of its own. */
const symbolsOf = (f: ParsedFile) => documentSymbols(f, ModuleScope.of([f]));

const TEXT = `provider "aws" {
  region = "eu-west-1"
}

variable "env" {}

resource "aws_sagemaker_endpoint_configuration" "c" {
  production_variants {
    variant_name = "blue"
    model_name   = "m"
  }
  production_variants {
    variant_name = var.env
  }
  shadow_production_variants {
    model_name = "m"
  }
  data_capture_config {
    enable_capture = true
  }
}

resource "aws_sagemaker_endpoint" "e" {
  endpoint_config_name = aws_sagemaker_endpoint_configuration.c.name
}

resource "aws_iam_role" "r" {
  assume_role_policy = "{}"
}

output "arn" {
  value = aws_sagemaker_endpoint.e.arn
}
`;

const inside = (inner: Range, outer: Range) =>
  (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

test('the outline lists every top-level block, SageMaker resources as classes with their blocks', () => {
  const symbols = symbolsOf(file('file:///m/main.tf', TEXT));
  assert.deepEqual(
    symbols.map((s) => [s.name, s.kind]),
    [
      ['provider "aws"', SymbolKind.Package],
      ['var.env', SymbolKind.Variable],
      ['aws_sagemaker_endpoint_configuration.c', SymbolKind.Class],
      ['aws_sagemaker_endpoint.e', SymbolKind.Class],
      ['aws_iam_role.r', SymbolKind.Object],
      ['output.arn', SymbolKind.Property],
    ],
  );
  assert.deepEqual(
    symbols[2].children?.map((c) => c.name),
    ['blue', 'production_variants[1]', 'shadow_production_variants[0]', 'data_capture_config'],
  );
  assert.deepEqual(symbols[4].children, []);
});

test('ranges lie in the document and selection ranges inside ranges', () => {
  const parsed = file('file:///m/main.tf', TEXT);
  const whole: Range = { start: { line: 0, character: 0 }, end: parsed.positionAt(TEXT.length) };
  const check = (s: DocumentSymbol, parent: Range) => {
    assert.ok(s.name.length > 0);
    assert.ok(inside(s.range, parent), s.name);
    assert.ok(inside(s.selectionRange, s.range), s.name);
    for (const c of s.children ?? []) check(c, s.range);
  };
  for (const s of symbolsOf(parsed)) check(s, whole);
  const config = symbolsOf(parsed)[2];
  assert.deepEqual(config.range, { start: { line: 6, character: 0 }, end: { line: 20, character: 1 } });
  assert.deepEqual(config.selectionRange, { start: { line: 6, character: 0 }, end: { line: 6, character: 51 } });
});

test('unterminated and label-less blocks still give valid symbols', () => {
  const cases: { text: string; outline: unknown[] }[] = [
    {
      // Unclosed: the blocks run to the end of the file.
      text: 'resource "aws_sagemaker_endpoint_configuration" "c" {\n  production_variants {\n',
      outline: [['aws_sagemaker_endpoint_configuration.c', SymbolKind.Class, [0, 0, 2, 0], [['production_variants[0]', SymbolKind.Struct, [1, 2, 2, 0], []]]]],
    },
    { text: 'resource {\n}\n', outline: [['resource', SymbolKind.Object, [0, 0, 1, 1], []]] },
    { text: 'locals {\n  a = 1\n}\n', outline: [['locals', SymbolKind.Namespace, [0, 0, 2, 1], []]] },
  ];
  const span = (r: Range) => [r.start.line, r.start.character, r.end.line, r.end.character];
  const shape = (s: DocumentSymbol): unknown[] => [s.name, s.kind, span(s.range), (s.children ?? []).map(shape)];
  for (const { text, outline } of cases) {
    const parsed = file('file:///m/x.tf', text);
    const symbols = symbolsOf(parsed);
    assert.deepEqual(symbols.map(shape), outline, JSON.stringify(text));
    const whole: Range = { start: { line: 0, character: 0 }, end: parsed.positionAt(text.length) };
    const check = (s: DocumentSymbol, parent: Range) => {
      assert.ok(inside(s.range, parent), s.name);
      assert.ok(inside(s.selectionRange, s.range), s.name);
      for (const c of s.children ?? []) check(c, s.range);
    };
    for (const s of symbols) check(s, whole);
  }
});

test('Terraform JSON: blocks written as arrays (a header key outside each object) still give selection ranges inside ranges', () => {
  const json = JSON.stringify(
    {
      resource: {
        aws_sagemaker_endpoint_configuration: {
          c: [{ production_variants: [{ variant_name: 'blue', model_name: 'm' }, { variant_name: 'green', model_name: 'm' }] }],
          d: { production_variants: { model_name: 'm' } },
        },
      },
    },
    null,
    2,
  );
  const parsed = file('file:///m/main.tf.json', json);
  const whole: Range = { start: { line: 0, character: 0 }, end: parsed.positionAt(json.length) };
  const check = (s: DocumentSymbol, parent: Range) => {
    assert.ok(inside(s.range, parent), s.name);
    assert.ok(inside(s.selectionRange, s.range), s.name);
    for (const c of s.children ?? []) check(c, s.range);
  };
  const symbols = symbolsOf(parsed);
  assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [
    ['aws_sagemaker_endpoint_configuration.c', ['blue', 'green']],
    ['aws_sagemaker_endpoint_configuration.d', ['production_variants[0]']],
  ]);
  for (const s of symbols) check(s, whole);
});
