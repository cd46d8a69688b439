/**
 * Session helpers that need no client: reading the session a Sequrity tool-call id belongs to.
 *
 * @module
 */

// `tc-` + a 36-character session UUID + `-` + the call's own id. The session keeps the letter case it was sent in.
const CALL_ID = /^tc-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-./i;

/**
 * The session id carried in a tool-call id that Sequrity generated, `tc-<36-character session uuid>-<call id>`
 * (the session is characters 3 to 39). For Responses this is a `function_call` item's `call_id`.
 *
 * @param callId - A tool-call id, e.g. `function_call.call_id`.
 * @returns The session id, or `undefined` when the id does not have that shape (e.g. an OpenAI `call_…` id).
 * @example
 * ```ts
 * sessionIdFromCallId('tc-41b82b31-f97c-11f0-b254-7d965b6bbd63-448e9163-0b7e-4f51-9f7c-2d0a4c1e5b6a');
 * // '41b82b31-f97c-11f0-b254-7d965b6bbd63'
 * ```
 */
export function sessionIdFromCallId(callId: string): string | undefined {
  if (typeof callId !== 'string') return undefined;
  return CALL_ID.exec(callId)?.[1];
}
