// sagemaker/duplicate-resource: an address declared again, in the same file or another of the module, is reported
// where it is declared again, with the declaration that stands (the first by file name, then position).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModuleScope } from '../../../../server/src/analysis/evaluation/scope';
import { ParsedFile } from '../../../../server/src/analysis/parsedFile';
import { ModuleRuleMemo, runModuleRules } from '../../../../server/src/analysis/rules';
import { duplicateResource } from '../../../../server/src/analysis/rules/duplicateResource';

const config = (name: string) => `resource "aws_sagemaker_endpoint_configuration" "${name}" {\n  production_variants {\n    variant_name = "v"\n  }\n}\n`;

function reported(files: ParsedFile[], memo?: ModuleRuleMemo, scope = ModuleScope.of(files)) {
  const out = runModuleRules(files, scope, [duplicateResource], undefined, memo);
  return files.flatMap((file) =>
    (out.get(file.uri) ?? []).map((f) => ({
      uri: file.uri,
      line: file.positionAt(f.span.start).line,
      message: f.message,
      related: f.related?.map((r) => ({ uri: r.file.uri, line: r.file.range(r.span).start.line })),
    })),
  );
}

test('a second declaration in the same file is reported, with the first one', () => {
  const file = new ParsedFile('file:///m/main.tf', config('a') + config('b') + config('a'), 1);
  assert.deepEqual(reported([file]), [
    {
      uri: file.uri,
      line: 10,
      message: 'aws_sagemaker_endpoint_configuration.a is already declared (line 1); resource addresses must be unique in a module.',
      related: [{ uri: file.uri, line: 0 }],
    },
  ]);
});

test('across files the first file by name stands, whatever order the files come in', () => {
  const b = new ParsedFile('file:///m/b.tf', config('a'), 1);
  const a = new ParsedFile('file:///m/a.tf', `\n${config('a')}`, 1);
  const found = reported([b, a]);
  assert.equal(found.length, 1);
  assert.equal(found[0].uri, b.uri);
  assert.match(found[0].message, /already declared \(a\.tf, line 2\)/);
  assert.deepEqual(found[0].related, [{ uri: a.uri, line: 1 }]);
});

test('after an edit that moves the standing declaration, the message follows it (it is never kept)', () => {
  const memo = new ModuleRuleMemo();
  const before = new ParsedFile('file:///m/main.tf', config('a') + config('a'), 1);
  const scope = ModuleScope.of([before]);
  assert.match(reported([before], memo, scope)[0].message, /\(line 1\)/);
  const text = `# moved\n\n${config('a')}${config('a')}`;
  const after = new ParsedFile('file:///m/main.tf', text, 2, text.length, before);
  const got = reported([after], memo, ModuleScope.update(scope, [after]));
  assert.deepEqual(got, reported([new ParsedFile('file:///m/main.tf', text, 2)]));
  assert.match(got[0].message, /\(line 3\)/);
});

test('one declaration per address: nothing to report', () => {
  const file = new ParsedFile('file:///m/main.tf', config('a') + config('b'), 1);
  assert.deepEqual(reported([file]), []);
});
