import { checkFields, checkOption } from './client/option-kinds.js';
import {
  SERIALIZE_FIELDS,
  serializeJsonHeader,
  type SerializeJsonHeaderOptions,
} from './client/security-headers/serialise.js';
import type { JsonHeaderDocuments } from './spec.js';

/**
 * Encodes the JSON documents of the security headers (`X-Features`, `X-Policy`, `X-Config`, … as the spec lists them
 * in {@link JsonHeaderDocuments}) as header strings, with the encoder `SequrityClient` uses
 * ({@link serializeJsonHeader}): compact JSON, ASCII only (so `new Headers()` and fetch accept every value), within
 * `maxHeaderBytes`. An `undefined` entry is left out, so optional documents can be passed as they are.
 *
 * @param documents - The documents to send, keyed by header name; each is checked against its spec schema.
 * @param options - The size limit of each value.
 * @returns Header values ready for the `params.header` of a low-level client call.
 * @throws TypeError when a document is not a plain object or cannot be serialised; RangeError when a value is
 *   longer than `maxHeaderBytes`.
 * @example
 * ```ts
 * const header = encodeJsonHeaders({ 'X-Features': { agent_arch: 'dual-llm' }, 'X-Policy': undefined });
 * // { 'X-Features': '{"agent_arch":"dual-llm"}' }
 * ```
 */
export function encodeJsonHeaders(
  documents: {
    [K in keyof JsonHeaderDocuments]?: JsonHeaderDocuments[K] | undefined;
  },
  options: SerializeJsonHeaderOptions = {},
): { [K in keyof JsonHeaderDocuments]?: string } {
  // Checked up front, so that an invalid limit fails even when no document is given.
  checkOption('encodeJsonHeaders documents', documents ?? null, 'object');
  checkFields('encodeJsonHeaders options', options, SERIALIZE_FIELDS);
  const headers: { [K in keyof JsonHeaderDocuments]?: string } = {};
  for (const name of Object.keys(documents) as (keyof JsonHeaderDocuments)[]) {
    const document = documents[name];
    if (document !== undefined) headers[name] = serializeJsonHeader(name, document, options);
  }
  return headers;
}
