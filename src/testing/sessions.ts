// Server state like Sequrity Control's: sessions (X-Session-ID), the function calls issued in each (their call ids
// carry the session: `tc-<session>-<call>`), stored responses for `previous_response_id`, and turn counts for
// `fsm.max_n_turns`. In memory and bounded: the oldest sessions and responses are forgotten first.
import type { ValidationErrorDetail } from '../types.js';
import type { InputEntry } from './conversation.js';

/** One session. */
export interface Session {
  readonly id: string;
  /** Turns that ended with a final answer (text or a denial). */
  completedTurns: number;
  /** `fsm.max_n_turns` of the session (the newest `X-Config` that set it); `null` = unlimited. */
  maxTurns: number | null;
  /** Every function call issued in the session, by call id, with its function name. */
  readonly calls: Map<string, string>;
}

/** What the emulator remembers of a response it sent. */
export interface StoredResponse {
  readonly id: string;
  readonly sessionId: string;
  /** The call ids of the function calls in its output (the next request must answer each). */
  readonly callIds: readonly string[];
  /** Its input tokens (the next turn reports part of them as cached). */
  readonly inputTokens: number;
}

const MAX_SESSIONS = 10_000;
const MAX_RESPONSES = 50_000;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CALL_ID = new RegExp(`^tc-(.+)-(${UUID})$`, 'i');

/** A new Sequrity-style function call id for `sessionId`: `tc-<session>-<call uuid>`. */
export function newCallId(sessionId: string): string {
  return `tc-${sessionId}-${crypto.randomUUID()}`;
}

/** The session a Sequrity-style call id carries, or `undefined` when it is not one. */
export function sessionOfCallId(callId: string): string | undefined {
  return CALL_ID.exec(callId)?.[1];
}

function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value as string);
}

/** What a request resolves to: the session it runs in and the response it continues. */
export interface Resolution {
  session: Session;
  previous: StoredResponse | undefined;
}

/** The emulator's sessions and stored responses. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #responses = new Map<string, StoredResponse>();

  #open(id: string): Session {
    let session = this.#sessions.get(id);
    if (!session) {
      session = { id, completedTurns: 0, maxTurns: null, calls: new Map() };
      remember(this.#sessions, id, session, MAX_SESSIONS);
    }
    return session;
  }

  /**
   * Finds the session of a request: the `X-Session-ID` it sent (an unknown id is adopted, since the emulator's state
   * lives in memory), else the session of `previous_response_id`, else the one its tool outputs' call ids carry,
   * else a new one. Fails with OpenAI's wording when `previous_response_id` is unknown.
   */
  resolve(
    headerSessionId: string | undefined,
    previousResponseId: string | undefined,
    entries: readonly InputEntry[],
  ): Resolution | ValidationErrorDetail[] {
    let previous: StoredResponse | undefined;
    if (previousResponseId !== undefined) {
      previous = this.#responses.get(previousResponseId);
      if (!previous) {
        return [
          {
            loc: ['body', 'previous_response_id'],
            msg: `Previous response with id '${previousResponseId}' not found.`,
            type: 'value_error',
          },
        ];
      }
      if (headerSessionId !== undefined && headerSessionId !== previous.sessionId) {
        return [
          {
            loc: ['body', 'previous_response_id'],
            msg: `Previous response '${previousResponseId}' belongs to session ${previous.sessionId}, not to the X-Session-ID sent.`,
            type: 'value_error',
          },
        ];
      }
    }
    const fromCalls = entries
      .map((entry) => (entry.kind === 'function_call_output' ? sessionOfCallId(entry.callId) : undefined))
      .find((id) => id !== undefined && this.#sessions.has(id));
    const id = headerSessionId ?? previous?.sessionId ?? fromCalls ?? crypto.randomUUID();
    return { session: this.#open(id), previous };
  }

  /**
   * Checks the request's tool outputs against the calls issued, with OpenAI's messages: every
   * `function_call_output` must answer a call the session issued (or one replayed earlier in the same input), and
   * every call of the previous response, and every replayed `function_call`, needs an output.
   */
  checkToolOutputs(resolution: Resolution, entries: readonly InputEntry[]): ValidationErrorDetail[] {
    const details: ValidationErrorDetail[] = [];
    const replayed = new Set<string>();
    const answered = new Set<string>();
    for (const entry of entries) {
      if (entry.kind === 'function_call') replayed.add(entry.callId);
      if (entry.kind !== 'function_call_output') continue;
      answered.add(entry.callId);
      if (!resolution.session.calls.has(entry.callId) && !replayed.has(entry.callId)) {
        details.push({
          loc: ['body', 'input', entry.index, 'call_id'],
          msg: `No tool call found for function call output with call_id ${entry.callId}.`,
          type: 'value_error',
        });
      }
    }
    const needed = [...(resolution.previous?.callIds ?? []), ...replayed];
    for (const callId of new Set(needed)) {
      if (!answered.has(callId)) {
        details.push({
          loc: ['body', 'input'],
          msg: `No tool output found for function call ${callId}.`,
          type: 'value_error',
        });
      }
    }
    return details;
  }

  /** Remembers a response that was sent: its calls, and whether it ended the turn. */
  record(
    session: Session,
    response: { id: string; calls: readonly { callId: string; name: string }[]; inputTokens: number },
    endsTurn: boolean,
  ): void {
    for (const call of response.calls) session.calls.set(call.callId, call.name);
    const stored: StoredResponse = {
      id: response.id,
      sessionId: session.id,
      callIds: response.calls.map((call) => call.callId),
      inputTokens: response.inputTokens,
    };
    remember(this.#responses, response.id, stored, MAX_RESPONSES);
    if (endsTurn) session.completedTurns++;
  }
}
