/**
 * The Responses tool loop: send the request, run the model's function calls locally, send back exactly one
 * `function_call_output` per `call_id` with `previous_response_id` and the session, and repeat until a round has
 * no function calls.
 *
 * @module
 */
import { SequrityError, StreamError } from '../errors/index.js';
import { redactValue } from '../internal/redact.js';
import { pendingFinalResponse } from '../streaming/final-response.js';
import { ResponseStream } from '../streaming/response-stream.js';
import type { StreamEvent } from '../streaming/stream-event.js';
import type { ResponseCreateParams, Tool, ToolChoice } from '../types.js';
import type { APIPromise, WithResponse } from './api-promise.js';
import type { SequrityResponse } from './create-types.js';
import { functionCalls, prepareTools, runCalls, type RunnableFunctionTool } from './function-tools.js';
import type { OptionKind } from './option-kinds.js';
import { checkRequestOptions, type RequestOptions } from './options.js';

/** The body of a tool loop: a request whose tools may carry `run`. */
export type ToolLoopBody = Omit<ResponseCreateParams, 'tools' | 'stream'> & {
  tools: readonly (Tool | RunnableFunctionTool<never>)[];
};

/** The default of `maxToolCallsPerRound`: more than any model asks for in one turn, few enough to run at once. */
export const DEFAULT_MAX_TOOL_CALLS_PER_ROUND = 128;

/** Options of the tool loop: the request options plus its limits. */
export interface ToolLoopOptions extends RequestOptions {
  /**
   * How many model responses the loop may request; if the last one still calls functions, it fails with
   * {@link ToolLoopLimitError}.
   *
   * @defaultValue 10
   */
  maxRounds?: number | undefined;
  /**
   * How many function calls (distinct `call_id`s) one response may ask for. A response asking for more ends the loop
   * with {@link ToolLoopLimitError} before any tool runs, so a server cannot make a local tool run without bound.
   *
   * @defaultValue 128
   */
  maxToolCallsPerRound?: number | undefined;
}

/** The tool loop's own options, besides the request's, and what each must be. */
const TOOL_LOOP_OPTIONS: {
  readonly [Name in Exclude<keyof ToolLoopOptions, keyof RequestOptions>]-?: OptionKind;
} = {
  maxRounds: 'positive',
  maxToolCallsPerRound: 'positive',
};

/**
 * The tool loop reached one of its limits: `maxRounds` responses and the model still wanted to call functions, or
 * one response asked for more than `maxToolCallsPerRound` calls (none of which was run).
 */
export class ToolLoopLimitError extends SequrityError {
  override readonly name = 'ToolLoopLimitError' as const;
  /** The last response, whose function calls were not run; well-known key shapes in it are masked. */
  readonly response: SequrityResponse;
  /** The option whose limit was reached. */
  readonly limit: 'maxRounds' | 'maxToolCallsPerRound';
  /** The `maxRounds` in force. */
  readonly maxRounds: number;
  /** How many function calls the last response asked for. */
  readonly calls: number;

  constructor(
    response: SequrityResponse,
    maxRounds: number,
    limit: { maxToolCallsPerRound: number; calls: number } | undefined = undefined,
  ) {
    super(
      limit
        ? `The tool loop stopped: a response asked for ${limit.calls} function calls, more than ` +
            `maxToolCallsPerRound (${limit.maxToolCallsPerRound}); none was run. Raise maxToolCallsPerRound if ` +
            'the model needs that many.'
        : `The tool loop stopped after ${maxRounds} rounds with function calls pending; raise maxRounds.`,
    );
    this.response = redactValue(response);
    this.limit = limit ? 'maxToolCallsPerRound' : 'maxRounds';
    this.maxRounds = maxRounds;
    this.calls = limit?.calls ?? functionCalls(response).length;
  }
}

/** What the loop needs of a conversation (a `Conversation` is one): to send a turn, and the session it is in. */
export interface ToolLoopConversation {
  create(body: ResponseCreateParams, options?: RequestOptions): APIPromise<SequrityResponse | ResponseStream>;
  readonly sessionId: string | undefined;
}

/**
 * Where a tool loop sends its turns; `SequrityClient` is one. The loop threads its rounds through a conversation of
 * its own, started on the host's session (so concurrent loops never mix), and leaves the host on the session of
 * the latest reply, as `responses.create` does.
 */
export interface ToolLoopHost {
  conversation(start: {
    sessionId?: string | undefined;
    previousResponseId?: string | undefined;
  }): ToolLoopConversation;
  sessionId: string | undefined;
}

/**
 * The tool_choice of the rounds after tools ran. One that forces a call (`required`, a named tool, `allowed_tools`
 * in `required` mode) would make the model call again in every round until `maxRounds`, so it becomes `auto`
 * (`allowed_tools` keeps its list), as the OpenAI Agents SDK's `reset_tool_choice` does.
 */
function relaxToolChoice(choice: ToolChoice): ToolChoice {
  if (typeof choice === 'string') return choice === 'required' ? 'auto' : choice;
  return choice.type === 'allowed_tools' ? { ...choice, mode: 'auto' } : 'auto';
}

type Rounds = AsyncGenerator<StreamEvent, SequrityResponse, undefined>;

