import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ResponseStream, SequrityError, StreamError, StreamEventError } from '../src/index.js';
import { redactSecrets } from '../src/errors.js';
import { collect } from './helpers/collect.js';
import { streamResponse } from './helpers/bodies.js';
import { sseBytes } from './helpers/sse.js';

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

  it('mask bearer tokens and sk-style keys in server text', () => {
    const text =
      'Bad key sk-proj-AbC123xyz789LONG and header "Bearer eyJhbGciOi.payload.sig", sess_12345678901';
    expect(redactSecrets(text)).toBe('Bad key sk-proj-*** and header "Bearer ***", sess_***');
    expect(redactSecrets('Incorrect API key provided: <not-a-r****key>.')).toBe(
      'Incorrect API key provided: <not-a-r****key>.',
    );
  });

  it('never show a key that a server echoed in an error event, in message, inspect or JSON', async () => {
    const key = 'sk-live-0123456789abcdef';
    const body = sseBytes([{ type: 'error', error: { message: `key ${key} rejected` } }]);
    const stream = ResponseStream.fromResponse(streamResponse([body]));
    const { error } = await collect(stream);
    expect(error).toBeInstanceOf(StreamEventError);
    expect((error as StreamEventError).message).toBe('Stream error: key sk-live-*** rejected');
    for (const rendering of [inspect(error), JSON.stringify(error), String((error as Error).stack)]) {
      expect(rendering).not.toContain('0123456789abcdef');
    }
  });
});
