// Client tests against the emulator: emulators that close after each test, each with a client for it.
import { afterEach } from 'vitest';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { SequrityClientOptions } from '../../src/client/options.js';
import { startMockServer, type MockServer, type MockServerOptions } from '../../src/testing/index.js';
import { API_KEY } from './sequrity-server.js';

/** An emulator (`startMockServer`) with a client for it that does not retry. */
export interface EmulatorWithClient {
  server: MockServer;
  client: SequrityClient;
}

/** Starts emulators, each with a client for it (the test key, no retries), closed after each test of the calling file. */
export function useEmulators(): (
  options?: MockServerOptions,
  clientOptions?: SequrityClientOptions,
) => Promise<EmulatorWithClient> {
  const open: MockServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return async (options = {}, clientOptions = {}) => {
    const server = await startMockServer(options);
    open.push(server);
    const client = new SequrityClient({
      apiKey: API_KEY,
      baseURL: server.url,
      maxRetries: 0,
      ...clientOptions,
    });
    return { server, client };
  };
}
