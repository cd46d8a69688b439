// test-vectors/errors.json, the one table of status → error class: each error reply, handed to our client (a plain
// and a streamed request) by an injected fetch and to APIError.from directly, gives the case's class, message, body
// and request id. What the network adds (reading a body from a socket) is tested in client/sequrity-client-errors.
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';

import { SequrityClient } from '../../src/client/sequrity-client.js';
import * as errors from '../../src/errors/index.js';
import { APIError, readErrorBody, SequrityError } from '../../src/errors/index.js';
import { rejection } from '../helpers/collect.js';
import { API_KEY } from '../helpers/sequrity-server.js';
import { duplicateIds, readVectors, validateVectors } from './vectors.js';

interface ErrorsCase {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  error_class: string;
  message: string;
}

const file = readVectors<{ cases: ErrorsCase[] }>('errors');
const BASE = 'http://sequrity.test';
const PATH = '/control/chat/v1/responses';
const request = { model: 'gpt-5-mini', input: 'Hello' };

/** The reply of a case, as fetch would hand it over. */
const replyOf = (vector: ErrorsCase): Response =>
  new Response(vector.body === '' ? null : vector.body, {
    status: vector.status,
    statusText: STATUS_CODES[vector.status] ?? '',
    headers: vector.headers,
  });

/** What `error.body` holds for a body that is not blank: the parsed JSON, else the text. */
function bodyOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The shapes every listed status must come in, recognised from the case's body. */
function shapeOf(body: string): string {
  if (body.trim() === '') return 'empty';
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'plain text';
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof record['detail'] === 'string') return 'detail string';
  if (Array.isArray(record['detail'])) return 'detail list';
  if (typeof record['error'] === 'object' && record['error'] !== null) return 'OpenAI error object';
  if (typeof record['message'] === 'string') return 'message';
  return 'other JSON';
}

describe('test-vectors/errors.json', () => {
  it('matches its JSON Schema, with unique ids', () => {
    expect(validateVectors('errors', file)).toEqual([]);
    expect(duplicateIds(file.cases)).toEqual([]);
  });

  it.each([400, 401, 403, 404, 409, 422, 429, 500, 503])('covers %i in every body shape', (status) => {
    const shapes = new Set(file.cases.filter((c) => c.status === status).map((c) => shapeOf(c.body)));
    for (const shape of [
      'detail string',
      'detail list',
      'message',
      'OpenAI error object',
      'plain text',
      'empty',
    ])
      expect(shapes, shape).toContain(shape);
  });

  describe.each(file.cases)('$id', (vector) => {
    const expectError = (error: unknown) => {
      const Class = (errors as unknown as Record<string, typeof APIError>)[vector.error_class];
      expect(Class, `${vector.error_class} is exported by src/errors.ts`).toBeDefined();
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(SequrityError);
      expect(error).toMatchObject({
        name: vector.error_class,
        status: vector.status,
        message: vector.message,
      });
      // A blank body is `undefined` from APIError.from(readErrorBody) but its text from the client.
      if (vector.body.trim() !== '') expect((error as APIError).body).toEqual(bodyOf(vector.body));
      const requestId = vector.headers['x-request-id'];
      if (requestId !== undefined) {
        expect((error as APIError).requestId).toBe(requestId);
        expect((error as APIError).headers.get('x-request-id')).toBe(requestId);
      }
    };

    it.each([false, true])('the client raises it (stream: %s), after one request', async (stream) => {
      const sent: Request[] = [];
      const client = new SequrityClient({
        apiKey: API_KEY,
        baseURL: BASE,
        maxRetries: 0,
        fetch: (input, init) => {
          sent.push(new Request(input, init));
          return Promise.resolve(replyOf(vector));
        },
      });
      expectError(await rejection(client.responses.create({ ...request, stream })));
      expect(sent.map((each) => [each.method, each.url])).toEqual([['POST', `${BASE}${PATH}`]]);
    });

    it('APIError.from builds it from the reply', async () => {
      const response = replyOf(vector);
      expectError(APIError.from(response, await readErrorBody(response), { method: 'POST', path: PATH }));
    });
  });
});
