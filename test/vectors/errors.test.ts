// test-vectors/errors.json: each error reply, sent by a loopback server to our client (a plain and a streamed
// request), and handed to APIError.from directly, gives the case's error class and message.
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';

import { APIError, readErrorBody } from '../../src/errors/index.js';
import { reply } from '../helpers/http-server.js';
import { clientFor, rejection, useServers } from '../helpers/sequrity-server.js';
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
const start = useServers();
const PATH = '/control/chat/v1/responses';
const request = { model: 'gpt-5-mini', input: 'Hello' };

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
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({
        name: vector.error_class,
        status: vector.status,
        message: vector.message,
      });
    };

    it.each([false, true])('the client raises it (stream: %s)', async (stream) => {
      const server = await start((_request, response) =>
        reply(response, vector.status, vector.headers, vector.body),
      );
      const client = clientFor(server, { maxRetries: 0 });
      expectError(await rejection(client.responses.create({ ...request, stream })));
      expect(server.requests).toHaveLength(1);
    });

    it('APIError.from builds it from the reply', async () => {
      const response = new Response(vector.body === '' ? null : vector.body, {
        status: vector.status,
        statusText: STATUS_CODES[vector.status] ?? '',
        headers: vector.headers,
      });
      expectError(APIError.from(response, await readErrorBody(response), { method: 'POST', path: PATH }));
    });
  });
});
