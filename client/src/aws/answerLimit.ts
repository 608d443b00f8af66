// A cap on the bytes of every answer the SDK reads. SageMaker's answers are a few KB (a full ListEndpoints page of
// 100 is about 30 KB); whatever answers at the endpoint URL could send gigabytes, which the SDK would buffer whole and
// parse. This middleware sits innermost in the deserialize step, right where the HTTP handler hands back the
// response: a Content-Length over the cap is refused before a byte is read, and any other body is counted as it
// streams and cut off (the socket destroyed) the moment it passes the cap. Either way the request fails with the
// "answer too large" problem, which the SDK does not retry.
import { Transform, type Readable } from 'node:stream';
import type { DeserializeHandler, DeserializeHandlerArguments, DeserializeHandlerOutput, MetadataBearer, Pluggable } from '@smithy/types';
import { answerTooLargeProblem, StatusProblemError, type AwsService } from '../status/problems';

/** Default cap on one answer's body. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

interface RawResponse {
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

function isNodeReadable(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function' && typeof (body as Readable).on === 'function';
}

function tooLarge(maxBytes: number, service?: AwsService): StatusProblemError {
  return new StatusProblemError(answerTooLargeProblem(maxBytes, service));
}

/** `body`, counted: past `maxBytes` the source is destroyed and the returned stream fails with the problem. */
function cappedBody(body: Readable, maxBytes: number, service?: AwsService): Readable {
  let seen = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) {
        body.unpipe(counted);
        body.destroy();
        done(tooLarge(maxBytes, service));
        return;
      }
      done(null, chunk);
    },
  });
  body.on('error', (error) => counted.destroy(error));
  return body.pipe(counted);
}

export function answerLimit(maxBytes: number = MAX_ANSWER_BYTES, service?: AwsService): Pluggable<object, MetadataBearer> {
  const middleware =
    <Output extends object>(next: DeserializeHandler<object, Output>) =>
    async (args: DeserializeHandlerArguments<object>): Promise<DeserializeHandlerOutput<Output>> => {
      const result = await next(args);
      const response = result.response as RawResponse;
      const declared = Number(response.headers?.['content-length'] ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        if (isNodeReadable(response.body)) response.body.destroy();
        throw tooLarge(maxBytes, service);
      }
      if (isNodeReadable(response.body)) response.body = cappedBody(response.body, maxBytes, service);
      return result;
    };
  return {
    applyToStack(stack) {
      stack.add(middleware, { step: 'deserialize', priority: 'low', name: 'sagemakerTerraformAnswerLimit' });
    },
  };
}
