// A real HTTP server on 127.0.0.1 for tests that need the network path (fetch, sockets, cancellation).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Stops accepting connections and closes the open ones. */
  close(): Promise<void>;
}

/** Starts a server on an ephemeral loopback port; `handler` answers every request (a throw destroys the socket). */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>,
): Promise<TestServer> {
  const server = createServer((request, response) => {
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request's body, read to its end as UTF-8. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
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
