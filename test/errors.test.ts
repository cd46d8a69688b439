import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/internal/redact.js';
import * as pkg from '../src/index.js';
import * as testing from '../src/testing/index.js';
import {
  APIConnectionError,
  ResponseStream,
  SequrityError,
  StreamError,
  StreamEventError,
  ToolLoopLimitError,
  type ReadStreamOptions,
} from '../src/index.js';
import { pacedBody, streamResponse } from './helpers/bodies.js';
import { collect } from './helpers/collect.js';
import { textEvents } from './helpers/events.js';
import { bytes, sse, sseText } from './helpers/sse.js';

describe('errors', () => {
  it('form one hierarchy with a name per class and a switchable type', () => {
    const cause = new Error('socket hang up');
    const error = new StreamError('read-failed', 'Reading the stream failed: socket hang up', { cause });
    expect(error).toBeInstanceOf(SequrityError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('StreamError');
    expect(error.type).toBe('read-failed');
    expect(error.cause).toBe(cause);
    const eventError = new StreamEventError('Stream error (x): y', { code: 'x', requestId: 'req_1' });
    expect(eventError).toBeInstanceOf(StreamError);
    expect([eventError.name, eventError.type, eventError.code, eventError.requestId]).toEqual([
      'StreamEventError',
      'stream-error-event',
      'x',
      'req_1',
    ]);
  });

  it('each name itself with its class name, for every error class the package and ./testing export', () => {
    type Exported = Record<string, unknown>;
    const response = { id: 'resp_1', output: [], output_text: '' } as never;
    const headers = new Headers();
    /** One instance of each class, built the way the library builds it. */
    const instances: Record<string, (Class: never) => Error> = {
      SequrityError: (C: typeof pkg.SequrityError) => new C('x'),
      APIError: (C: typeof pkg.APIError) => new C(418, 'x', { headers, body: undefined }),
      APIConnectionError: (C: typeof pkg.APIConnectionError) => new C('x', { mayHaveBeenSent: false }),
      APIConnectionTimeoutError: (C: typeof pkg.APIConnectionTimeoutError) => new C('x', { timeoutMs: 1 }),
      APIUserAbortError: (C: typeof pkg.APIUserAbortError) => new C('x', { reason: undefined }),
      StreamError: (C: typeof pkg.StreamError) => new C('aborted', 'x'),
      StreamEventError: (C: typeof pkg.StreamEventError) => new C('x', {}),
      StructuredOutputError: (C: typeof pkg.StructuredOutputError) =>
        new C('invalid-json', 'x', { text: '' }),
      ToolLoopLimitError: (C: typeof pkg.ToolLoopLimitError) => new C(response, 1),
      EmulatorSetupError: (C: typeof testing.EmulatorSetupError) => new C('x'),
      ...Object.fromEntries(
        [
          'BadRequestError',
          'AuthenticationError',
          'PermissionDeniedError',
          'NotFoundError',
          'ConflictError',
          'UnprocessableEntityError',
          'RateLimitError',
          'InternalServerError',
        ].map((name) => [name, (C: typeof pkg.APIError) => new C(400, 'x', { headers, body: undefined })]),
      ),
    };
    const classes = [...Object.entries(pkg as Exported), ...Object.entries(testing as Exported)].filter(
      ([, value]) => typeof value === 'function' && (value === Error || value.prototype instanceof Error),
    ) as [string, new (...args: never[]) => Error][];
    expect(classes.map(([name]) => name).sort()).toEqual(Object.keys(instances).sort());
    for (const [name, Class] of classes) {
      const error = instances[name]!(Class as never);
      expect([error.name, Class.name, error instanceof pkg.SequrityError]).toEqual([name, name, true]);
    }
  });

  it('mask bearer tokens and sk-style keys in server text', () => {
    const text =
      'Bad key sk-proj-AbC123xyz789LONG and header "Bearer eyJhbGciOi.payload.sig", sess_12345678901';
    expect(redactSecrets(text)).toBe('Bad key sk-proj-*** and header "Bearer ***", sess_***');
    expect(redactSecrets('Incorrect API key provided: <not-a-r****key>.')).toBe(
      'Incorrect API key provided: <not-a-r****key>.',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Stream errors never show a credential, whatever the server echoed and wherever it ended up.
// ---------------------------------------------------------------------------------------------------------------

/** A key the caller gave the library; no pattern knows its shape, so only `secrets` can mask it. */
const CALLER_SECRET = 'caller-secret-7f3a9b2c';
/** Credentials of every known shape, and the part of each that must never be seen. */
const CREDENTIALS = [
  ['sk-live-0123456789abcdef', '0123456789abcdef'],
  ['sk-proj-AbC123xyz789LONGtail', 'AbC123xyz789LONGtail'],
  ['sk-ant-api03-abcdefghijklmnop', 'abcdefghijklmnop'],
  ['AIzaSyA1234567890abcdefghijklmnopq', 'SyA1234567890abcdefghijklmnopq'],
  ['Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig', 'eyJhbGciOiJIUzI1NiJ9'],
  [CALLER_SECRET, CALLER_SECRET],
] as const;
const ECHO = CREDENTIALS.map(([credential]) => credential).join(' and ');
const options: ReadStreamOptions = { secrets: [CALLER_SECRET] };

/** Every way an error is looked at: message, stack, inspect with hidden fields, JSON. */
function renderings(error: unknown): Record<string, string> {
  return {
    message: (error as Error).message,
    stack: String((error as Error).stack),
    inspect: inspect(error, { showHidden: true, depth: 8 }),
    json: JSON.stringify(error),
  };
}

function expectNoCredential(error: unknown): void {
  expect(error).toBeInstanceOf(SequrityError);
  for (const [how, text] of Object.entries(renderings(error))) {
    for (const [, tail] of CREDENTIALS) expect(text, `${how} shows ${tail}`).not.toContain(tail);
  }
}

const sseStream = (text: string, streamOptions = options) =>
  ResponseStream.fromResponse(streamResponse([bytes(text)]), streamOptions);

describe('stream errors mask credentials', () => {
  it('in an error event that echoes them in message, code, param, type and other fields', async () => {
    const event = {
      type: 'error',
      sequence_number: 2,
      error: { message: `rejected ${ECHO}`, code: `bad_${CALLER_SECRET}`, param: ECHO, type: ECHO },
      echoed_request: { headers: { authorization: `Bearer ${CALLER_SECRET}` }, key: ECHO },
    };
    const stream = sseStream(sseText([textEvents[0], event]));
    const { error } = await collect(stream);
    expect(error).toBeInstanceOf(StreamEventError);
    const eventError = error as StreamEventError;
    expect(eventError.message).toContain('rejected sk-live-*** and sk-proj-*** and sk-ant-*** and AIza***');
    expect([eventError.code, eventError.param?.includes('Bearer ***')]).toEqual(['bad_***', true]);
    expectNoCredential(error);
    // The hidden event is there to be forwarded, masked as well.
    expect(JSON.stringify(eventError.event)).toContain('"error"');
    expect(JSON.stringify(eventError.event)).not.toContain(CALLER_SECRET);
    await expect(stream.finalResponse()).rejects.toBe(error);
  });

  it('in the flat error shape, a string error and a named `event: error` frame with plain-text data', async () => {
    for (const text of [
      sseText([{ type: 'error', code: CALLER_SECRET, message: ECHO, param: ECHO }]),
      sseText([{ type: 'error', error: ECHO }]),
      sse.frame({ event: 'error', data: `upstream said ${ECHO}` }),
    ]) {
      const { error } = await collect(sseStream(text));
      expect(error).toBeInstanceOf(StreamEventError);
      expectNoCredential(error);
    }
  });

  it('when forwarded through the NDJSON bridge', async () => {
    const event = { type: 'error', error: { message: ECHO, param: CALLER_SECRET } };
    const browser = ResponseStream.fromReadableStream(
      sseStream(sseText([event])).toReadableStream(),
      options,
    );
    const { error } = await collect(browser);
    expect(error).toBeInstanceOf(StreamEventError);
    expectNoCredential(error);
  });

  it('in malformed JSON, by giving its position and length but no payload text', async () => {
    const payload = `{"type":"response.output_text.delta","delta":"PAYLOAD ${ECHO}"`; // no closing brace
    const texts = [
      `${sseText([textEvents[0]])}data: ${payload}\n\n`, // malformed mid-stream: invalid-json
      `${sseText([textEvents[0]])}data: ${payload}`, // cut off at the end: incomplete-stream, invalid-json as cause
    ];
    const errors = [];
    for (const text of texts) errors.push((await collect(sseStream(text))).error);
    const ndjson = ResponseStream.fromReadableStream(pacedBody([bytes(`${payload}\n`)]).body, options);
    errors.push((await collect(ndjson)).error);
    expect(errors.map((error) => (error as StreamError).type)).toEqual([
      'invalid-json',
      'incomplete-stream',
      'invalid-json',
    ]);
    expect((errors[0] as Error).message).toBe(
      `Invalid JSON in server-sent event #2 (${payload.length} characters, error at character ${payload.length}).`,
    );
    for (const error of errors) {
      expectNoCredential(error);
      for (const text of Object.values(renderings(error))) expect(text).not.toContain('PAYLOAD');
    }
  });

  it('in the partial response a truncated stream carries', async () => {
    const delta = { ...textEvents[3], delta: `the key is ${CALLER_SECRET}` };
    const { error } = await collect(sseStream(sseText([...textEvents.slice(0, 3), delta])));
    expect(error).toMatchObject({ type: 'incomplete-stream' });
    expect(JSON.stringify((error as StreamError).response)).toContain('the key is ***');
    expectNoCredential(error);
  });

  it('in the cause of an abort, a read failure and an idle timeout', async () => {
    const controller = new AbortController();
    const aborted = sseStream(sseText(textEvents), { ...options, signal: controller.signal });
    controller.abort(new Error(`gave up on ${ECHO}`));
    const failing = pacedBody([bytes(sseText([textEvents[0]]))], {
      end: { error: new Error(`reset ${ECHO}`) },
    });
    const stalled = pacedBody([], { end: 'stall' });
    const errors = [
      (await collect(aborted)).error,
      (await collect(ResponseStream.fromResponse(new Response(failing.body), options))).error,
      (
        await collect(
          ResponseStream.fromResponse(new Response(stalled.body), { ...options, idleTimeoutMs: 20 }),
        )
      ).error,
    ];
    expect(errors.map((error) => (error as StreamError).type)).toEqual([
      'aborted',
      'read-failed',
      'idle-timeout',
    ]);
    for (const error of errors) expectNoCredential(error);
  });

  it('in an error reply (APIError) whose body echoes them', async () => {
    const body = JSON.stringify({ error: { message: `bad key ${ECHO}`, param: CALLER_SECRET, code: ECHO } });
    const reply = new Response(body, { status: 401, headers: { 'content-type': 'application/json' } });
    const { error } = await collect(ResponseStream.fromResponse(reply, options));
    expect(error).toMatchObject({ status: 401, param: '***' });
    expectNoCredential(error);
  });
});

describe('every field of every error is masked', () => {
  it('APIConnectionError.code and ToolLoopLimitError.response', () => {
    const key = 'sk-proj-AbCdEf0123456789xyz';
    const connection = new APIConnectionError('failed', { code: key, mayHaveBeenSent: false });
    const limit = new ToolLoopLimitError(
      { id: 'resp_1', output: [], output_text: `the key is ${key}` } as never,
      3,
    );
    for (const error of [connection, limit]) {
      expect(inspect(error, { depth: 8 })).not.toContain('AbCdEf');
      expect(JSON.stringify(error)).not.toContain('AbCdEf');
    }
    expect(connection.code).toBe('sk-proj-***');
    expect(limit.response.output_text).toBe('the key is sk-proj-***');
  });
});
