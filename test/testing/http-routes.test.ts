// The HTTP surface of the emulator over real loopback HTTP: routes, methods, authentication, CORS, size limits.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';
import { AUTH, expectSchema, post, responsesUrl } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ maxBodyBytes: 64 * 1024 });
});
afterAll(() => server.close());

describe('startMockServer', () => {
  it('listens on 127.0.0.1 on an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves both Responses routes, with and without a provider', async () => {
    for (const path of ['/control/chat/v1/responses', '/control/code/openai/v1/responses']) {
      const reply = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ model: 'gpt-5-mini', input: 'hi' }),
      });
      expect(reply.status, path).toBe(200);
      const text = await reply.text();
      expect(reply.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
      expectSchema('Response', JSON.parse(text));
    }
  });

  it('answers an unknown route with 404 {"detail": "Not Found"}', async () => {
    const reply = await fetch(`${server.url}/v1/responses`, { method: 'POST', headers: AUTH, body: '{}' });
    expect(reply.status).toBe(404);
    expect(await reply.json()).toEqual({ detail: 'Not Found' });
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const reply = await fetch(responsesUrl(server.url), { method: 'GET', headers: AUTH });
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await reply.json()).toEqual({ detail: 'Method Not Allowed' });
  });

  it('answers TRACE and CONNECT (which fetch cannot send) with 405 and Allow, or 404 off the routes', async () => {
    /** Sends a bare request line over a socket, and reads the status, `allow` and body of the reply. */
    const send = (method: string, target: string) =>
      new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () =>
          socket.write(`${method} ${target} HTTP/1.1\r\nhost: emulator\r\nconnection: close\r\n\r\n`),
        );
        let text = '';
        socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        socket.on('error', reject).on('end', () => {
          const [head = '', body = ''] = text.split('\r\n\r\n');
          resolve({
            status: Number(head.split(' ')[1]),
            allow: /^allow: (.*)$/im.exec(head)?.[1],
            body,
          });
        });
      });
    const before = server.requests.length;
    const refused = { status: 405, allow: 'POST, OPTIONS', body: '{"detail":"Method Not Allowed"}' };
    expect(await send('TRACE', '/control/chat/v1/responses')).toEqual(refused);
    expect(await send('PROPFIND', '/control/chat/v1/responses')).toEqual(refused);
    expect((await send('TRACE', '/control/health')).allow).toBe('GET, OPTIONS');
    expect((await send('TRACE', '/elsewhere')).status).toBe(404);
    expect(server.requests.slice(before).map((record) => [record.method, record.status])).toEqual([
      ['TRACE', 405],
      ['PROPFIND', 405],
      ['TRACE', 405],
      ['TRACE', 404],
    ]);
    expect(await send('CONNECT', 'example.com:443')).toEqual({ ...refused, allow: 'GET, POST, OPTIONS' });
  });

  it('answers a request without a bearer token with 401', async () => {
    for (const authorization of [undefined, 'Basic dXNlcjpwYXNz', 'Bearer ', 'Bearer']) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization !== undefined) headers['authorization'] = authorization;
      const reply = await fetch(responsesUrl(server.url), {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: 'm' }),
      });
      expect(reply.status, String(authorization)).toBe(401);
      expect(reply.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await reply.json()) as { detail: string };
      expect(body.detail).toContain('Authorization: Bearer');
      expectSchema('ErrorBody', body);
    }
  });

  it('answers a CORS preflight with the Sequrity headers and x-emulator-fault allowed', async () => {
    const reply = await fetch(responsesUrl(server.url), {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-features',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(reply.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    const allowed = (reply.headers.get('access-control-allow-headers') ?? '').split(', ');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'x-api-key',
        'x-features',
        'x-policy',
        'x-config',
        'x-session-id',
        'x-emulator-fault',
      ]),
    );
  });

  it('lets browser scripts read X-Session-ID and x-request-id', async () => {
    const reply = await post(server.url, { model: 'm', input: 'hi' }, { origin: 'http://localhost:5173' });
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(reply.headers.get('access-control-expose-headers')).toContain('x-session-id');
    expect(reply.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    await reply.body?.cancel();
  });

  it('refuses a body over maxBodyBytes with 413, by Content-Length or while reading a chunked body', async () => {
    const big = JSON.stringify({ model: 'm', input: 'x'.repeat(70 * 1024) });
    const declared = await post(server.url, big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { detail: string }).detail).toContain('65536 bytes');

    // No Content-Length: the limit applies while the body streams in.
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(responsesUrl(server.url));
      const request = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: AUTH },
        (reply) => {
          reply.resume();
          resolve(reply.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.write(big.slice(0, 40 * 1024));
      request.end(big.slice(40 * 1024));
    });
    expect(status).toBe(413);
  });

  it('serves a health check and the list of routes', async () => {
    const health = await fetch(`${server.url}/control/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const root = (await (await fetch(`${server.url}/control/`)).json()) as { routes: string[] };
    expect(root.routes).toContain('POST /control/{endpoint_type}/v1/responses');
    expect(root.routes).toEqual(server.emulator.routes);
  });
});
