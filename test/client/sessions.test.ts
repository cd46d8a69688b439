// Reading the session out of Sequrity tool-call ids (Sequrity's documented
// `tc-<36-char session>-<call>`: the session is id[3:39]).
import { describe, expect, it } from 'vitest';
import { sessionIdFromCallId } from '../../src/client/sessions.js';

const SESSION = '41b82b31-f97c-11f0-b254-7d965b6bbd63';
const CALL = '448e9163-0b7e-4f51-9f7c-2d0a4c1e5b6a';

describe('sessionIdFromCallId', () => {
  it.each([
    ['a chat-style id from the docs', `tc-${SESSION}-${CALL}`, SESSION],
    ['a short call part', `tc-${SESSION}-1`, SESSION],
    ['upper-case hex, kept as sent', `tc-${SESSION.toUpperCase()}-${CALL}`, SESSION.toUpperCase()],
  ])('extracts the session from %s', (_name, callId, expected) => {
    expect(sessionIdFromCallId(callId)).toBe(expected);
    expect(callId.slice(3, 39)).toBe(expected);
  });

  it.each([
    ['an OpenAI call id', 'call_AbC123xyz'],
    ['no call part', `tc-${SESSION}`],
    ['an empty call part', `tc-${SESSION}-`],
    ['no tc- prefix', `${SESSION}-${CALL}`],
    ['a different prefix', `fc-${SESSION}-${CALL}`],
    ['a session that is not UUID-shaped', `tc-41b82b31f97c11f0b2547d965b6bbd63xxxx-${CALL}`],
    ['non-hex characters', `tc-41b82b31-f97c-11f0-b254-7d965b6bbdzz-${CALL}`],
    ['a prefix before tc-', `xtc-${SESSION}-${CALL}`],
    ['an empty string', ''],
  ])('returns undefined for %s', (_name, callId) => {
    expect(sessionIdFromCallId(callId)).toBeUndefined();
  });

  it('returns undefined for values that are not strings', () => {
    expect(sessionIdFromCallId(undefined as never)).toBeUndefined();
    expect(sessionIdFromCallId(42 as never)).toBeUndefined();
  });
});
