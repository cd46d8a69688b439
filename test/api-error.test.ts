import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIError, readErrorBody } from '../src/errors/index.js';
import { hasFixtures, loadErrorBodies } from './helpers/fixtures.js';
import { startServer, type TestServer } from './helpers/http-server.js';

const reply = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('APIError.from', () => {
  // Which class each status becomes: test-vectors/errors.json (test/vectors/errors.test.ts), for APIError.from and
  // the client alike.
  it.each([
    ['a detail string', { detail: 'Invalid X-Features header' }, 'Invalid X-Features header'],
    [
      "FastAPI's detail list",
      {
        detail: [
          {
            loc: ['header', 'X-Features', 'agent_arch'],
            msg: "Input should be 'single-llm' or 'dual-llm'",
            type: 'x',
          },
          { loc: ['body', 'model'], msg: 'Field required', type: 'missing' },
        ],
      },
      "header.X-Features.agent_arch: Input should be 'single-llm' or 'dual-llm'; body.model: Field required",
    ],
    ['a top-level message', { message: 'The model is overloaded' }, 'The model is overloaded'],
    [
      "OpenAI's nested error",
      {
        error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded', param: null },
      },
      'Rate limit reached',
    ],
    ['a plain-text body', 'upstream connect error', 'upstream connect error'],
    ['an error string', { error: 'Bad gateway' }, 'Bad gateway'],
  ])('takes the message from %s', (_, body, message) => {
    const error = APIError.from(reply(500, body), body, {
      method: 'post',
      path: '/control/chat/v1/responses',
    });
    expect(error.message).toBe(`500 ${message}: POST /control/chat/v1/responses`);
    expect(error.body).toEqual(body);
  });

  it('falls back to the status text, and reads the path from the reply URL', async () => {
    const server = await startServer((_, response) => {
      response.writeHead(502, 'Bad Gateway').end();
    });
    try {
      const response = await fetch(`${server.url}/control/code/openai/v1/responses`, { method: 'POST' });
      const error = APIError.from(response, await readErrorBody(response));
      expect(error.message).toBe('502 Bad Gateway: /control/code/openai/v1/responses');
      expect(error.body).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('carries code, param, type, request id and headers', () => {
    const body = {
      error: {
        message: 'Unknown parameter',
        type: 'invalid_request_error',
        code: 'unknown_parameter',
        param: 'foo',
      },
    };
    const error = APIError.from(reply(400, body, { 'x-request-id': 'req_123' }), body, {
      method: 'POST',
      path: '/p',
    });
    expect([error.code, error.param, error.errorType, error.requestId]).toEqual([
      'unknown_parameter',
      'foo',
      'invalid_request_error',
      'req_123',
    ]);
    expect(error.headers.get('x-request-id')).toBe('req_123');
    expect(error.message).toBe('400 Unknown parameter: POST /p (request req_123)');
  });

  it('keeps the cause', () => {
    const cause = new Error('underlying');
    expect(APIError.from(reply(500, ''), undefined, { cause }).cause).toBe(cause);
  });

  it.skipIf(!hasFixtures)('reads every recorded error body with its message and code', () => {
    const bodies = loadErrorBodies();
    expect(bodies.length).toBeGreaterThanOrEqual(2);
    for (const { status, body, headers } of bodies) {
      const error = APIError.from(reply(status, body, headers), body, {
        method: 'POST',
        path: '/v1/responses',
      });
      const nested = (body as { error: { message: string; code: string } }).error;
      expect(error.message.startsWith(`${status} ${nested.message.slice(0, 40)}`)).toBe(true);
      expect(error.code).toBe(nested.code);
      if (headers['x-request-id']) expect(error.requestId).toBe(headers['x-request-id']);
    }
  });
});

describe('readErrorBody', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request, response) => {
      const kind = request.url ?? '';
      if (kind === '/json')
        response.writeHead(400, { 'content-type': 'application/json' }).end('{"detail":"bad"}');
      else if (kind === '/text') response.writeHead(500).end('plain failure');
      else if (kind === '/empty') response.writeHead(503).end();
      else if (kind === '/huge') {
        response.writeHead(500);
        response.write('x'.repeat(200 * 1024));
        response.end();
      } else if (kind === '/cut') {
        response.writeHead(500, { 'content-length': '1000' });
        response.write('partial text');
        setTimeout(() => response.destroy(), 20);
      }
    });
  });
  afterAll(() => server.close());

  it('parses JSON', async () => {
    expect(await readErrorBody(await fetch(`${server.url}/json`))).toEqual({ detail: 'bad' });
  });
  it('returns text that is not JSON', async () => {
    expect(await readErrorBody(await fetch(`${server.url}/text`))).toBe('plain failure');
  });
  it('returns undefined for an empty body', async () => {
    expect(await readErrorBody(await fetch(`${server.url}/empty`))).toBeUndefined();
  });
  it('reads at most 64 KiB', async () => {
    const body = await readErrorBody(await fetch(`${server.url}/huge`));
    expect(body).toBe('x'.repeat(64 * 1024));
  });
  it('reads at most 64 KiB of a body that arrives as one large chunk, and cancels the rest', async () => {
    let pulls = 0;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x79));
      },
    });
    const body = await readErrorBody(new Response(source, { status: 500 }));
    expect(body).toBe('y'.repeat(64 * 1024));
    // The first chunk, and at most the one the stream queued ahead of the read.
    expect(pulls).toBeLessThanOrEqual(2);
  });
  it('keeps what arrived before the connection broke', async () => {
    expect(await readErrorBody(await fetch(`${server.url}/cut`))).toBe('partial text');
  });
});

