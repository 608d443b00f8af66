// toProblem on error shapes the SDK and Node produce (the gateway tests cover the same through real HTTP).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fuzzParameters } from '../../support/fuzz';
import {
  StatusProblemError,
  isStatusProblemError,
  toProblem,
  type StatusProblem,
} from '../../../client/src/status/problems';

const err = (props: Record<string, unknown>, message = '') => Object.assign(new Error(message), props);

function clean(problem: StatusProblem): StatusProblem {
  for (const text of [problem.title, problem.detail]) {
    assert.doesNotMatch(text, /\n|\bat .+:\d+:\d+|undefined|\[object/);
  }
  return problem;
}

test('credential provider errors: none found → noCredentials; an expired SSO session → expiredCredentials', () => {
  const none = clean(toProblem(err({ name: 'CredentialsProviderError' }, 'Could not load credentials from any providers'), {}));
  assert.equal(none.kind, 'noCredentials');
  assert.deepEqual(none.actions, ['openSettings', 'showLogs', 'retry']);
  const sso = clean(
    toProblem(err({ name: 'CredentialsProviderError' }, 'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.'), {}),
  );
  assert.equal(sso.kind, 'expiredCredentials');
  assert.equal(toProblem(err({ name: 'TokenProviderError' }, 'Token is expired'), {}).kind, 'expiredCredentials');
});

test('service error codes map by name, HTTP status as a fallback', () => {
  const cases: [Record<string, unknown>, string, StatusProblem['kind']][] = [
    [{ name: 'ExpiredTokenException', $metadata: { httpStatusCode: 400 } }, 'expired', 'expiredCredentials'],
    [{ name: 'RequestExpired' }, 'Request has expired', 'expiredCredentials'],
    [{ name: 'InvalidSignatureException' }, 'signature mismatch', 'noCredentials'],
    [{ name: 'AccessDeniedException' }, 'no', 'accessDenied'],
    [{ name: 'Unknown', $metadata: { httpStatusCode: 403 } }, '', 'accessDenied'],
    [{ name: 'TooManyRequestsException' }, '', 'throttled'],
    [{ name: 'Whatever', $metadata: { httpStatusCode: 429 } }, '', 'throttled'],
    [{ name: 'ResourceNotFound' }, 'gone', 'notFound'],
    [{ name: 'ValidationException' }, "1 validation error detected: Value 'a_b' at 'endpointName' failed to satisfy constraint", 'invalidName'],
    [{ name: 'ValidationException' }, 'Something else is wrong', 'service'],
    [{ name: 'InternalFailure', $metadata: { httpStatusCode: 500, attempts: 3 } }, 'UnknownError', 'service'],
  ];
  for (const [props, message, kind] of cases) {
    assert.equal(clean(toProblem(err(props, message), { endpointName: 'ep', region: 'us-east-1' })).kind, kind, JSON.stringify(props));
  }
});

test('not found names the endpoint and region in the title', () => {
  const p = toProblem(err({ name: 'ValidationException' }, 'Could not find endpoint "x".'), { endpointName: 'x', region: 'us-east-1' });
  assert.equal(p.title, 'Endpoint "x" was not found in us-east-1.');
  assert.match(p.detail, /not be deployed yet/);
  assert.match(p.detail, /another region/);
});

test('throttling says how many attempts the SDK made before giving up', () => {
  const p = toProblem(err({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400, attempts: 5 } }, 'Rate exceeded'), {});
  assert.match(p.detail, /gave up after 5 attempts/);
  assert.match(toProblem(err({ name: 'ThrottlingException' }), { attempts: 1 }).detail, /after 1 attempt\./);
});

