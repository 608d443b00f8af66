import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directivesOf } from '../../../../server/src/analysis/suppressions/directives';

const codesOf = (text: string) => directivesOf(text).map((d) => ({ kind: d.kind, codes: d.codes.map((c) => [c.code, c.known, text.slice(c.span.start, c.span.end)]) }));

test('ignore comments: codes with or without the sagemaker/ prefix, commas, a reason after --, # and //', () => {
  assert.deepEqual(codesOf('# sagemaker-terraform:ignore sagemaker/missing-kms-key, invalid-name -- reviewed\n'), [
    { kind: 'ignore', codes: [['sagemaker/missing-kms-key', true, 'sagemaker/missing-kms-key'], ['sagemaker/invalid-name', true, 'invalid-name']] },
  ]);
  assert.deepEqual(codesOf('x = 1 //sagemaker-terraform:ignore no-such-code\n'), [{ kind: 'ignore', codes: [['sagemaker/no-such-code', false, 'no-such-code']] }]);
  assert.deepEqual(codesOf('# sagemaker-terraform:ignore\n'), [{ kind: 'ignore', codes: [] }]);
});

test('checkov skips of CKV_AWS_98 are our KMS hint; other checks, other markers and prose are not directives', () => {
  assert.deepEqual(codesOf('#checkov:skip=CKV_AWS_98:keys are managed elsewhere\n'), [{ kind: 'checkov', codes: [['sagemaker/missing-kms-key', true, 'CKV_AWS_98']] }]);
  assert.deepEqual(codesOf('# checkov:skip=CKV_AWS_98\n'), [{ kind: 'checkov', codes: [['sagemaker/missing-kms-key', true, 'CKV_AWS_98']] }]);
  assert.deepEqual(codesOf('#checkov:skip=CKV_AWS_20\n# sagemaker-terraform:ignored x\n# see sagemaker-terraform:ignore x\n'), []);
  assert.deepEqual(codesOf('a = "# sagemaker-terraform:ignore x"\n'), []);
});

test('a hostile comment gives a bounded number of codes', () => {
  const [directive] = directivesOf(`# sagemaker-terraform:ignore ${'a,'.repeat(200_000)}\n`);
  assert.equal(directive.codes.length, 50);
});
