/**
 * Conversations: a session and a `previous_response_id` threaded through the turns of one exchange, so that
 * concurrent conversations on one client never mix (the Python SDK shares one mutable session per client).
 *
 * @module
 */
import type { ResponseStream } from '../streaming/response-stream.js';
import type { ResponseCreateParams } from '../types.js';
import { APIPromise, type WithResponse } from './api-promise.js';
import type { RequestOptions } from './options.js';
import type { NonStreamingBody, SequrityResponse, StreamingBody } from './sequrity-client.js';
import {
  parseRequest,
  type ParseBody,
  type ParsedResponse,
  type ParsedResponseStream,
} from './structured-output.js';
import {
  runToolLoop,
  ToolLoopStream,
  type ToolLoopBody,
  type ToolLoopHost,
  type ToolLoopOptions,
} from './tool-loop.js';

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

type Create = (
  body: ResponseCreateParams,
  options: RequestOptions | undefined,
  state: ConversationState,
  raw: boolean,
) => Promise<WithResponse<SequrityResponse | ResponseStream>>;

/**
 * One conversation with its own `sessionId` and `previousResponseId`, created by `client.conversation()`. Each
 * `create` sends both and takes the new ones from the reply: for a streamed turn, the response id comes from its
 * first event (`response.created`) as soon as the stream is read, and the session from the reply's headers.
 *
 * @example
 * ```ts
 * const chat = client.conversation();
 * await chat.create({ model: 'gpt-5-mini', input: 'My name is Ada.' });
 * const reply = await chat.create({ model: 'gpt-5-mini', input: 'What is my name?' });
 * ```
 */
export class Conversation {
  readonly #create: Create;
  readonly #state: ConversationState;
  #previousResponseId: string | undefined;
  #stream: ResponseStream | undefined;

  /** @internal Use `client.conversation()`. */
  constructor(
    start: { sessionId?: string | undefined; previousResponseId?: string | undefined },
    create: Create,
  ) {
    this.#create = create;
    this.#previousResponseId = start.previousResponseId;
    const conversation = this;
    this.#state = {
      sessionId: start.sessionId,
      get previousResponseId() {
        return conversation.previousResponseId;
      },
      started(stream) {
        // Keep what the previous turn gave, in case this stream ends before its response.created.
        conversation.#previousResponseId = conversation.previousResponseId;
        conversation.#stream = stream;
      },
      finished(response) {
        conversation.#stream = undefined;
        conversation.#previousResponseId = response.id;
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

  /**
   * Sends the next turn, with this conversation's session and `previous_response_id` (a `previous_response_id` in
   * `body`, or `sessionId` in `options`, wins for this turn).
   *
   * @param body - The turn's request body: with `previous_response_id`, only the new input items.
   * @param options - Per-call options, as for `client.responses.create`.
   */
  create(body: StreamingBody, options?: RequestOptions): APIPromise<ResponseStream>;
  create(body: NonStreamingBody, options?: RequestOptions): APIPromise<SequrityResponse>;
  create(body: ResponseCreateParams, options?: RequestOptions): APIPromise<SequrityResponse | ResponseStream>;
  create(
    body: ResponseCreateParams,
    options?: RequestOptions,
  ): APIPromise<SequrityResponse | ResponseStream> {
    return new APIPromise((raw) => this.#create(body, options, this.#state, raw));
  }

  /**
   * Sends the next turn with a structured output and parses it, as `client.responses.parse` does, threading this
   * conversation's session and previous response as {@link Conversation.create} does.
   *
   * @param body - The turn's request, with `text.format` made by `textFormat`.
   * @param options - Per-call options, as for `client.responses.create`.
   */
  parse<T>(
    body: ParseBody<T> & { stream: true },
    options?: RequestOptions,
  ): APIPromise<ParsedResponseStream<T>>;
  parse<T>(
    body: ParseBody<T> & { stream?: false | null | undefined },
    options?: RequestOptions,
  ): APIPromise<ParsedResponse<T>>;
  parse(body: ParseBody<unknown>, options?: RequestOptions): APIPromise<never> {
    return parseRequest(body, (raw) => this.#create(body, options, this.#state, raw));
  }

  /**
   * Runs the tool loop inside this conversation: like `client.responses.runTools`, with this conversation's
   * session and previous response threaded through every round.
   *
   * @param body - The request; `tools` may mix `functionTool`s with plain tools.
   * @param options - Request options plus `maxRounds` and `maxToolCallsPerRound`.
   */
  runTools(body: ToolLoopBody, options?: ToolLoopOptions): APIPromise<SequrityResponse> {
    return new APIPromise((raw) => runToolLoop(this.#host(), body, options, raw));
  }

  /** The streaming tool loop inside this conversation; see `client.responses.runToolsStream`. */
  runToolsStream(body: ToolLoopBody, options: ToolLoopOptions = {}): ToolLoopStream {
    return new ToolLoopStream(this.#host(), body, options);
  }

  /**
   * The loop runs on this conversation itself, whose state every round already updates; the session the loop
   * reports back to its host goes nowhere.
   */
  #host(): ToolLoopHost {
    return { conversation: () => this, sessionId: undefined };
  }

  /** For `util.inspect` and `JSON.stringify`. */
  toJSON(): { sessionId: string | undefined; previousResponseId: string | undefined } {
    return { sessionId: this.sessionId, previousResponseId: this.previousResponseId };
  }
}
