// Generated from openapi/openapi.yaml by scripts/generate.ts (low-level client).
// Do not edit: change the spec and run `npm run generate`.
import createClient, {
  type ClientForPath,
  type ClientOptions,
  type FetchResponse,
  type MaybeOptionalInit,
  type ParseAs,
} from 'openapi-fetch';
import type { components, paths } from './types.gen.js';
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
 * The values of each parameter whose schema is an enum, keyed by its component name, in spec order: what a
 * client can check an option against before it builds a URL or a header.
 */
export const PARAMETER_ENUMS = {
  EndpointType: ['chat', 'code', 'agent', 'lang-graph'],
  Provider: ['openai', 'sequrity_azure'],
} as const satisfies { [Name in keyof components['parameters']]?: readonly components['parameters'][Name][] };

/**
 * The JSON documents that header parameters carry, keyed by header name. On the wire each is the
 * `JSON.stringify`-ed document; the package's `encodeJsonHeaders` builds the header strings.
 */
export interface JsonHeaderDocuments {
  'X-Features': FeaturesHeader;
  'X-Policy': PolicyHeader;
  'X-Config': ConfigHeader;
}

/**
 * How a call reads its reply: the `parseAs` it passed; else `text/event-stream` (`data` is the unread body) when
 * its body says `stream: true`; else JSON. A body whose `stream` is only known to be a `boolean` may get either.
 */
type StreamAwareOptions<Init> = Init extends { parseAs: ParseAs }
  ? Init
  : Init extends { body: { stream: true } }
    ? Init & { parseAs: 'stream' }
    : Init extends { body?: { [key: string]: unknown; stream?: false | null | undefined } | undefined }
      ? Init
      : Init | (Init & { parseAs: 'stream' });

/**
 * An operation method as openapi-fetch types it, with `data` following {@link StreamAwareOptions}.
 */
type StreamingMethod<PathItem extends Record<string | number, any>, Method extends keyof PathItem> = <
  Init extends MaybeOptionalInit<PathItem, Method>,
>(
  ...init: undefined extends MaybeOptionalInit<PathItem, Method>
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }]
) => Promise<FetchResponse<PathItem[Method], StreamAwareOptions<Init>, 'application/json'>>;

/**
 * The part of a call that decides how its reply is read.
 */
interface ReadChoice {
  body?: { stream?: unknown } | undefined;
  parseAs?: ParseAs;
}

/**
 * Adds `parseAs: 'stream'` when the body says `stream: true` and the caller chose no `parseAs`.
 */
function streamWhenAsked(init: ReadChoice | undefined): ReadChoice | undefined {
  return init?.parseAs === undefined && init?.body?.stream === true ? { ...init, parseAs: 'stream' } : init;
}

/**
 * Creates the typed low-level client as plain openapi-fetch: one method per operation, each returning
 * openapi-fetch's `{ data, error, response }`. A call whose body says `stream: true` reads the reply as
 * `text/event-stream` unless it passes `parseAs`: `data` is then the unread body stream. Other calls
 * get the parsed JSON document.
 * The package wraps it in `createLowLevelClient`, which adds the safe defaults (no redirect followed,
 * bounded bodies); this one has openapi-fetch's own.
 * @param options - openapi-fetch client options (`baseUrl`, `fetch`, `headers`, …).
 * @defaultValue options.baseUrl `https://api.sequrity.ai`
 * @example
 * ```ts
 * const client = createGeneratedClient({ headers: { Authorization: `Bearer ${key}` } });
 * const { data, error } = await client.createResponse({ params, body });
 * ```
 */
export function createGeneratedClient(options: ClientOptions = {}) {
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
     *
     *
     * With `body.stream: true` and no `parseAs`, the reply is read as `text/event-stream`: `data` is the unread
     * body stream (the same as `response.body`).
     * `POST /control/{endpoint_type}/v1/responses`
     */
    createResponse: ((init?: ReadChoice) =>
      client.POST(
        '/control/{endpoint_type}/v1/responses',
        ...([streamWhenAsked(init)] as [never]),
      )) as StreamingMethod<paths['/control/{endpoint_type}/v1/responses'], 'post'>,
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
     *
     *
     * With `body.stream: true` and no `parseAs`, the reply is read as `text/event-stream`: `data` is the unread
     * body stream (the same as `response.body`).
     * `POST /control/{endpoint_type}/{provider}/v1/responses`
     */
    createResponseWithProvider: ((init?: ReadChoice) =>
      client.POST(
        '/control/{endpoint_type}/{provider}/v1/responses',
        ...([streamWhenAsked(init)] as [never]),
      )) as StreamingMethod<paths['/control/{endpoint_type}/{provider}/v1/responses'], 'post'>,
  };
}

/**
 * The client {@link createGeneratedClient} returns.
 */
export type LowLevelClient = ReturnType<typeof createGeneratedClient>;
