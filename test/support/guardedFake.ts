import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { guardNetwork, type NetworkGuard } from './awsEnv';
import { FakeSageMaker } from './fakeSageMaker';

/**
 * For a describe block: the fake SageMaker on 127.0.0.1, started before its tests with the network guard on, closed
 * after them, and no connection attempted anywhere else meanwhile. Returns the running fake.
 */
export function guardedFakeSageMaker(): () => FakeSageMaker {
  let fake: FakeSageMaker | undefined;
  let guard: NetworkGuard;
  before(async () => {
    guard = guardNetwork();
    fake = await FakeSageMaker.start();
  });
  after(async () => {
    await fake?.close();
    guard.uninstall();
    assert.deepEqual(guard.blocked, []);
  });
  return () => {
    assert.ok(fake, 'the fake SageMaker runs');
    return fake;
  };
}