/**
 * The tool loop, as rounds that yield every event of a streamed round (a non-streamed loop yields nothing) and
 * return the final response. The inputs are checked now, before the first round, so `runToolsStream` throws at
 * once. `replied` is given each round's fetch `Response`.
 */
function toolLoop(
  host: ToolLoopHost,
  body: ToolLoopBody,
  options: ToolLoopOptions,
  stream: boolean,
  replied?: (response: globalThis.Response) => void,
): Rounds {
  checkRequestOptions(options, `${stream ? 'runToolsStream' : 'runTools'} options`, TOOL_LOOP_OPTIONS);
  const {
    maxRounds = 10,
    maxToolCallsPerRound = DEFAULT_MAX_TOOL_CALLS_PER_ROUND,
    ...firstOptions
  } = options;
  const { tools, input, stream: _stream, ...firstBody } = body as ToolLoopBody & { stream?: unknown };
  const { wire, runners } = prepareTools(tools);
  // The later rounds: the conversation supplies `previous_response_id`, and tool_choice no longer forces a call.
  const { sessionId, ...laterOptions } = firstOptions;
  const { previous_response_id: _previous, ...laterBody } = firstBody;
  if (laterBody.tool_choice != null) laterBody.tool_choice = relaxToolChoice(laterBody.tool_choice);
  const conversation = host.conversation({
    sessionId: sessionId === undefined ? host.sessionId : (sessionId ?? undefined),
  });
  const parallel = body.parallel_tool_calls !== false;
  const signal = firstOptions.signal ?? new AbortController().signal;
  return (async function* rounds() {
    let next: ResponseCreateParams['input'] = input;
    for (let round = 1; ; round++) {
      // Each round sends the caller's fields and tools (without `run`), and only the new input.
      const { data: reply, response: http } = await conversation
        .create(
          {
            ...(round === 1 ? firstBody : laterBody),
            tools: wire,
            ...(next !== undefined && { input: next }),
            ...(stream && { stream: true }),
          },
          round === 1 ? firstOptions : laterOptions,
        )
        .withResponse();
      replied?.(http);
      if (conversation.sessionId !== undefined) host.sessionId = conversation.sessionId;
      let response: SequrityResponse;
      if (reply instanceof ResponseStream) {
        yield* reply;
        response = await reply.finalResponse();
      } else response = reply;
      const calls = functionCalls(response);
      if (calls.length === 0) return response;
      if (calls.length > maxToolCallsPerRound)
        throw new ToolLoopLimitError(response, maxRounds, { maxToolCallsPerRound, calls: calls.length });
      if (round >= maxRounds) throw new ToolLoopLimitError(response, maxRounds);
      next = await runCalls(calls, runners, parallel, signal);
    }
  })();
}

/**
 * Runs the tool loop without streaming and resolves with the final response (the first with no function calls)
 * and the final round's fetch `Response`; `raw` (asResponse) gets a copy of that one whose unread body is the
 * final response as JSON, since the loop read the original to know it was the last.
 */
export async function runToolLoop(
  host: ToolLoopHost,
  body: ToolLoopBody,
  options: ToolLoopOptions = {},
  raw = false,
): Promise<WithResponse<SequrityResponse>> {
  let response!: globalThis.Response;
  // Non-streamed rounds yield no events: the first step is the end.
  const data = (await toolLoop(host, body, options, false, (reply) => (response = reply)).next())
    .value as SequrityResponse;
  if (!raw) return { data, response };
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  const { status, statusText } = response;
  return { data, response: new Response(JSON.stringify(data), { status, statusText, headers }) };
}

/**
 * The streaming tool loop, made by `client.responses.runToolsStream`: iterate it for every event of every round
 * as it arrives, then read {@link ToolLoopStream.finalResponse}. Leaving the iteration early (`break`, `return`, a
 * throw) cancels the current round's stream.
 */
export class ToolLoopStream implements AsyncIterable<StreamEvent> {
  readonly #rounds: Rounds;
  readonly #final = pendingFinalResponse();
  #consumed = false;

  /** @internal Use `client.responses.runToolsStream`. */
  constructor(host: ToolLoopHost, body: ToolLoopBody, options: ToolLoopOptions) {
    this.#rounds = toolLoop(host, body, options, true);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<StreamEvent, void, undefined> {
    if (this.#consumed)
      throw new StreamError('stream-consumed', 'This tool loop stream was already consumed.');
    this.#consumed = true;
    const final = this.#final;
    try {
      // Leaving early returns the rounds too (`yield*` forwards it), which cancels the current round's stream.
      final.resolve((yield* this.#rounds) as SequrityResponse);
    } catch (error) {
      final.reject(error);
      throw error;
    } finally {
      // After a break or return; once the loop settled above, this changes nothing.
      final.reject(new StreamError('aborted', 'The tool loop was left before its final response.'));
    }
  }

  /**
   * The final response (the first round with no function calls). Reads the remaining events itself when the
   * stream is not being iterated; otherwise settles when the iteration ends.
   *
   * @throws What ended the loop: an error reply, a {@link StreamError}, an abort, {@link ToolLoopLimitError}.
   */
  finalResponse(): Promise<SequrityResponse> {
    // The failure of a drain already rejected finalResponse().
    if (!this.#consumed)
      (async () => {
        for await (const _ of this);
      })().catch(() => {});
    return this.#final.promise;
  }
}
