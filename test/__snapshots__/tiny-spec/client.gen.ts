// Generated from test/fixtures/tiny-spec/openapi.yaml by scripts/generate.ts (low-level client).
// Do not edit: change the spec and run `npm run generate`.
import createClient, { type ClientForPath, type ClientOptions } from 'openapi-fetch';
import type { paths } from './types.gen.js';
import type { Options } from './schemas.gen.js';

/**
 * The servers the spec lists, in order; the first is the default base URL.
 */
export const SERVERS = [{ url: 'http://localhost:8000', description: 'Local server.' }] as const;

/**
 * Method and path of each operation, keyed by `operationId`.
 */
export const OPERATIONS = {
  createPet: { method: 'post', path: '/pets/{kind}' },
} as const;

/**
 * The JSON documents that header parameters carry, keyed by header name. On the wire each is the
 * `JSON.stringify`-ed document; use {@link encodeJsonHeaders} to build the header strings.
 */
export interface JsonHeaderDocuments {
  'X-Options': Options;
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
 * @defaultValue options.baseUrl `http://localhost:8000`
 * @example
 * ```ts
 * const client = createLowLevelClient({ headers: { Authorization: `Bearer ${key}` } });
 * const { data, error } = await client.createPet({ params, body });
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
     * Create a pet
     *
     * Creates a pet, as JSON or as a stream of events.
     * `POST /pets/{kind}`
     */
    createPet: ((...init: unknown[]) => client.POST('/pets/{kind}', ...(init as [never]))) as ClientForPath<
      paths['/pets/{kind}'],
      'application/json'
    >['POST'],
  };
}

/**
 * The client {@link createLowLevelClient} returns.
 */
export type LowLevelClient = ReturnType<typeof createLowLevelClient>;
