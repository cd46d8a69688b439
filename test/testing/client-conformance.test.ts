// Conformance over real HTTP: SequrityClient against the emulator replaying every shared recording, streamed and
// not, sees exactly what ResponseStream sees when it decodes the recorded bytes directly — the same events, the
// same final response, the same failure.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResponseStream, SequrityClient, type SequrityResponse, type StreamEvent } from '../../src/index.js';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import {
  fixturesDir,
  hasFixtures,
  loadErrorBodies,
  loadRecordings,
  missingFixturesReason,
  type Recording,
} from '../helpers/fixtures.js';
import { outputTextOf } from './helpers.js';

/** One recorded exchange: a stream, or an error reply. */
type Exchange =
  | { kind: 'stream'; index: number; recording: Recording }
  | { kind: 'error'; index: number; status: number; body: unknown; headers: Record<string, string> };

const fileOf = (name: string): string => name.slice(0, name.lastIndexOf('#'));
const indexOf = (name: string): number => Number(name.slice(name.lastIndexOf('#') + 1));

/** Every recording file with its exchanges in recorded order (the order the emulator serves them in). */
function recordedFiles(): Map<string, Exchange[]> {
  const files = new Map<string, Exchange[]>();
  const add = (name: string, exchange: Exchange): void => {
    const list = files.get(fileOf(name)) ?? [];
    list.push(exchange);
    files.set(fileOf(name), list);
  };
  for (const recording of loadRecordings()) {
    add(recording.name, { kind: 'stream', index: indexOf(recording.name), recording });
  }
  for (const error of loadErrorBodies()) {
    // Error bodies that are not replayable recordings (a bare .json body) have no `#`.
    if (error.name.includes('#')) add(error.name, { kind: 'error', index: indexOf(error.name), ...error });
  }
  for (const list of files.values()) list.sort((a, b) => a.index - b.index);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** What a reader of a stream ends up with: the events, then the final response or the failure. */
interface Outcome {
  events: StreamEvent[];
  final?: SequrityResponse | undefined;
  error?: ErrorSummary | undefined;
}

interface ErrorSummary {
  name: string;
  message?: string;
  type?: unknown;
  status?: unknown;
  code?: unknown;
}

/** The parts of an error both readers must agree on. An HTTP error's message also names the route, so not that. */
function summarise(error: unknown): ErrorSummary {
  const fields = error as Record<string, unknown>;
  const summary: ErrorSummary = { name: (error as Error).name, code: fields['code'] };
  if ('status' in fields) summary.status = fields['status'];
  else summary.message = (error as Error).message;
  if ('type' in fields) summary.type = fields['type'];
  return summary;
}

async function read(open: () => Promise<ResponseStream> | ResponseStream): Promise<Outcome> {
  const events: StreamEvent[] = [];
  let stream: ResponseStream;
  try {
    stream = await open();
    for await (const event of stream) events.push(event);
  } catch (error) {
    return { events, error: summarise(error) };
  }
  return { events, final: await stream.finalResponse() };
}

/** ResponseStream on the recorded bytes: JSONL chunks as the NDJSON they are, SSE as recorded, errors as sent. */
function decodeRecorded(exchange: Exchange): Promise<Outcome> {
  if (exchange.kind === 'error') {
    const reply = new Response(JSON.stringify(exchange.body), {
      status: exchange.status,
      headers: { ...exchange.headers, 'content-type': 'application/json' },
    });
    return read(() => ResponseStream.fromResponse(reply));
  }
  const { recording } = exchange;
  if (recording.name.includes('.chunks.txt#')) {
    const ndjson = new Blob([`${recording.rawEvents.join('\n')}\n`]).stream();
    return read(() => ResponseStream.fromReadableStream(ndjson));
  }
  const reply = new Response(new Blob([recording.sse as Uint8Array<ArrayBuffer>]), {
    headers: { 'content-type': 'text/event-stream' },
  });
  return read(() => ResponseStream.fromResponse(reply));
}

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/** The response of a recording's terminal event, as recorded. */
function terminalResponse(recording: Recording): Record<string, unknown> | undefined {
  const event = recording.events.findLast((candidate) => TERMINAL.has(candidate.type));
  return event?.['response'] as Record<string, unknown> | undefined;
}

async function withReplay<T>(file: string, run: (client: SequrityClient, server: MockServer) => Promise<T>) {
  const server = await startMockServer({ replay: join(fixturesDir, file) });
  try {
    const client = new SequrityClient({ apiKey: 'sk-conformance', baseURL: server.url, maxRetries: 0 });
    return await run(client, server);
  } finally {
    await server.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const body = { model: 'gpt-5-mini', input: 'replay' };
const files = [...recordedFiles()];

describe.skipIf(!hasFixtures)(
  `SequrityClient against the emulator replaying the shared recordings ${hasFixtures ? '' : missingFixturesReason}`,
  () => {
    it('covers every recording: all the recorded streams and the recorded error reply', () => {
      const exchanges = files.flatMap(([, list]) => list);
      expect(files.length).toBeGreaterThanOrEqual(15);
      expect(exchanges.filter((exchange) => exchange.kind === 'stream')).toHaveLength(
        loadRecordings().length,
      );
      expect(exchanges.some((exchange) => exchange.kind === 'error')).toBe(true);
    });

    it.each(files)(
      '%s, streamed: the same events and final response as the recorded bytes',
      async (file, list) => {
        await withReplay(file, async (client) => {
          for (const exchange of list) {
            const expected = await decodeRecorded(exchange);
            // The direct decoding read the whole recording (or stopped at its error): the comparison is not empty.
            if (exchange.kind === 'error') expect(expected.error).toMatchObject({ status: exchange.status });
            else if (expected.error === undefined) {
              expect(expected.events).toHaveLength(exchange.recording.events.length);
            } else expect(expected.error.name).toBe('StreamEventError');
            let sessionId: string | undefined;
            let requestId: string | undefined;
            const actual = await read(async () => {
              const stream = await client.responses.create({ ...body, stream: true });
              sessionId = stream.sessionId;
              requestId = stream.requestId;
              return stream;
            });
            expect(actual.events).toEqual(expected.events);
            expect(actual.error).toEqual(expected.error);
            if (expected.final === undefined) {
              expect(actual.final).toBeUndefined();
              continue;
            }
            // The emulator adds what the real server adds: a session and a request id, which the final response then
            // carries.
            expect(sessionId).toMatch(UUID);
            expect(requestId).toMatch(/^req_/);
            expect(actual.final).toEqual({ ...expected.final, session_id: sessionId, request_id: requestId });
          }
        });
      },
    );

    it.each(files)('%s, not streamed: the same final response as the recorded bytes', async (file, list) => {
      await withReplay(file, async (client) => {
        for (const exchange of list) {
          const expected = await decodeRecorded(exchange);
          let response;
          try {
            response = await client.responses.create(body);
          } catch (error) {
            expect(expected.error, 'the recording is an error reply').toBeDefined();
            expect(summarise(error)).toEqual(expected.error);
            continue;
          }
          expect(exchange.kind).toBe('stream');
          const { session_id, request_id, ...rest } = response;
          expect(session_id).toMatch(UUID);
          expect(request_id).toMatch(/^req_/);
          // The response of the recorded terminal event, with its text; and, when the recorded stream ends well,
          // exactly what ResponseStream rebuilds from it. (A stream with an `error` event fails before its
          // terminal event, while a JSON request gets that terminal response.)
          const terminal = exchange.kind === 'stream' ? terminalResponse(exchange.recording) : undefined;
          expect(rest).toEqual({ ...terminal, output_text: outputTextOf(terminal ?? {}) });
          if (expected.error === undefined) expect(rest).toEqual(expected.final);
          else expect(expected.error.name).toBe('StreamEventError');
        }
      });
    });
  },
);
