/**
 * The Responses tool loop: send the request, run the model's function calls locally, send back exactly one
 * `function_call_output` per `call_id` with `previous_response_id` and the session, and repeat until a round has
 * no function calls.
 *
 * @module
 */
import { SequrityError, StreamError } from '../errors.js';
import type { FinalResponse, ResponseStream } from '../streaming/response-stream.js';
import type { StreamEvent } from '../streaming/stream-event.js';
import type { ResponseCreateParams, Tool, ToolChoice } from '../types.js';
import type { Conversation } from './conversation.js';
import {
  functionCalls,
  prepareTools,
  runCalls,
  type AnyTool,
  type FunctionCallOutput,
  type RunnableFunctionTool,
} from './function-tools.js';
import type { RequestOptions } from './options.js';
import type { NonStreamingBody, SequrityResponse } from './sequrity-client.js';

/** The body of a tool loop: a request whose tools may carry `run`. */
export type ToolLoopBody = Omit<ResponseCreateParams, 'tools' | 'stream'> & {
  tools: readonly (Tool | RunnableFunctionTool<never>)[];
};

/** Options of the tool loop: the request options plus the round limit. */
export interface ToolLoopOptions extends RequestOptions {
  /**
   * How many model responses the loop may request; if the last one still calls functions, it fails with
   * {@link ToolLoopLimitError}.
   *
   * @defaultValue 10
   */
  maxRounds?: number | undefined;
}

/** The tool loop reached `maxRounds` and the model still wanted to call functions. */
export class ToolLoopLimitError extends SequrityError {
  override readonly name: string = 'ToolLoopLimitError';
  /** The last response, whose function calls were not run. */
  readonly response: SequrityResponse | FinalResponse;
  /** The limit that was reached. */
  readonly maxRounds: number;

  constructor(response: SequrityResponse | FinalResponse, maxRounds: number) {
    super(
      `The tool loop stopped after ${maxRounds} rounds with function calls still pending; raise maxRounds or ` +
        'check the tools (the last response is on error.response).',
    );
    this.response = response;
    this.maxRounds = maxRounds;
  }
}

const DEFAULT_MAX_ROUNDS = 10;

function checkMaxRounds(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_ROUNDS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`maxRounds must be a positive integer, got ${String(value)}.`);
  }
  return value;
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
  }): Conversation;
  sessionId: string | undefined;
}

type RoundBody = Omit<ResponseCreateParams, 'tools' | 'input' | 'stream'>;

interface Prepared {
  host: ToolLoopHost;
  conversation: Conversation;
  wire: Tool[];
  runners: Map<string, RunnableFunctionTool<never>>;
  /** The first round's body, less tools and input: the caller's, with its `previous_response_id`. */
  firstBody: RoundBody;
  /** The later rounds' body: the conversation supplies `previous_response_id`, and tool_choice no longer forces. */
  laterBody: RoundBody;
  firstInput: ResponseCreateParams['input'];
  firstOptions: RequestOptions;
  laterOptions: RequestOptions;
  maxRounds: number;
  parallel: boolean;
  signal: AbortSignal;
}

/**
 * The tool_choice of the rounds after tools ran. One that forces a call (`required`, a named tool, `allowed_tools`
 * in `required` mode) would make the model call again in every round until `maxRounds`, so it becomes `auto`
 * (`allowed_tools` keeps its list), as the OpenAI Agents SDK's `reset_tool_choice` does.
 */
function relaxToolChoice(choice: ToolChoice): ToolChoice {
  if (typeof choice === 'string') return choice === 'required' ? 'auto' : choice;
  if (choice.type === 'allowed_tools') return { ...choice, mode: 'auto' };
  return 'auto';
}

function prepare(host: ToolLoopHost, body: ToolLoopBody, options: ToolLoopOptions): Prepared {
  const { maxRounds, ...firstOptions } = options;
  const { tools, input, stream: _stream, ...firstBody } = body as ToolLoopBody & { stream?: unknown };
  const { previous_response_id: _previous, ...later } = firstBody;
  const { wire, runners } = prepareTools(tools);
  const { sessionId, ...laterOptions } = firstOptions;
  return {
    host,
    conversation: host.conversation({
      sessionId: sessionId === undefined ? host.sessionId : (sessionId ?? undefined),
    }),
    wire,
    runners,
    firstBody,
    laterBody:
      later.tool_choice === undefined ? later : { ...later, tool_choice: relaxToolChoice(later.tool_choice) },
    firstInput: input,
    firstOptions,
    laterOptions,
    maxRounds: checkMaxRounds(maxRounds),
    parallel: body.parallel_tool_calls !== false,
    signal: firstOptions.signal ?? new AbortController().signal,
  };
}

