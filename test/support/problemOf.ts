import assert from 'node:assert/strict';
import { StatusProblemError, type StatusProblem } from '../../client/src/status/problems';

/** The problem a gateway call fails with; it must fail, with a StatusProblemError whose words read as a message. */
export async function problemOf(promise: Promise<unknown>): Promise<StatusProblem> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof StatusProblemError, `expected a StatusProblemError, got ${String(error)}`);
    assertClean(error.problem);
    return error.problem;
  }
  assert.fail('expected the call to fail');
}

/** A problem reads as a message for people: no stack frames, no SDK internals. */
export function assertClean(problem: StatusProblem): void {
  for (const text of [problem.title, problem.detail]) {
    assert.ok(text.length > 0);
    assert.doesNotMatch(text, /\n\s+at |node_modules|\$metadata|\$response|\[object Object\]|undefined/);
  }
}
