/**
 * The Responses tool loop: send the request, run the model's function calls locally, send back exactly one
 * `function_call_output` per `call_id` with `previous_response_id` and the session, and repeat until a round has
 * no function calls.
 *
 * @module
 */
import { APIUserAbortError, SequrityError } from '../errors.js';
import type { FinalResponse, ResponseStream } from '../streaming/response-stream.js';
import type { StreamEvent } from '../streaming/event-decoding.js';
import type {
  FunctionTool,
  ResponseCreateParams,
  ResponseFunctionCallOutputItem,
  ResponseFunctionToolCall,
  Tool,
} from '../types.js';
import type { Conversation } from './conversation.js';
import type { RequestOptions } from './options.js';
import type { SequrityResponse } from './sequrity-client.js';

/** What a tool's `run` is given besides its arguments. */
export interface ToolRunContext {
  /** The call being answered. */
  callId: string;
  /** Aborts when the loop's `signal` aborts: long-running tools should stop then. */
  signal: AbortSignal;
}

/** A function tool with its implementation, made by {@link functionTool}. */
export interface RunnableFunctionTool<Args = Record<string, unknown>> extends FunctionTool {
  /** Runs the tool; the result is sent to the model as text (strings as they are, anything else as JSON). */
  run(args: Args, context: ToolRunContext): unknown;
}

/** What {@link functionTool} takes: the wire fields of a function tool plus `run`. */
export type FunctionToolDefinition<Args> = Omit<FunctionTool, 'type'> & {
  run(args: Args, context: ToolRunContext): unknown;
};

/**
 * Declares a function tool for `client.responses.runTools`.
 *
 * @param definition - `name`, `description`, `parameters` (a JSON Schema for the arguments), optional `strict`,
 *   and `run`, called with the parsed arguments.
 * @example
 * ```ts
 * const weather = functionTool({
 *   name: 'get_weather',
 *   description: 'The weather in a city',
 *   parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
 *   run: ({ city }: { city: string }) => ({ city, forecast: 'sunny' }),
 * });
 * ```
 */
export function functionTool<Args = Record<string, unknown>>(
  definition: FunctionToolDefinition<Args>,
): RunnableFunctionTool<Args> {
  if (typeof definition?.run !== 'function') throw new TypeError('functionTool needs a run function.');
  if (typeof definition.name !== 'string' || definition.name === '')
    throw new TypeError('functionTool needs a name.');
  return { ...definition, type: 'function' };
}

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

type AnyTool = Tool | RunnableFunctionTool<never>;
type FunctionCallOutput = Pick<ResponseFunctionCallOutputItem, 'type' | 'call_id'> & { output: string };

/**
 * Splits the tools into what is sent and the implementations by name. Function tool names must be unique, also
 * between runnable and plain ones (the model could not say which it calls); `run` never reaches the wire.
 */
function prepareTools(tools: readonly AnyTool[]): {
  wire: Tool[];
  runners: Map<string, RunnableFunctionTool<never>>;
} {
  if (!Array.isArray(tools)) throw new TypeError('runTools needs body.tools, an array of tools.');
  const runners = new Map<string, RunnableFunctionTool<never>>();
  const names = new Set<string>();
  const wire = tools.map((tool): Tool => {
    if (tool.type === 'function') {
      if (names.has(tool.name))
        throw new TypeError(`Two tools are named ${tool.name}; tool names must be unique.`);
      names.add(tool.name);
    }
    if (!('run' in tool)) return tool;
    if (typeof tool.run !== 'function' || tool.type !== 'function') {
      throw new TypeError(
        `The tool ${JSON.stringify((tool as { name?: unknown }).name)} has a run that is not a function, or is ` +
          'not a function tool; declare runnable tools with functionTool().',
      );
    }
    const { run: _, ...sent } = tool;
    runners.set(tool.name, tool);
    return sent;
  });
  return { wire, runners };
}

