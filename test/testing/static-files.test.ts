// `startMockServer({ files })`: extra files served beside the API, so a browser page can use a client on the
// emulator's own origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/testing/index.js';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({
    files: {
      '/index.html': { type: 'text/html; charset=utf-8', body: '<p>héllo</p>' },
      '/app.js': { type: 'text/javascript', body: new TextEncoder().encode('export {};') },
    },
  });
});
afterAll(() => server.close());

describe('startMockServer files', () => {
  it('serves each file at its path with its content type and length', async () => {
    const page = await fetch(`${server.url}/index.html?query=ignored`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-length')).toBe(String(Buffer.byteLength('<p>héllo</p>')));
    expect(await page.text()).toBe('<p>héllo</p>');
    const script = await fetch(`${server.url}/app.js`);
    expect(await script.text()).toBe('export {};');
  });

  it('answers HEAD with the headers only', async () => {
    const reply = await fetch(`${server.url}/app.js`, { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/javascript');
    expect(await reply.text()).toBe('');
  });

  it('leaves other paths and methods to the emulator, and does not log the files', async () => {
    const before = server.requests.length;
    await fetch(`${server.url}/index.html`);
    expect(server.requests.length).toBe(before);
    expect((await fetch(`${server.url}/other.html`)).status).toBe(404);
    expect((await fetch(`${server.url}/index.html`, { method: 'POST', body: '' })).status).toBe(404);
    expect(await (await fetch(`${server.url}/control/health`)).json()).toEqual({ status: 'ok' });
    expect(server.requests.map((request) => request.path)).toEqual([
      '/other.html',
      '/index.html',
      '/control/health',
    ]);
  });

  it('refuses a path without a leading slash or under /control/', async () => {
    for (const path of ['index.html', '/control', '/control/health']) {
      await expect(startMockServer({ files: { [path]: { type: 'text/plain', body: '' } } })).rejects.toThrow(
        new TypeError(`files: ${JSON.stringify(path)} must be a path starting with / and outside /control/.`),
      );
    }
  });
});
