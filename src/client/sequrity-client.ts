/**
 * `SequrityClient`: the high-level client. It owns the credentials, the security headers, the session and the
 * retry policy, and sends through the generated low-level client; streams are read by {@link ResponseStream}.
 *
 * @module
 */
import { outputText } from '../streaming/final-response.js';
import { ResponseStream, type FinalResponse } from '../streaming/response-stream.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../streaming/stream-options.js';
import { SequrityError } from '../errors.js';
import { createGeneratedClient } from '../spec.js';
import type { EndpointType, Provider, ResponseCreateParams } from '../types.js';
import { VERSION } from '../version.js';
import { APIPromise, type WithResponse } from './api-promise.js';
import { Conversation, type ConversationState } from './conversation.js';
import { createLog, type LogLevel } from './logger.js';
import {
  assertHeaderValue,
  checkFields,
  checkOption,
  checkOptions,
  checkRequestOptions,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  normaliseBaseURL,
  type RequestOptions,
  type SequrityClientOptions,
} from './options.js';
import { DEFAULT_MAX_HEADER_BYTES, mergeHeaderOverrides, serializeJsonHeader } from './security-headers.js';
import {
  parseRequest,
  type ParseBody,
  type ParsedResponse,
  type ParsedResponseStream,
} from './structured-output.js';
import { runToolLoop, ToolLoopStream, type ToolLoopBody, type ToolLoopOptions } from './tool-loop.js';
import { lowLevelOptions, send, type Transport } from './transport.js';

/** A non-streamed reply: the server's `Response` plus `output_text`, and the session and request ids it came with. */
export type SequrityResponse = FinalResponse & {
  /** The `x-request-id` of the reply, if the server sent one. */
  request_id?: string;
};

/** A request body that asks for a stream. */
export type StreamingBody = ResponseCreateParams & { stream: true };
/** A request body that asks for one JSON reply. */
export type NonStreamingBody = ResponseCreateParams & { stream?: false | null | undefined };

/** An environment variable in Node; unset, empty or outside Node → `undefined`. */
const env = (name: string): string | undefined =>
  typeof process === 'undefined' ? undefined : process.env?.[name] || undefined;

/** In Node, name the package; in browsers a `User-Agent` header is forbidden and would force a CORS preflight. */
const USER_AGENT: Record<string, string> =
  typeof process !== 'undefined' &&
  typeof process.versions?.node === 'string' &&
  typeof window === 'undefined'
    ? { 'user-agent': `sequrity-responses/${VERSION}` }
    : {};

/** The security documents of one request, from the call's options over the client's. */
const DOCUMENTS = [
  ['features', 'featureOverrides', 'X-Features'],
  ['policy', 'policyOverrides', 'X-Policy'],
  ['config', 'configOverrides', 'X-Config'],
] as const;

/**
 * A client for Sequrity Control's Responses API.
 *
 * @example
 * ```ts
 * const client = new SequrityClient(); // SEQURITY_API_KEY from the environment
 * const response = await client.responses.create({ model: 'gpt-5-mini', input: 'Hello!' });
 * console.log(response.output_text, response.session_id);
 * ```
 */
export class SequrityClient {
  /** The base URL requests go to, without a trailing slash. */
  readonly baseURL: string;
  /** The Responses API. */
  readonly responses: Responses;
  /**
   * The session of the latest successful reply, sent with later calls unless a call says otherwise. Conversations
   * keep their own. Set it to continue a known session; {@link SequrityClient.resetSession} clears it.
   */
  sessionId: string | undefined;

  /**
   * A copy of the options: the key (also from the environment), deep copies of the security documents, the
   * `maxHeaderBytes` in force and the default headers in lower case.
   */
  readonly #options: SequrityClientOptions & { apiKey: string; maxHeaderBytes: number };
  readonly #transport: Transport;
  /** The keys to mask in every error and log line. */
  readonly #secrets: readonly string[];

