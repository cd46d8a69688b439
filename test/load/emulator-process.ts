// The load run's server: the emulator in a process of its own (forked with an IPC channel), so that the client
// under load has its event loop to itself. It records the text of every answer it sends, keyed by the request's
// input, and hands the record over when asked. In one process, a client holding 200 busy connections starved the
// same loop's accepts of new connections for seconds on a 2-core machine, which measured the harness, not the client.
import { startMockServer } from '../../src/testing/index.js';

/** Messages from the parent. */
export type ToEmulator = { type: 'report' } | { type: 'close' };
/** Messages to the parent. */
export type FromEmulator = { type: 'listening'; url: string } | { type: 'report'; sent: [string, string][] };

/** The answer to a request: distinct per input, with multi-byte characters that the deltas split. */
const answerFor = (input: string): string =>
  `Stream ${input} says: grüße, 世界 and ✓ — ${input.length} characters in, tokens out.`;

const send = (message: FromEmulator): void => void process.send?.(message);

// Only as a forked child (the parent imports nothing from here but types).
if (process.send) {
  const sent = new Map<string, string>();
  const server = await startMockServer({
    answer: ({ userText }) => {
      const text = answerFor(userText);
      sent.set(userText, text);
      return text;
    },
    requestLogLimit: 10,
  });
  process.on('message', (message: ToEmulator) => {
    if (message.type === 'report') send({ type: 'report', sent: [...sent] });
    else void server.close().then(() => process.disconnect());
  });
  send({ type: 'listening', url: server.url });
}
