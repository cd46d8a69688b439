/**
 * Conversations: a session and a `previous_response_id` threaded through the turns of one exchange, so that
 * concurrent conversations on one client never mix (the Python SDK shares one mutable session per client).
 *
 * @module
 */
import type { ResponseStream } from '../streaming/response-stream.js';
import type { ResponseCreateParams } from '../types.js';
import type { WithResponse } from './api-promise.js';
import type { SequrityResponse } from './create-types.js';
import type { RequestOptions } from './options.js';
import { Responses } from './responses.js';

/** The session state a call reads before it is sent and updates from its reply. */
export interface ConversationState {
  /** The session to send when the call gives none; updated from every 2xx reply's `X-Session-ID`. */
  sessionId: string | undefined;
  /** The response the next turn continues. */
  readonly previousResponseId: string | undefined;
  /** A streamed turn's reply headers arrived. */
  started(stream: ResponseStream): void;
  /** A non-streamed turn finished. */
  finished(response: SequrityResponse): void;
}

/** Sends one turn of a conversation, reading and updating its state. */
type SendTurn = (
  body: ResponseCreateParams,
  options: RequestOptions | undefined,
  state: ConversationState,
  raw: boolean,
) => Promise<WithResponse<SequrityResponse | ResponseStream>>;

/**
 * One conversation with its own `sessionId` and `previousResponseId`, created by `client.conversation()`. Its
 * `create`, `parse`, `runTools` and `runToolsStream` are those of `client.responses`, but each sends both and takes
 * the new ones from the reply: for a streamed turn, the response id comes from its first event (`response.created`)
 * as soon as the stream is read, and the session from the reply's headers. The tool loop's rounds are turns of it.
 *
 * @example
 * ```ts
 * const chat = client.conversation();
 * await chat.create({ model: 'gpt-5-mini', input: 'My name is Ada.' });
 * const reply = await chat.create({ model: 'gpt-5-mini', input: 'What is my name?' });
 * ```
 */
export class Conversation extends Responses {
  readonly #state: ConversationState;
  #previousResponseId: string | undefined;
  #stream: ResponseStream | undefined;

  /** @internal Use `client.conversation()`. */
  constructor(
    start: { sessionId?: string | undefined; previousResponseId?: string | undefined },
    send: SendTurn,
  ) {
    // `self` is set right after `super`, before any call can be made.
    let self!: Conversation;
    // The tool loop runs on this conversation itself, whose state every round already updates; the session the
    // loop reports back to its host goes nowhere.
    super((body, options, raw) => send(body, options, self.#state, raw), {
      conversation: () => self,
      sessionId: undefined,
    });
    self = this;
    this.#previousResponseId = start.previousResponseId;
    this.#state = {
      sessionId: start.sessionId,
      get previousResponseId() {
        return self.previousResponseId;
      },
      started(stream) {
        // Keep what the previous turn gave, in case this stream ends before its response.created.
        self.#previousResponseId = self.previousResponseId;
        self.#stream = stream;
      },
      finished(response) {
        self.#stream = undefined;
        self.#previousResponseId = response.id;
      },
    };
  }

  /** The session this conversation runs in; `undefined` until the first reply assigns one. */
  get sessionId(): string | undefined {
    return this.#state.sessionId;
  }

  /**
   * The response the next turn continues: the latest turn's id (for a streamed turn, once its first event was
   * read), or the one the conversation was started with.
   */
  get previousResponseId(): string | undefined {
    return this.#stream?.currentResponse?.id ?? this.#previousResponseId;
  }

  /** For `util.inspect` and `JSON.stringify`. */
  toJSON(): { sessionId: string | undefined; previousResponseId: string | undefined } {
    return { sessionId: this.sessionId, previousResponseId: this.previousResponseId };
  }
}
