import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextAutoRefreshState, type AutoRefreshState } from '../../../../client/src/status/autoRefresh';

const t1 = new Date(1_000_000);
const t2 = new Date(2_000_000);
const updating = { status: 'Updating', transitional: true };
const inService = { status: 'InService', transitional: false };

test('a stable endpoint opened fresh: nothing to say about refreshing', () => {
  assert.equal(nextAutoRefreshState(undefined, inService, t1), undefined);
  assert.equal(nextAutoRefreshState(undefined, { problem: 'Throttled' }, t1), undefined, 'a first refresh that fails never refreshed on its own');
});

test('transitional: refreshing; then settled: stopped at that time, with the status reached', () => {
  const refreshing = nextAutoRefreshState(undefined, updating, t1);
  assert.deepEqual(refreshing, { kind: 'refreshing', status: 'Updating' });
  const stopped = nextAutoRefreshState(refreshing, inService, t2);
  assert.deepEqual(stopped, { kind: 'stopped', reason: 'settled', at: t2, status: 'InService' });
  assert.equal(nextAutoRefreshState(stopped, inService, new Date(3_000_000)), stopped, 'a manual refresh with the same status keeps when it stopped');
  assert.deepEqual(nextAutoRefreshState(stopped, { status: 'Failed', transitional: false }, t2), { kind: 'stopped', reason: 'settled', at: t2, status: 'Failed' });
  assert.deepEqual(nextAutoRefreshState(stopped, updating, t2), { kind: 'refreshing', status: 'Updating' }, 'a new deployment refreshes again');
});

test('a failed refresh while refreshing: stopped for an error; a later answer replaces the reason', () => {
  const refreshing: AutoRefreshState = { kind: 'refreshing', status: 'Creating' };
  const failed = nextAutoRefreshState(refreshing, { problem: 'SageMaker is throttling requests' }, t1);
  assert.deepEqual(failed, { kind: 'stopped', reason: 'error', at: t1, problem: 'SageMaker is throttling requests' });
  assert.equal(nextAutoRefreshState(failed, { problem: 'Another problem' }, t2), failed, 'it stopped for the first error');
  assert.deepEqual(nextAutoRefreshState(failed, inService, t2), { kind: 'stopped', reason: 'settled', at: t2, status: 'InService' });
  assert.deepEqual(nextAutoRefreshState(failed, updating, t2), { kind: 'refreshing', status: 'Updating' });
  const settled: AutoRefreshState = { kind: 'stopped', reason: 'settled', at: t1, status: 'InService' };
  assert.equal(nextAutoRefreshState(settled, { problem: 'x' }, t2), settled, 'an error after it stopped does not change why it stopped');
});
