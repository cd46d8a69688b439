import type { JsonHeaderDocuments } from './spec.js';

/**
 * Encodes the JSON documents of the security headers (`X-Features`, `X-Policy`, `X-Config`, … as the spec lists them
 * in {@link JsonHeaderDocuments}) as header strings. Each document is sent as its `JSON.stringify` text; an
 * `undefined` entry is left out, so optional documents can be passed as they are.
 *
 * @param documents - The documents to send, keyed by header name; each is checked against its spec schema.
 * @returns Header values ready for the `params.header` of a low-level client call.
 * @example
 * ```ts
 * const header = encodeJsonHeaders({ 'X-Features': { agent_arch: 'dual-llm' }, 'X-Policy': undefined });
 * // { 'X-Features': '{"agent_arch":"dual-llm"}' }
 * ```
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
