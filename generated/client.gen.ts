// Generated from openapi/openapi.yaml by scripts/generate.ts (low-level client).
// Do not edit: change the spec and run `npm run generate`.
import createClient, { type ClientForPath, type ClientOptions } from 'openapi-fetch';
import type { paths } from './types.gen.js';
import type { ConfigHeader, FeaturesHeader, PolicyHeader } from './schemas.gen.js';

/**
 * The servers the spec lists, in order; the first is the default base URL.
 */
export const SERVERS = [
  { url: 'https://api.sequrity.ai', description: 'Production.' },
  {
    url: 'http://localhost:8000',
    description: 'A Sequrity Control server or emulator running locally, for development.',
  },
] as const;

/**
 * Method and path of each operation, keyed by `operationId`.
 */
export const OPERATIONS = {
  createResponse: { method: 'post', path: '/control/{endpoint_type}/v1/responses' },
  createResponseWithProvider: { method: 'post', path: '/control/{endpoint_type}/{provider}/v1/responses' },
} as const;

/**
 * The JSON documents that header parameters carry, keyed by header name. On the wire each is the
 * `JSON.stringify`-ed document; use {@link encodeJsonHeaders} to build the header strings.
 */
export interface JsonHeaderDocuments {
  'X-Features': FeaturesHeader;
  'X-Policy': PolicyHeader;
  'X-Config': ConfigHeader;
}

/**
 * Encodes JSON header documents as header strings; `undefined` entries are left out.
 * @param documents - The documents to send, keyed by header name.
 * @returns Header values ready for `params.header`.
 */
export function encodeJsonHeaders(documents: {
  [K in keyof JsonHeaderDocuments]?: JsonHeaderDocuments[K] | undefined;
}): { [K in keyof JsonHeaderDocuments]?: string } {
  const headers: { [K in keyof JsonHeaderDocuments]?: string } = {};
  for (const name of Object.keys(documents) as (keyof JsonHeaderDocuments)[]) {
    const document = documents[name];
    if (document !== undefined) headers[name] = JSON.stringify(document);
  }
  return headers;
}

/**
 * Creates the typed low-level client: one method per operation, each returning openapi-fetch's
 * `{ data, error, response }`. JSON responses are typed; pass `parseAs: 'stream'` for `text/event-stream`.
 * @param options - openapi-fetch client options (`baseUrl`, `fetch`, `headers`, …).
 * @defaultValue options.baseUrl `https://api.sequrity.ai`
 * @example
 * ```ts
 * const client = createLowLevelClient({ headers: { Authorization: `Bearer ${key}` } });
 * const { data, error } = await client.createResponse({ params, body });
 * ```
 */
export function createLowLevelClient(options: ClientOptions = {}) {
  const client = createClient<paths, 'application/json'>({ baseUrl: SERVERS[0].url, ...options });
  return {
    /**
     * The underlying openapi-fetch client, for anything the operation methods do not cover.
     */
    fetchClient: client,
    /**
     * Create a response (default provider)
     *
     * Creates a model response through Sequrity Control, which picks the provider for the endpoint type
     * (OpenAI for `code`). Compatible with OpenAI's `POST /v1/responses`.
     *
     * Send `stream: true` for server-sent events (`text/event-stream`), otherwise the reply is one JSON
     * `Response`. The session the request ran in is returned in the `X-Session-ID` response header; send it back
     * to continue the session. `timeout` is not a body field: it is a client-side deadline (seconds) that
     * clients apply to the HTTP request and never send.
     * `POST /control/{endpoint_type}/v1/responses`
     */
    createResponse: ((...init: unknown[]) =>
      client.POST('/control/{endpoint_type}/v1/responses', ...(init as [never]))) as ClientForPath<
      paths['/control/{endpoint_type}/v1/responses'],
      'application/json'
    >['POST'],
    /**
     * Create a response with a chosen provider
     *
     * Creates a model response through Sequrity Control with the named provider (`openai`, or the internal
     * `sequrity_azure`). Compatible with OpenAI's `POST /v1/responses`.
     *
     * Send `stream: true` for server-sent events (`text/event-stream`), otherwise the reply is one JSON
     * `Response`. The session the request ran in is returned in the `X-Session-ID` response header; send it back
     * to continue the session. `timeout` is not a body field: it is a client-side deadline (seconds) that
     * clients apply to the HTTP request and never send.
     * `POST /control/{endpoint_type}/{provider}/v1/responses`
     */
    createResponseWithProvider: ((...init: unknown[]) =>
      client.POST('/control/{endpoint_type}/{provider}/v1/responses', ...(init as [never]))) as ClientForPath<
      paths['/control/{endpoint_type}/{provider}/v1/responses'],
      'application/json'
    >['POST'],
  };
}

/**
 * The client {@link createLowLevelClient} returns.
 */
export type LowLevelClient = ReturnType<typeof createLowLevelClient>;
