import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toPrimitive } from '../../../server/src/analysis/conversion';
import type { Value } from '../../../server/src/analysis/evaluation/value';

const str = (value: string): Value => ({ kind: 'string', value });
const num = (value: number): Value => ({ kind: 'number', value });
const bool = (value: boolean): Value => ({ kind: 'bool', value });

test('strings that Terraform converts to numbers and bools are accepted', () => {
  assert.deepEqual(toPrimitive(str('2'), 'number'), { ok: true, value: 2 });
  assert.deepEqual(toPrimitive(str('-1.5e3'), 'number'), { ok: true, value: -1500 });
  assert.deepEqual(toPrimitive(str('true'), 'bool'), { ok: true, value: true });
  assert.deepEqual(toPrimitive(str('false'), 'bool'), { ok: true, value: false });
  assert.deepEqual(toPrimitive(str('1'), 'bool'), { ok: true, value: true });
  assert.deepEqual(toPrimitive(str('0'), 'bool'), { ok: true, value: false });
});

test('numbers and bools convert to strings', () => {
  assert.deepEqual(toPrimitive(num(3), 'string'), { ok: true, value: '3' });
  assert.deepEqual(toPrimitive(bool(true), 'string'), { ok: true, value: 'true' });
});

test('values Terraform cannot convert are rejected with a reason', () => {
  for (const [value, type] of [
    [str('two'), 'number'],
    [str(' 2'), 'number'],
    [str('0x10'), 'number'],
    [str('yes'), 'bool'],
    [str('True'), 'bool'],
    [bool(true), 'number'],
    [num(1), 'bool'],
    [{ kind: 'tuple', items: [] }, 'string'],
    [{ kind: 'object', entries: [] }, 'number'],
  ] as const) {
    const result = toPrimitive(value as Value, type);
    assert.equal(result.ok, false, `${JSON.stringify(value)} as ${type}`);
  }
});

test('unknown and null values are never judged', () => {
  assert.deepEqual(toPrimitive({ kind: 'unknown' }, 'number'), { ok: 'unknown' });
  assert.deepEqual(toPrimitive({ kind: 'null' }, 'string'), { ok: 'unknown' });
});