  /**
   * @param options - See {@link SequrityClientOptions}; every option is checked here, and an invalid one throws a
   *   `TypeError` or `RangeError` naming it.
   */
  constructor(options: SequrityClientOptions = {}) {
    checkOptions(options);
    const apiKey = options.apiKey ?? env('SEQURITY_API_KEY');
    if (!apiKey) throw new SequrityError('No API key: pass the apiKey option or set SEQURITY_API_KEY.');
    assertHeaderValue('Authorization', apiKey, 'apiKey');
    const { llmApiKey, maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES } = options;
    if (llmApiKey !== undefined) assertHeaderValue('X-Api-Key', llmApiKey, 'llmApiKey');
    const secrets = llmApiKey ? [apiKey, llmApiKey] : [apiKey];
    const envBaseURL = options.baseURL === undefined ? env('SEQURITY_BASE_URL') : undefined;
    const baseURL =
      envBaseURL === undefined
        ? normaliseBaseURL(options.baseURL ?? DEFAULT_BASE_URL)
        : normaliseBaseURL(envBaseURL, 'SEQURITY_BASE_URL');
    this.baseURL = baseURL;
    const level = options.logLevel ?? env('SEQURITY_LOG');
    checkOption(options.logLevel === undefined ? 'SEQURITY_LOG' : 'logLevel', level, 'logLevel');
    // A copy: changing the caller's object later must not change (or unmask) what this client sends. The security
    // documents are deep copies, checked now (shape, cycles, size) so a bad default fails here, not on every call.
    const copy = {
      ...options,
      apiKey,
      maxHeaderBytes,
      defaultHeaders: lowerCase(options.defaultHeaders),
    };
    for (const [name, , header] of DOCUMENTS) {
      const document = mergeHeaderOverrides(options[name], undefined, { base: name });
      copy[name] = document;
      if (document !== undefined) serializeJsonHeader(header, document, { maxHeaderBytes });
    }
    this.#options = copy;
    this.#secrets = secrets;
    this.#transport = {
      // Looked up per call, so a fetch installed (or instrumented) after the client was built is used.
      lowLevel: createGeneratedClient(
        lowLevelOptions(baseURL, options.fetch ?? ((url, init) => globalThis.fetch(url, init))),
      ),
      baseURL,
      retry: options.retry,
      log: createLog((level as LogLevel | undefined) ?? 'warn', options.logger ?? console, secrets),
    };
    // Private state must not show in util.inspect or JSON.stringify; the key lives only in private fields.
    this.responses = new Responses(this, (body, callOptions, raw) =>
      this.#create(body, callOptions, undefined, raw),
    );
  }

  /** Forgets the tracked session, so the next call starts a fresh one. */
  resetSession(): void {
    this.sessionId = undefined;
  }

  /**
   * Starts a conversation: its own session and `previous_response_id`, threaded through each turn, independent of
   * the client's session and of other conversations.
   *
   * @param start - A session and/or response to continue; both empty by default (a fresh conversation).
   */
  conversation(
    start: { sessionId?: string | undefined; previousResponseId?: string | undefined } = {},
  ): Conversation {
    checkFields('conversation options', start, { sessionId: 'string', previousResponseId: 'string' });
    return new Conversation(start, (body, callOptions, state, raw) =>
      this.#create(body, callOptions, state, raw),
    );
  }

  /** A redacted view for `util.inspect` and `JSON.stringify`: no credentials. */
  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, sessionId: this.sessionId };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SequrityClient ${JSON.stringify(this.toJSON())}`;
  }

  async #create(
    body: ResponseCreateParams,
    options: RequestOptions = {},
    conversation?: ConversationState,
    raw = false,
  ): Promise<WithResponse<SequrityResponse | ResponseStream>> {
    // Calls outside a conversation track the client's own session, and no previous response.
    const state: Pick<ConversationState, 'sessionId'> = conversation ?? this;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new TypeError('The request body must be an object.');
    }
    checkRequestOptions(options);
    const client = this.#options;
    const stream = body.stream === true;
    // `timeout` in the body (seconds, as the Python SDK takes it) is a deadline, never sent.
    const { timeout: bodyTimeout, ...rest } = body as ResponseCreateParams & { timeout?: number };
    checkOption('timeout (in the body, in seconds)', bodyTimeout, 'duration');
    const previous = conversation?.previousResponseId;
    const secrets = options.llmApiKey ? [...this.#secrets, options.llmApiKey] : this.#secrets;
    const maxResponseBytes =
      options.maxResponseBytes ?? client.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const { response, data } = await send(this.#transport, {
      endpointType: options.endpointType ?? client.endpointType ?? 'chat',
      // `null` picks the default route even when the client names a provider; only `undefined` inherits it.
      provider: options.provider === undefined ? client.provider : (options.provider ?? undefined),
      body: {
        ...rest,
        ...options.extraBody,
        ...(previous !== undefined &&
          rest.previous_response_id === undefined && { previous_response_id: previous }),
      },
      headers: this.#headers(options, state, stream),
      // `raw` (asResponse) leaves the body unread, as a stream's is.
      stream: stream || raw,
      signal: options.signal,
      timeoutMs:
        options.timeout ??
        (bodyTimeout === undefined ? (client.timeout ?? DEFAULT_TIMEOUT_MS) : bodyTimeout * 1000),
      maxRetries: options.maxRetries ?? client.maxRetries ?? DEFAULT_MAX_RETRIES,
      maxResponseBytes,
      secrets,
    });
    const sessionId = response.headers.get('x-session-id') || undefined;
    if (sessionId !== undefined) state.sessionId = sessionId;
    if (raw) return { data: undefined as never, response };
    if (stream) {
      const result = ResponseStream.fromResponse(response, {
        signal: options.signal,
        idleTimeoutMs: options.idleTimeoutMs ?? client.idleTimeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxResponseBytes,
        secrets,
      });
      conversation?.started(result);
      return { data: result, response };
    }
    if (typeof data !== 'object' || data === null) {
      throw new SequrityError(`The server answered ${response.status} without a JSON response body.`, {
        secrets,
      });
    }
    const reply = data as SequrityResponse;
    const session = reply.session_id ?? sessionId;
    const requestId = response.headers.get('x-request-id');
    const result: SequrityResponse = {
      ...reply,
      output_text: outputText(reply),
      ...(session !== undefined && { session_id: session }),
      ...(requestId !== null && { request_id: requestId }),
    };
    conversation?.finished(result);
    return { data: result, response };
  }

  #headers(
    options: RequestOptions,
    state: Pick<ConversationState, 'sessionId'>,
    stream: boolean,
  ): Record<string, string> {
    const client = this.#options;
    const headers: Record<string, string> = {
      ...USER_AGENT,
      ...client.defaultHeaders,
      ...lowerCase(options.headers),
      accept: stream ? 'text/event-stream' : 'application/json',
      authorization: `Bearer ${client.apiKey}`,
    };
    // An empty value means "none", as in the Python SDK (which sends only truthy values): an empty X-Api-Key or
    // X-Session-ID would ask for a key or session that does not exist.
    const set = (header: string, value: string | null | undefined, option: string): void => {
      if (value) {
        assertHeaderValue(header, value, option);
        headers[header.toLowerCase()] = value;
      }
    };
    set('X-Api-Key', options.llmApiKey === undefined ? client.llmApiKey : options.llmApiKey, 'llmApiKey');
    set('X-Session-ID', options.sessionId === undefined ? state.sessionId : options.sessionId, 'sessionId');
    for (const [name, overrides, header] of DOCUMENTS) {
      const document = mergeHeaderOverrides(
        options[name] === undefined ? client[name] : options[name],
        options[overrides],
        {
          base: name,
          overrides,
        },
      );
      if (document !== undefined) {
        headers[header.toLowerCase()] = serializeJsonHeader(header, document, {
          maxHeaderBytes: client.maxHeaderBytes,
        });
      }
    }
    // Every value was checked where it came from: the keys and defaultHeaders at construction, the call's headers
    // by checkRequestOptions, the session and llmApiKey above; the JSON headers are ASCII by construction.
    return headers;
  }
}

/**
 * `client.responses`: creating responses, streamed or not, and the tool loop.
 */
export class Responses {
  readonly #client: SequrityClient;
  readonly #create: Create;

  /** @internal */
  constructor(client: SequrityClient, create: Create) {
    this.#client = client;
    this.#create = create;
  }

  /**
   * Creates a response.
   *
   * @param body - The request body; `stream: true` returns a {@link ResponseStream}.
   * @param options - Per-call options over the client's (headers, session, timeouts, retries, signal).
   * @returns The response with `output_text`, `session_id` and `request_id`; or, for `stream: true`, the stream as
   *   soon as the reply's headers arrived. A policy denial is a reply with `status: "failed"`, not an error.
   *   `.withResponse()` adds the fetch `Response` (for a stream, whose `requestId` and `sessionId` already carry
   *   the reply's ids, the one whose body it reads); `.asResponse()` gives it alone, its body unread.
   * @throws {@link APIError} subclasses for error statuses, {@link APIConnectionError},
   *   {@link APIConnectionTimeoutError}, {@link APIUserAbortError}; invalid options throw `TypeError`/`RangeError`.
   */
  create(body: StreamingBody, options?: RequestOptions): APIPromise<ResponseStream>;
  create(body: NonStreamingBody, options?: RequestOptions): APIPromise<SequrityResponse>;
  create(body: ResponseCreateParams, options?: RequestOptions): APIPromise<SequrityResponse | ResponseStream>;
  create(
    body: ResponseCreateParams,
    options?: RequestOptions,
  ): APIPromise<SequrityResponse | ResponseStream> {
    return new APIPromise((raw) => this.#create(body, options, raw));
  }

  /**
   * Creates a response with a structured output and parses it: `create` with a `text.format` made by
   * {@link textFormat}, whose schema types and validates `output_parsed`.
   *
   * @param body - The request; `text.format` must come from `textFormat(schema, { name })`. With `stream: true`
   *   it resolves to the stream, whose `finalResponse()` is parsed.
   * @param options - As for {@link Responses.create}.
   * @returns The response with `output_parsed` (`null` after a refusal, which stays in `output`, or when `status`
   *   is not `completed`) and `parsed` on each `output_text` part; `.withResponse()` and `.asResponse()` as for
   *   `create`.
   * @throws {@link StructuredOutputError} (`'invalid-json'` or `'invalid-output'`, with the text and the issues)
   *   when the output is not JSON or fails the schema's `~standard.validate`; otherwise as {@link Responses.create}.
   * @example
   * ```ts
   * const Answer = z.object({ city: z.string(), celsius: z.number() });
   * const response = await client.responses.parse({
   *   model: 'gpt-5-mini',
   *   input: 'Weather in Paris?',
   *   text: { format: textFormat(Answer, { name: 'weather' }) },
   * });
   * console.log(response.output_parsed?.city);
   * ```
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
    return parseRequest(body, (raw) => this.#create(body, options, raw));
  }

  /**
   * Runs the tool loop: creates the response, runs the model's function calls with the tools' `run` functions
   * (in parallel unless `parallel_tool_calls: false`), sends one `function_call_output` per call with
   * `previous_response_id` and the session, and repeats until a response has no function calls.
   *
   * @param body - The request; `tools` may mix {@link functionTool}s with plain tools.
   * @param options - Request options plus `maxRounds` (default 10) and `maxToolCallsPerRound` (default 128).
   * @returns The final response; `.withResponse()` adds the final round's fetch `Response`, and `.asResponse()`
   *   gives a `Response` with that one's status and headers and the final response as its unread JSON body (the loop
   *   had to read the original to know it was the last).
   * @throws {@link ToolLoopLimitError} after `maxRounds` responses that still call functions, or for a response
   *   asking for more than `maxToolCallsPerRound` calls (before any runs); any error reply ends the loop with that
   *   error. Tool failures, unknown tools and bad arguments are reported to the model instead.
   * @example
   * ```ts
   * const response = await client.responses.runTools({ model: 'gpt-5-mini', input: 'Weather in Paris?', tools: [weather] });
   * ```
   */
  runTools(body: ToolLoopBody, options?: ToolLoopOptions): APIPromise<SequrityResponse> {
    return new APIPromise((raw) => runToolLoop(this.#client, body, options, raw));
  }

  /**
   * The streaming tool loop: like {@link Responses.runTools}, but every event of every round is yielded as it
   * arrives; `finalResponse()` then gives the last round's response.
   */
  runToolsStream(body: ToolLoopBody, options: ToolLoopOptions = {}): ToolLoopStream {
    return new ToolLoopStream(this.#client, body, options);
  }
}

type Create = (
  body: ResponseCreateParams,
  options: RequestOptions | undefined,
  raw: boolean,
) => Promise<WithResponse<SequrityResponse | ResponseStream>>;

function lowerCase(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

export type { EndpointType, Provider };