test('socket errors: a reset is a network problem even though the SDK names it TimeoutError', () => {
  assert.equal(toProblem(err({ name: 'TimeoutError', code: 'ECONNRESET' }, 'read ECONNRESET'), {}).kind, 'network');
  const refused = toProblem(err({ code: 'ECONNREFUSED', address: '127.0.0.1', port: 9 }, 'connect ECONNREFUSED 127.0.0.1:9'), {});
  assert.equal(refused.kind, 'network');
  assert.match(refused.detail, /connection refused by 127\.0\.0\.1:9/);
  const dns = toProblem(err({ code: 'ENOTFOUND', hostname: 'sagemaker.xx.amazonaws.com' }, 'getaddrinfo ENOTFOUND'), {});
  assert.match(dns.detail, /sagemaker\.xx\.amazonaws\.com could not be resolved/);
  const wrapped = toProblem(err({ name: 'AggregateError', errors: [err({ code: 'ECONNREFUSED' })] }), {});
  assert.equal(wrapped.kind, 'network');
  assert.equal(toProblem(err({ name: 'Error' }, 'socket hang up'), {}).kind, 'network');
});

test('timeouts mention the deadline', () => {
  const p = toProblem(err({ name: 'TimeoutError' }, 'Connection timed out after 500 ms'), { timeoutMs: 10000, operation: 'DescribeEndpoint', endpointName: 'e', region: 'us-east-1' });
  assert.equal(p.kind, 'timeout');
  assert.match(p.detail, /within 10 s/);
  assert.match(p.detail, /DescribeEndpoint for "e" in us-east-1/);
  assert.equal(toProblem(err({ code: 'ETIMEDOUT' }), {}).kind, 'timeout');
});

test("the SDK's missing-region error → noRegion", () => {
  assert.equal(toProblem(err({ name: 'Error' }, 'Region is missing'), {}).kind, 'noRegion');
});

test('the linear "no region" classifier agrees with the regex it replaced on every short one-line message', () => {
  const old = /region is missing|unable to resolve region|region.*not.*(set|configured)/i;
  const words = ['region', 'Region', 'not', 'NOT', 'set', 'configured', 'is missing', 'unable to resolve', ' ', 'x', 'reg', 'ion', 'no', 't', 'se'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
      const message = parts.join('');
      assert.equal(toProblem(err({ name: 'Error' }, message), {}).kind === 'noRegion', old.test(message), JSON.stringify(message));
    }),
    fuzzParameters(20251201, 2000),
  );
});

test('anything else → service, one line, no stack', () => {
  const withStack = err({ name: 'Error' }, 'first line\n    at foo (/x/y.js:1:2)\n    at bar');
  const p = clean(toProblem(withStack, {}));
  assert.equal(p.kind, 'service');
  assert.match(p.detail, /first line/);
  assert.doesNotMatch(p.detail, /foo|y\.js/);
  for (const thrown of [undefined, null, 42, 'plain string', {}, []]) {
    assert.equal(clean(toProblem(thrown, {})).kind, 'service');
  }
  const long = toProblem(err({ name: 'X' }, 'y'.repeat(5000)), {});
  assert.ok(long.detail.length < 500);
});

test('a StatusProblemError passes through unchanged', () => {
  const problem: StatusProblem = { kind: 'invalidName', title: 't', detail: 'd', actions: [] };
  assert.equal(toProblem(new StatusProblemError(problem), {}), problem);
});

test('StatusProblemError is recognised across bundles (a second copy of the class)', () => {
  // What a StatusProblemError from client/out/aws.js looks like to client/out/extension.js: same brand, other class.
  class OtherCopy extends Error {
    constructor(readonly problem: StatusProblem) {
      super(problem.title);
      (this as unknown as Record<symbol, boolean>)[Symbol.for('sagemaker-terraform.StatusProblemError')] = true;
    }
  }
  const foreign = new OtherCopy({ kind: 'timeout', title: 't', detail: 'd', actions: ['retry'] });
  assert.ok(foreign instanceof StatusProblemError);
  assert.ok(isStatusProblemError(foreign));
  assert.equal(toProblem(foreign, {}).kind, 'timeout');
  assert.ok(!(new Error('x') instanceof StatusProblemError));
  assert.ok(!(Object.assign(new Error('x'), { problem: {} }) instanceof StatusProblemError));
  const own = new StatusProblemError({ kind: 'network', title: 'n', detail: 'd', actions: [] });
  assert.ok(own instanceof StatusProblemError && own instanceof Error);
  assert.equal(own.name, 'StatusProblemError');
  assert.equal(own.message, 'n');
});
