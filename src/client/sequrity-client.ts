/**
 * `SequrityClient`: the high-level client. It owns the credentials, the security headers, the session and the
 * retry policy, and sends through the generated low-level client; streams are read by {@link ResponseStream}.
 *
 * @module
 */
import { toFinalResponse } from '../streaming/final-response.js';
import { ResponseStream } from '../streaming/response-stream.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../streaming/stream-options.js';
import { SequrityError } from '../errors/index.js';
import { createGeneratedClient } from '../spec.js';
import type { ResponseCreateParams } from '../types.js';
import { VERSION } from '../version.js';
import type { WithResponse } from './api-promise.js';
import { Conversation, type ConversationState } from './conversation.js';
import type { SequrityResponse } from './create-types.js';
import { createLog, type LogLevel } from './logger.js';
import { assertHeaderValue } from './header-values.js';
import { checkFields, checkOption } from './option-kinds.js';
import {
  checkOptions,
  checkRequestOptions,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  normaliseBaseURL,
  type RequestOptions,
  type SequrityClientOptions,
} from './options.js';
import {
  DEFAULT_MAX_HEADER_BYTES,
  mergeHeaderOverrides,
  serializeJsonHeader,
} from './security-headers/index.js';
import { Responses } from './responses.js';
import { lowLevelOptions, send, type Transport } from './transport.js';

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
    this.responses = new Responses(
      (body, callOptions, raw) => this.#create(body, callOptions, undefined, raw),
      this,
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
    checkOption('The request body', body ?? null, 'object');
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
    const result = jsonReply(response, data, sessionId, secrets);
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

/** A non-streamed reply as `create` resolves to it: with `output_text`, and the session and request ids. */
function jsonReply(
  response: globalThis.Response,
  data: unknown,
  sessionId: string | undefined,
  secrets: readonly string[],
): SequrityResponse {
  if (typeof data !== 'object' || data === null) {
    throw new SequrityError(`The server answered ${response.status} without a JSON response body.`, {
      secrets,
    });
  }
  return toFinalResponse(
    data as SequrityResponse,
    sessionId,
    response.headers.get('x-request-id') ?? undefined,
  );
}

function lowerCase(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
}
