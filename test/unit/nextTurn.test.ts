import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterPendingMessages } from '../../server/src/nextTurn';

/**
 * A server connection of the server's own vscode-jsonrpc over in-memory streams, running steps queued with
 * `schedule`. During the first step a request's bytes arrive (after the next step is queued, as bytes read from a pipe
 * arrive after it). Returns what happened, in order.
 */
async function stepsAndRequest(schedule: (step: () => void) => void): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const events: string[] = [];
  const write = output.write.bind(output);
  output.write = ((chunk: unknown, ...rest: never[]) => {
    if (String(chunk).includes('"result"')) events.push('answered');
    return write(chunk as string, ...rest);
  }) as typeof output.write;
  const server = createMessageConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  server.onRequest('ping', () => 'pong');
  server.listen();
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' });
  await new Promise<void>((resolve) => {
    let n = 0;
    const step = (): void => {
      events.push(`step ${++n}`);
      if (n === 4) return resolve();
      schedule(step);
      if (n === 1) input.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    schedule(step);
  });
  server.dispose();
  return events;
}

test('a request that arrives during a step is answered before the next step', async () => {
  assert.deepEqual(await stepsAndRequest(afterPendingMessages), ['step 1', 'answered', 'step 2', 'step 3', 'step 4']);
});

test('one hop fewer, the next step runs before the answer is written (the count is the library’s, not a guess)', async () => {
  const events = await stepsAndRequest((step) => afterPendingMessages(step, 3));
  assert.ok(events.indexOf('answered') > events.indexOf('step 2'), events.join(', '));
});