/** The body of a round: the caller's fields and tools (without `run`), and only the new input. */
function roundBody(loop: Prepared, round: number, input: ResponseCreateParams['input']): NonStreamingBody {
  return {
    ...(round === 1 ? loop.firstBody : loop.laterBody),
    tools: loop.wire,
    ...(input === undefined ? {} : { input }),
  };
}

/** Sends a round with the conversation's session and previous response, then updates the host's session. */
async function sendRound<R>(loop: Prepared, round: number, send: (options: RequestOptions) => Promise<R>) {
  const reply = await send(round === 1 ? loop.firstOptions : loop.laterOptions);
  if (loop.conversation.sessionId !== undefined) loop.host.sessionId = loop.conversation.sessionId;
  return reply;
}

/** After a round: `undefined` when it called no function (the loop is done), otherwise the outputs to send. */
async function afterRound(
  loop: Prepared,
  round: number,
  response: SequrityResponse | FinalResponse,
): Promise<FunctionCallOutput[] | undefined> {
  const calls = functionCalls(response);
  if (calls.length === 0) return undefined;
  if (round >= loop.maxRounds) throw new ToolLoopLimitError(response, loop.maxRounds);
  return runCalls(calls, loop.runners, loop.parallel, loop.signal);
}

/**
 * Runs the tool loop without streaming and resolves with the final response (the first with no function calls).
 */
export async function runToolLoop(
  host: ToolLoopHost,
  body: ToolLoopBody,
  options: ToolLoopOptions = {},
): Promise<SequrityResponse> {
  const loop = prepare(host, body, options);
  let input: ResponseCreateParams['input'] = loop.firstInput;
  for (let round = 1; ; round++) {
    const request = roundBody(loop, round, input);
    const response = await sendRound(loop, round, (callOptions) =>
      loop.conversation.create(request, callOptions),
    );
    const outputs = await afterRound(loop, round, response);
    if (outputs === undefined) return response;
    input = outputs;
  }
}

/**
 * The streaming tool loop, made by `client.responses.runToolsStream`: iterate it for every event of every round
 * as it arrives, then read {@link ToolLoopStream.finalResponse}. Leaving the iteration early (`break`, `return`, a
 * throw) cancels the current round's stream.
 */
export class ToolLoopStream implements AsyncIterable<StreamEvent> {
  readonly #events: AsyncGenerator<StreamEvent, FinalResponse, undefined>;
  readonly #final: Promise<FinalResponse>;
  #settle!: { resolve: (response: FinalResponse) => void; reject: (error: unknown) => void };
  #consumed = false;

  /** @internal Use `client.responses.runToolsStream`. */
  constructor(host: ToolLoopHost, body: ToolLoopBody, options: ToolLoopOptions) {
    this.#events = streamRounds(prepare(host, body, options));
    this.#final = new Promise((resolve, reject) => (this.#settle = { resolve, reject }));
    // finalResponse() may never be called; its rejection must not surface as an unhandled rejection.
    this.#final.catch(() => {});
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<StreamEvent, void, undefined> {
    if (this.#consumed)
      throw new StreamError('stream-consumed', 'This tool loop stream was already consumed.');
    this.#consumed = true;
    let settled = false;
    try {
      for (;;) {
        const next = await this.#events.next();
        if (next.done) {
          settled = true;
          this.#settle.resolve(next.value);
          return;
        }
        yield next.value;
      }
    } catch (error) {
      settled = true;
      this.#settle.reject(error);
      throw error;
    } finally {
      if (!settled) {
        this.#settle.reject(
          new StreamError(
            'aborted',
            'Iteration of the tool loop stopped before its final response (break or return); the current ' +
              'stream was cancelled.',
          ),
        );
        await this.#events.return(undefined as never);
      }
    }
  }

  /**
   * The final response (the first round with no function calls). Reads the remaining events itself when the
   * stream is not being iterated; otherwise settles when the iteration ends.
   *
   * @throws What ended the loop: an error reply, a {@link StreamError}, an abort, {@link ToolLoopLimitError}.
   */
  finalResponse(): Promise<FinalResponse> {
    if (!this.#consumed) void this.#drain();
    return this.#final;
  }

  async #drain(): Promise<void> {
    try {
      for await (const _ of this);
    } catch {
      // The failure already rejected finalResponse().
    }
  }
}

async function* streamRounds(loop: Prepared): AsyncGenerator<StreamEvent, FinalResponse, undefined> {
  let input: ResponseCreateParams['input'] = loop.firstInput;
  for (let round = 1; ; round++) {
    const request = roundBody(loop, round, input);
    const stream: ResponseStream = await sendRound(loop, round, (callOptions) =>
      loop.conversation.create({ ...request, stream: true }, callOptions),
    );
    yield* stream;
    const response = await stream.finalResponse();
    const outputs = await afterRound(loop, round, response);
    if (outputs === undefined) return response;
    input = outputs;
  }
}