describe('APIError redaction', () => {
  const callerKey = 'my-own-secret-value-42';
  const echoed = [
    'sk-proj-AbCdEf0123456789xyz',
    'sk-ant-api03-ZZZZZZZZZZZZZZZZZZZZ',
    'sk-0123456789abcdefABCDEF',
    'AIzaSyA1234567890abcdefghijklmnopq',
    'Bearer eyJhbGciOiJIUzI1NiJ9.payload.signature',
    callerKey,
  ];
  const leakedParts = [
    'AbCdEf0123456789',
    'ZZZZZZZZZZZZZZZZ',
    '0123456789abcdefABCDEF',
    '1234567890abcdefghij',
    'eyJhbGciOiJIUzI1NiJ9',
    callerKey,
  ];

  it.each(echoed)('never shows %s in message, fields, stack, inspect or JSON', (secret) => {
    const body = {
      error: {
        message: `Incorrect API key provided: ${secret}`,
        code: `bad ${secret}`,
        param: `header ${secret}`,
        type: secret,
      },
    };
    const cause = new Error(`fetch sent ${secret}`);
    const error = APIError.from(reply(401, body, { 'x-echo': secret }), body, {
      method: 'POST',
      path: '/p',
      secrets: [callerKey],
      cause,
    });
    const renderings = [
      error.message,
      String(error.stack),
      String(error.code),
      String(error.param),
      String(error.errorType),
      inspect(error, { showHidden: true, depth: 8 }),
      JSON.stringify(error),
      JSON.stringify(error.body),
      JSON.stringify([...error.headers]),
      inspect(error.cause, { showHidden: true, depth: 8 }),
    ];
    for (const rendering of renderings) {
      for (const part of leakedParts) expect(rendering).not.toContain(part);
    }
    expect(error.message).toContain('Incorrect API key provided:');
    expect((error.cause as Error).message.startsWith('fetch sent ')).toBe(true);
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('APIError.requestId', () => {
  it('is masked like the message, from the x-request-id header or the body', () => {
    const fromHeader = APIError.from(reply(400, {}, { 'x-request-id': 'sk-proj-AbCdEf0123456789xyz' }), {});
    expect(fromHeader.requestId).toBe('sk-proj-***');
    const fromBody = APIError.from(
      reply(400, {}),
      { request_id: 'my-own-secret-value-42' },
      {
        secrets: ['my-own-secret-value-42'],
      },
    );
    expect(fromBody.requestId).toBe('***');
    expect(JSON.stringify([fromHeader, fromBody])).not.toMatch(/AbCdEf|my-own-secret/);
  });
});
