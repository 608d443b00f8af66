import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeLevels, withLevels } from '../../../../server/src/analysis/settings/levels';
import { userLevels } from '../../../../server/src/analysis/settings/userSettings';
import type { Finding } from '../../../../server/src/analysis/diagnostics';

test('the severity setting: codes with or without the prefix; entries that are no code or no level are skipped', () => {
  assert.deepEqual([...userLevels({ severity: { 'missing-kms-key': 'error', 'sagemaker/duplicate-name': 'off', nope: 'off', 'invalid-name': 'loud' } })], [
    ['sagemaker/missing-kms-key', 'error'],
    ['sagemaker/duplicate-name', 'off'],
  ]);
  for (const bad of [null, undefined, 'x', { severity: [] }, { severity: 'off' }]) assert.equal(userLevels(bad).size, 0);
});

test('kmsHint: false is the KMS code turned off, unless severity names it', () => {
  assert.deepEqual([...userLevels({ kmsHint: false })], [['sagemaker/missing-kms-key', 'off']]);
  assert.deepEqual([...userLevels({ kmsHint: true })], []);
  assert.deepEqual([...userLevels({ kmsHint: false, severity: { 'missing-kms-key': 'warning' } })], [['sagemaker/missing-kms-key', 'warning']]);
});

test('levels: the user wins code by code; off drops findings, others change their severity', () => {
  const merged = mergeLevels(new Map([['a', 'off'], ['b', 'error']] as const), new Map([['a', 'warning']] as const));
  assert.deepEqual([...merged], [['a', 'warning'], ['b', 'error']]);
  const finding = (code: string) => ({ code, severity: 'information', span: { start: 0, end: 0 }, message: '', docs: '' }) as unknown as Finding;
  const out = withLevels([finding('a'), finding('b'), finding('c')], new Map([['a', 'off'], ['b', 'error']] as const));
  assert.deepEqual(out.map((f) => [f.code, f.severity]), [['b', 'error'], ['c', 'information']]);
});