/** The function calls of a response, one per `call_id` (a repeated id is answered once). */
function functionCalls(response: { output?: unknown[] | null }): ResponseFunctionToolCall[] {
  const calls = new Map<string, ResponseFunctionToolCall>();
  for (const item of response.output ?? []) {
    if (typeof item !== 'object' || item === null) continue;
    const call = item as ResponseFunctionToolCall;
    if (call.type === 'function_call' && !calls.has(call.call_id)) calls.set(call.call_id, call);
  }
  return [...calls.values()];
}

function checkMaxRounds(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_ROUNDS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`maxRounds must be a positive integer, got ${String(value)}.`);
  }
  return value;
}

/** Parses a call's arguments: a JSON object, or the error text the model gets instead. */
function parseArguments(text: unknown): { args: Record<string, unknown> } | { error: string } {
  if (typeof text !== 'string') return { error: 'Error: the call has no arguments string.' };
  let args: unknown;
  try {
    args = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return {
      error: `Error: the arguments are not valid JSON (${(error as Error).message}); call the tool again with JSON.`,
    };
  }
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    const kind = args === null ? 'null' : Array.isArray(args) ? 'an array' : `a ${typeof args}`;
    return { error: `Error: the arguments must be a JSON object, got ${kind}.` };
  }
  return { args: args as Record<string, unknown> };
}

