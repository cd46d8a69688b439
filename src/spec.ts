// The one module of src/ that imports run-time code from generated/: the low-level client, and the one tag guard
// the handwritten layer uses. Everything else in src/ imports them from here.
import { createGeneratedClient, type LowLevelClient } from '../generated/client.gen.js';
import { safeClientOptions, type LowLevelClientOptions } from './low-level-client.js';

export { OPERATIONS, PARAMETER_ENUMS, SERVERS } from '../generated/client.gen.js';
export type { JsonHeaderDocuments } from '../generated/client.gen.js';
export type { LowLevelClient };
export type { LowLevelClientOptions } from './low-level-client.js';

/**
 * The generated client without the safe defaults, for `SequrityClient`, whose transport refuses redirects, bounds
 * bodies and reads them itself.
 *
 * @internal
 */
export { createGeneratedClient };

/**
 * Creates the typed low-level client: one method per operation, each returning openapi-fetch's
 * `{ data, error, response }`. A call whose body says `stream: true` reads the reply as `text/event-stream` unless it
 * passes `parseAs`: `data` is then the unread body stream. Other calls get the parsed JSON document.
 *
 * Safe by default: a redirect is refused with an `APIError` naming its `Location` (it would re-send the
 * credentials, the security headers and the prompt) unless these options pass your own `fetch` or a `redirect`
 * (a call's own `redirect: 'follow'` is also followed); an error reply's body is read up to 64 KiB, the rest
 * cancelled; a successful body up to `maxResponseBytes`.
 *
 * @param options - openapi-fetch client options (`baseUrl`, `fetch`, `headers`, `redirect`, …) and
 *   `maxResponseBytes`.
 * @defaultValue options.baseUrl `https://api.sequrity.ai`
 * @throws `TypeError` / `RangeError` for an invalid `maxResponseBytes`.
 * @example
 * ```ts
 * const client = createLowLevelClient({ headers: { Authorization: `Bearer ${key}` } });
 * const { data, error } = await client.createResponse({ params, body });
 * ```
 */
export function createLowLevelClient(options: LowLevelClientOptions = {}): LowLevelClient {
  return createGeneratedClient(safeClientOptions(options));
}

// The stream decoder's test for a known event type (the package exports every guard through generated/index.gen.ts).
export { isResponseStreamEventType } from '../generated/unions.gen.js';
