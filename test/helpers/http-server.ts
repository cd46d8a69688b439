// A real HTTP server on 127.0.0.1 for tests that need the network path (fetch, sockets, cancellation).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';

/** A request as the server received it: the `IncomingMessage` (headers, socket) with its body already read. */
export type ReceivedRequest = IncomingMessage & {
  /** `method ?? ''`, for assertions. */
  method: string;
  /** `url ?? ''`, for assertions. */
  url: string;
  /** The body, read to its end as UTF-8. */
  body: string;
};

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Every request received so far, in order. */
  requests: ReceivedRequest[];
  /** Stops accepting connections and closes the open ones. */
  close(): Promise<void>;
}

/**
 * Starts a server on an ephemeral loopback port. Each request's body is read to the end and recorded, then
 * `handler` answers it; a handler that throws destroys the connection.
 */
export async function startServer(
  handler: (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>,
): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', () => {
      const request = Object.assign(incoming, {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        body: Buffer.concat(parts).toString('utf8'),
      });
      requests.push(request);
      Promise.resolve()
        .then(() => handler(request, response))
        .catch((error: unknown) => {
          response.destroy(error instanceof Error ? error : new Error(String(error)));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request's body as UTF-8 (already read by {@link startServer}). */
export function readBody(request: ReceivedRequest): Promise<string> {
  return Promise.resolve(request.body);
}

/** Answers with `status`, `headers` and `body`, written in the given pieces so a body really arrives in parts. */
export function reply(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | readonly string[] = [],
): void {
  response.writeHead(status, headers);
  for (const piece of typeof body === 'string' ? [body] : body) response.write(piece);
  response.end();
}

/** Resolves when the client has gone away (the response was closed before or after it finished). */
export function closed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => response.once('close', () => resolve()));
}

/** `http://127.0.0.1:<port>` of a port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<string> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
