// Hostile bodies: a 200 MB error reply, a 503 with a huge body that is retried, a gzip bomb as a JSON reply and as an
// event stream. The server runs here; the client runs in a probe process with a small heap, so a body read whole
// fails the case (an out-of-memory abort) instead of the run, and the probe reports its peak RSS.
import type { ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/http-server.js';
import { sseFrames, streamEvents } from '../helpers/sequrity-server.js';
import { runProbe } from './child.js';

const MiB = 1024 * 1024;

/**
 * A probe that runs `code` (the body of an async function, with `sdk` the package and `url` the server) and reports
 * what it returned or, for a throw, the error's name, type, status, message and body length; with its peak RSS.
 */
function probe(code: string): string {
  return `
import * as sdk from './src/index.ts';
const url = process.env['PROBE_URL'];
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 2);
let result;
try {
  result = await (async () => { ${code} })();
} catch (error) {
  result = {
    name: error?.name, type: error?.type, status: error?.status, message: String(error?.message).slice(0, 400),
    bodyLength: typeof error?.body === 'string' ? error.body.length : undefined,
  };
}
clearInterval(timer);
sample();
console.log(JSON.stringify({ ...result, rssMb: Math.round(peak / ${MiB}) }));
`;
}

/** What a probe reports: what its code returned, or the error it threw; and its peak RSS in MiB. */
interface Report {
  [field: string]: unknown;
  rssMb: number;
  message?: string;
  events?: number;
}

/** Runs `code` in a probe against `server`, with a small heap; fails unless the probe exited normally. */
async function runAgainst(server: TestServer, code: string, heapMb = 128): Promise<Report> {
  const result = await runProbe(probe(code), { heapMb, timeoutMs: 60_000, env: { PROBE_URL: server.url } });
  expect(result, result.stderr).toMatchObject({ code: 0, timedOut: false });
  return result.report as Report;
}

/** Writes `total` bytes of `byte` in 1 MiB pieces, as fast as the client takes them; resolves with what was written. */
async function writeLarge(response: ServerResponse, total: number, byte = 0x61): Promise<number> {
  const piece = Buffer.alloc(MiB, byte);
  let written = 0;
  while (written < total && !response.destroyed) {
    written += piece.length;
    if (!response.write(piece))
      await new Promise((resolve) => {
        response.once('drain', resolve);
        response.once('close', resolve);
      });
  }
  response.end();
  return written;
}

/** `repeat` copies of `piece` gzipped, built a piece at a time (no buffer of the decoded size is ever made). */
async function gzipBomb(piece: Buffer, repeat: number, head = Buffer.alloc(0)): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on('data', (part: Buffer) => parts.push(part));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(head);
  for (let i = 0; i < repeat; i++) {
    if (!gzip.write(piece)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await ended;
  return Buffer.concat(parts);
}

const SEND = `
  const client = new sdk.SequrityClient({ apiKey: 'sqrt-key-0123456789', baseURL: url, maxRetries: 0 });
  await client.responses.create({ model: 'gpt-5-mini', input: 'Hi' });
  return { name: 'no error' };
`;

describe('an error reply of 200 MB', () => {
  it('is read up to 64 KiB by the client, and the rest is cancelled, not read', async () => {
    let written: Promise<number> = Promise.resolve(0);
    const server = await startServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      written = writeLarge(response, 200 * MiB);
    });
    try {
      const report = await runAgainst(server, SEND);
      expect(report).toMatchObject({ name: 'InternalServerError', status: 500, bodyLength: 64 * 1024 });
      expect(report.rssMb).toBeLessThan(200);
      // What the server got to write is what the socket buffers held when the client hung up.
      expect(await written).toBeLessThan(64 * MiB);
    } finally {
      await server.close();
    }
  });

  it('is read up to 64 KiB by the low-level client', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      void writeLarge(response, 200 * MiB);
    });
    try {
      const report = await runAgainst(
        server,
        `const client = sdk.createLowLevelClient({ baseUrl: url });
         const { error, response } = await client.createResponse({
           params: { path: { endpoint_type: 'chat' } }, body: { model: 'gpt-5-mini', input: 'Hi' } });
         return { status: response.status, errorLength: error.length };`,
      );
      expect(report).toMatchObject({ status: 500, errorLength: 64 * 1024 });
      expect(report.rssMb).toBeLessThan(200);
    } finally {
      await server.close();
    }
  });

  it('is read up to 64 KiB by ResponseStream.fromResponse', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      void writeLarge(response, 200 * MiB);
    });
    try {
      const report = await runAgainst(
        server,
        `const stream = sdk.ResponseStream.fromResponse(await fetch(url, { method: 'POST' }));
         await stream.finalResponse();`,
      );
      expect(report).toMatchObject({ name: 'InternalServerError', status: 502, bodyLength: 64 * 1024 });
      expect(report.rssMb).toBeLessThan(200);
    } finally {
      await server.close();
    }
  });
});