/** Runs one call; every failure becomes an error text the model sees, never an exception (except an abort). */
async function runCall(
  call: ResponseFunctionToolCall,
  runners: ReadonlyMap<string, RunnableFunctionTool<never>>,
  signal: AbortSignal,
): Promise<FunctionCallOutput> {
  const answer = (output: string): FunctionCallOutput => ({
    type: 'function_call_output',
    call_id: call.call_id,
    output,
  });
  const tool = runners.get(call.name);
  if (!tool) {
    const known = [...runners.keys()].join(', ') || 'none';
    return answer(`Error: there is no tool named ${JSON.stringify(call.name)} (tools: ${known}).`);
  }
  const parsed = parseArguments(call.arguments);
  if ('error' in parsed) return answer(parsed.error);
  let result: unknown;
  try {
    signal.throwIfAborted();
    result = await tool.run(parsed.args as never, { callId: call.call_id, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return answer(`Error: the tool failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof result === 'string') return answer(result);
  try {
    return answer(JSON.stringify(result) ?? '');
  } catch (error) {
    return answer(`Error: the tool's result could not be sent as JSON: ${(error as Error).message}`);
  }
}

/** Runs a round's calls (in parallel unless `parallel` is false); rejects as soon as `signal` aborts. */
async function runCalls(
  calls: readonly ResponseFunctionToolCall[],
  runners: ReadonlyMap<string, RunnableFunctionTool<never>>,
  parallel: boolean,
  signal: AbortSignal,
): Promise<FunctionCallOutput[]> {
  const abort = new Promise<never>((_, reject) => {
    const fail = (): void =>
      reject(new APIUserAbortError('The tool loop was aborted.', { reason: signal.reason }));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
  abort.catch(() => {});
  let work: Promise<FunctionCallOutput[]>;
  if (parallel) work = Promise.all(calls.map((call) => runCall(call, runners, signal)));
  else {
    work = (async () => {
      const outputs: FunctionCallOutput[] = [];
      for (const call of calls) {
        if (signal.aborted) break; // the loop has already rejected; start nothing more
        outputs.push(await runCall(call, runners, signal));
      }
      return outputs;
    })();
  }
  return Promise.race([work, abort]);
}

/** What the loops share: how to send a turn. */
export interface ToolLoopHost {
  conversation(start: {
    sessionId?: string | undefined;
    previousResponseId?: string | undefined;
  }): Conversation;
  readonly sessionId: string | undefined;
}

interface Prepared {
  conversation: Conversation;
  wire: Tool[];
  runners: Map<string, RunnableFunctionTool<never>>;
  rest: Omit<ResponseCreateParams, 'tools' | 'input' | 'previous_response_id'>;
  firstInput: ResponseCreateParams['input'];
  callOptions: RequestOptions;
  laterOptions: RequestOptions;
  maxRounds: number;
  parallel: boolean;
  signal: AbortSignal;
}

function prepare(host: ToolLoopHost, body: ToolLoopBody, options: ToolLoopOptions): Prepared {
  const { maxRounds, ...callOptions } = options;
  const {
    tools,
    input,
    previous_response_id,
    stream: _stream,
    ...rest
  } = body as ToolLoopBody & { stream?: unknown };
  const { wire, runners } = prepareTools(tools);
  const session = callOptions.sessionId === undefined ? host.sessionId : (callOptions.sessionId ?? undefined);
  const { sessionId: _, ...laterOptions } = callOptions;
  return {
    conversation: host.conversation({
      sessionId: session,
      previousResponseId: previous_response_id ?? undefined,
    }),
    wire,
    runners,
    rest,
    firstInput: input,
    callOptions: { ...laterOptions, ...(callOptions.sessionId === null ? { sessionId: null } : {}) },
    laterOptions,
    maxRounds: checkMaxRounds(maxRounds),
    parallel: body.parallel_tool_calls !== false,
    signal: callOptions.signal ?? new AbortController().signal,
  };
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
    const request = {
      ...loop.rest,
      tools: loop.wire,
      ...(input === undefined ? {} : { input }),
      stream: false as const,
    };
    const response = await loop.conversation.create(
      request,
      round === 1 ? loop.callOptions : loop.laterOptions,
    );
    const calls = functionCalls(response);
    if (calls.length === 0) return response;
    if (round >= loop.maxRounds) throw new ToolLoopLimitError(response, loop.maxRounds);
    input = await runCalls(calls, loop.runners, loop.parallel, loop.signal);
  }
}

/**
 * The streaming tool loop, made by `client.responses.runToolsStream`: iterate it for every event of every round
 * as it arrives, then read {@link ToolLoopStream.finalResponse}.
 */
export class ToolLoopStream implements AsyncIterable<StreamEvent> {
  readonly #events: AsyncGenerator<StreamEvent, FinalResponse, undefined>;
  #final: FinalResponse | undefined;
  #failure: unknown;
  #consumed = false;

  /** @internal Use `client.responses.runToolsStream`. */
  constructor(host: ToolLoopHost, body: ToolLoopBody, options: ToolLoopOptions) {
    this.#events = streamRounds(prepare(host, body, options));
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<StreamEvent, void, undefined> {
    if (this.#consumed) throw new TypeError('This tool loop stream was already consumed.');
    this.#consumed = true;
    try {
      for (;;) {
        const next = await this.#events.next();
        if (next.done) {
          this.#final = next.value;
          return;
        }
        yield next.value;
      }
    } catch (error) {
      this.#failure = error;
      throw error;
    } finally {
      await this.#events.return(undefined as never);
    }
  }

  /** The final response (the first round with no function calls); reads the remaining events if needed. */
  async finalResponse(): Promise<FinalResponse> {
    if (!this.#consumed) for await (const _ of this);
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#final === undefined)
      throw new SequrityError('The tool loop stream was left before its final response.');
    return this.#final;
  }
}

async function* streamRounds(loop: Prepared): AsyncGenerator<StreamEvent, FinalResponse, undefined> {
  let input: ResponseCreateParams['input'] = loop.firstInput;
  for (let round = 1; ; round++) {
    const request = {
      ...loop.rest,
      tools: loop.wire,
      ...(input === undefined ? {} : { input }),
      stream: true as const,
    };
    const stream: ResponseStream = await loop.conversation.create(
      request,
      round === 1 ? loop.callOptions : loop.laterOptions,
    );
    yield* stream;
    const response = await stream.finalResponse();
    const calls = functionCalls(response);
    if (calls.length === 0) return response;
    if (round >= loop.maxRounds) throw new ToolLoopLimitError(response, loop.maxRounds);
    input = await runCalls(calls, loop.runners, loop.parallel, loop.signal);
  }
}
