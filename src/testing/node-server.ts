// The thin `node:http` adapter: a real HTTP server on 127.0.0.1 that hands each request to the emulator's web
// handler and writes the reply back, resetting the socket when the handler says so.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { createEmulator, handleForbiddenMethod, type Emulator } from './emulator.js';
import { isConnectionReset } from './http-replies.js';
import type { EmulatorOptions } from './options.js';
import type { Transcript } from './replay.js';
import type { RecordedRequest } from './request-log.js';
import { loadTranscript } from './transcript-file.js';

/** Options of {@link startMockServer}: the emulator's, plus where to listen. */
export interface MockServerOptions extends Omit<EmulatorOptions, 'replay'> {
  /** Port to listen on. @defaultValue 0 (an ephemeral port) */
  port?: number;
  /** Address to listen on. @defaultValue `127.0.0.1` */
  host?: string;
  /** A recording to replay: a parsed transcript, or the path of a `.sse`, `.chunks.txt`/`.jsonl` or `.yaml` file. */
  replay?: Transcript | string;
  /**
   * Files served to `GET` (and `HEAD`) requests at these exact paths, outside `/control/`: a page that uses a
   * client from a browser on the emulator's own origin, for example. They are not logged in `requests`.
   * @defaultValue none
   */
  files?: Readonly<Record<string, StaticFile>>;
}

/** A file {@link MockServerOptions.files} serves. */
export interface StaticFile {
  /** The `content-type` of the reply, e.g. `text/html; charset=utf-8`. */
  type: string;
  body: string | Uint8Array;
}

/** A running emulator server. */
export interface MockServer {
  /** `http://<host>:<port>`, without a trailing slash; the API is under `${url}/control/…`. */
  readonly url: string;
  /** The port the server listens on. */
  readonly port: number;
  /** The requests received so far, newest last, with credentials masked. */
  readonly requests: RecordedRequest[];
  /** The emulator behind the server (its in-process `fetch` shares the same state). */
  readonly emulator: Emulator;
  /** Stops the server: open streams end, stalled requests are let go, connections close. */
  close(): Promise<void>;
}

/**
 * Methods HTTP allows but a web `Request` refuses to carry: the adapter answers them without one. (`CONNECT` never
 * reaches the request handler: Node emits `connect` for it.)
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

function toRequest(incoming: IncomingMessage, origin: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    try {
      headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
    } catch {
      // A header fetch cannot carry is left out, as an HTTP client would refuse to send it.
    }
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && !FORBIDDEN_METHODS.has(method);
  return new Request(new URL(incoming.url ?? '/', origin), {
    method: FORBIDDEN_METHODS.has(method) ? 'GET' : method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

function checkFiles(files: Readonly<Record<string, StaticFile>>): void {
  for (const path of Object.keys(files)) {
    if (!path.startsWith('/') || /^\/control(\/|$)/.test(path)) {
      throw new TypeError(
        `files: ${JSON.stringify(path)} must be a path starting with / and outside /control/.`,
      );
    }
  }
}

/** Answers a request for one of the {@link MockServerOptions.files}; `false` when it names none of them. */
function serveFile(
  files: Readonly<Record<string, StaticFile>>,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): boolean {
  if (incoming.method !== 'GET' && incoming.method !== 'HEAD') return false;
  const path = new URL(incoming.url ?? '/', 'http://emulator').pathname;
  const file = Object.hasOwn(files, path) ? files[path] : undefined;
  if (!file) return false;
  const body = typeof file.body === 'string' ? Buffer.from(file.body) : file.body;
  outgoing.writeHead(200, { 'content-type': file.type, 'content-length': body.byteLength });
  outgoing.end(incoming.method === 'HEAD' ? undefined : body);
  return true;
}

async function writeReply(reply: Response, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  reply.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(reply.status, headers);
  if (!reply.body) {
    outgoing.end();
    return;
  }
  outgoing.flushHeaders();
  const reader = reply.body.getReader();
  const stop = (): void => void reader.cancel().catch(() => undefined);
  outgoing.once('close', stop);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!outgoing.write(value)) await new Promise((resolve) => outgoing.once('drain', resolve));
    }
    outgoing.end();
  } catch {
    // The body failed (a dropped stream, or the client went away): close the connection without ending the body, as
    // a crashed server would. What was written still reaches the client first.
    const socket = outgoing.socket;
    if (socket && !socket.destroyed) {
      socket.once('finish', () => socket.destroy());
      socket.end();
    } else outgoing.destroy();
  } finally {
    outgoing.off('close', stop);
  }
}

/** Answers one request through the emulator; the reply stops when the client goes away or the server closes. */
async function answer(
  emulator: Emulator,
  origin: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  closing: AbortSignal,
): Promise<void> {
  const gone = new AbortController();
  const signal = AbortSignal.any([gone.signal, closing]);
  outgoing.once('close', () =>
    gone.abort(new DOMException('The client closed the connection.', 'AbortError')),
  );
  const socket = incoming.socket;
  try {
    const request = toRequest(incoming, origin, signal);
    const method = incoming.method ?? 'GET';
    let reply: Response;
    if (FORBIDDEN_METHODS.has(method)) {
      incoming.resume();
      reply = await handleForbiddenMethod(emulator, request, method, { signal });
    } else reply = await emulator.handle(request);
    if (isConnectionReset(reply)) socket.destroy();
    else await writeReply(reply, outgoing);
  } catch {
    socket.destroy();
  }
}

/** Answers what never reaches a route: CONNECT, and requests Node cannot parse. */
function answerRawRequests(server: Server): void {
  // CONNECT asks for a tunnel, to an authority rather than a path: no route serves it.
  server.on('connect', (_incoming: IncomingMessage, socket: Socket) => {
    const body = JSON.stringify({ detail: 'Method Not Allowed' });
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nallow: GET, POST, OPTIONS\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts the emulator as a real HTTP server (default: `127.0.0.1` on an ephemeral port).
 *
 * @throws {@link EmulatorSetupError} when `ajv` (or, to replay a cassette, `yaml`) is not installed, or the recording
 *   cannot be read.
 * @example
 * ```ts
 * const server = await startMockServer();
 * const openai = new OpenAI({ apiKey: 'test', baseURL: `${server.url}/control/chat/v1` });
 * await openai.responses.create({ model: 'gpt-5-mini', input: 'Say hello in one word.' });
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = '127.0.0.1', replay, files = {}, ...rest } = options;
  checkFiles(files);
  const transcript = typeof replay === 'string' ? await loadTranscript(replay) : replay;
  const emulator = await createEmulator({ ...rest, ...(transcript ? { replay: transcript } : {}) });
  const closing = new AbortController();

  const server = createServer((incoming, outgoing) => {
    if (serveFile(files, incoming, outgoing)) return;
    void answer(emulator, origin, incoming, outgoing, closing.signal);
  });
  answerRawRequests(server);
  await listen(server, port, host);
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${hostPart}:${address.port}`;

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    port: address.port,
    requests: emulator.requests,
    emulator,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing.abort(new DOMException('The emulator is closing.', 'AbortError'));
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