describe('a 503 with a huge body', () => {
  it('is read up to 64 KiB on every attempt', async () => {
    const written: Promise<number>[] = [];
    const server = await startServer((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/plain', 'retry-after-ms': '1' });
      written.push(writeLarge(response, 100 * MiB));
    });
    try {
      const report = await runAgainst(
        server,
        `const client = new sdk.SequrityClient({ apiKey: 'sqrt-key-0123456789', baseURL: url, maxRetries: 2 });
         await client.responses.create({ model: 'gpt-5-mini', input: 'Hi' });`,
      );
      expect(report).toMatchObject({ name: 'InternalServerError', status: 503, bodyLength: 64 * 1024 });
      expect(server.requests).toHaveLength(3);
      expect(report.rssMb).toBeLessThan(200);
      for (const bytes of await Promise.all(written)) expect(bytes).toBeLessThan(64 * MiB);
    } finally {
      await server.close();
    }
  });
});

describe('a gzip bomb', () => {
  // 256 MiB as decoded, about 256 KiB on the wire: four times the default maxResponseBytes.
  let jsonBomb: Buffer;
  let sseBomb: Buffer;
  beforeAll(async () => {
    jsonBomb = await gzipBomb(Buffer.alloc(MiB, 0x20), 256, Buffer.from('{"id":"resp_1","padding":"'));
    // The deltas of one message, so that a client that reads it all also keeps its text.
    const [created, added, part, delta] = sseFrames(streamEvents('resp_1', 'x'.repeat(2048)));
    const head = Buffer.from(`${created}${added}${part}`);
    sseBomb = await gzipBomb(Buffer.from((delta as string).repeat(256)), 256, head);
  });

  const serve = (body: () => Buffer, type: string) =>
    startServer((_request, response) => {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      response.end(body());
    });

  it('as a JSON reply fails with response-too-large at maxResponseBytes (64 MiB), and is not retried', async () => {
    const server = await serve(() => jsonBomb, 'application/json');
    try {
      const report = await runAgainst(
        server,
        `const client = new sdk.SequrityClient({ apiKey: 'sqrt-key-0123456789', baseURL: url });
         await client.responses.create({ model: 'gpt-5-mini', input: 'Hi' });`,
        256,
      );
      expect(jsonBomb.length).toBeLessThan(MiB);
      expect(report).toMatchObject({ name: 'StreamError', type: 'response-too-large' });
      expect(report.message).toContain('over 67108864 bytes (the maxResponseBytes option)');
      expect(server.requests).toHaveLength(1);
      // The decoded 64 MiB as one string, far below the 256 MiB of the bomb.
      expect(report.rssMb).toBeLessThan(400);
    } finally {
      await server.close();
    }
  });

  it('as a JSON reply stops at a per-call maxResponseBytes', async () => {
    const server = await serve(() => jsonBomb, 'application/json');
    try {
      const report = await runAgainst(
        server,
        `const client = new sdk.SequrityClient({ apiKey: 'sqrt-key-0123456789', baseURL: url });
         await client.responses.create({ model: 'gpt-5-mini', input: 'Hi' }, { maxResponseBytes: ${MiB} });`,
      );
      expect(report).toMatchObject({ name: 'StreamError', type: 'response-too-large' });
      expect(report.message).toContain(`over ${MiB} bytes (the maxResponseBytes option)`);
      expect(report.rssMb).toBeLessThan(200);
    } finally {
      await server.close();
    }
  });

  it('as an event stream fails with response-too-large once the stream received maxResponseBytes', async () => {
    const server = await serve(() => sseBomb, 'text/event-stream');
    try {
      const report = await runAgainst(
        server,
        `const client = new sdk.SequrityClient({ apiKey: 'sqrt-key-0123456789', baseURL: url, maxResponseBytes: ${16 * MiB} });
         const stream = await client.responses.create({ model: 'gpt-5-mini', input: 'Hi', stream: true });
         let events = 0;
         try { for await (const _event of stream) events++; }
         catch (error) { return { name: error.name, type: error.type, message: error.message, events }; }
         return { name: 'no error', events };`,
      );
      expect(report).toMatchObject({ name: 'StreamError', type: 'response-too-large' });
      expect(report.events).toBeGreaterThan(1000);
      expect(report.rssMb).toBeLessThan(250);
    } finally {
      await server.close();
    }
  });

  it('as an event stream read by ResponseStream.fromResponse stops at the default 64 MiB', async () => {
    const server = await serve(() => sseBomb, 'text/event-stream');
    try {
      const report = await runAgainst(
        server,
        `const stream = sdk.ResponseStream.fromResponse(await fetch(url, { method: 'POST' }));
         let events = 0;
         try { for await (const _event of stream) events++; }
         catch (error) { return { name: error.name, type: error.type, message: error.message, events }; }
         return { name: 'no error', events };`,
        384,
      );
      expect(report).toMatchObject({ name: 'StreamError', type: 'response-too-large' });
      expect(report.message).toContain('more than 67108864 bytes (the maxResponseBytes option)');
      expect(report.rssMb).toBeLessThan(500);
    } finally {
      await server.close();
    }
  });
});
