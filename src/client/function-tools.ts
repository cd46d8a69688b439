/**
 * Function tools with their implementations ({@link functionTool}), and running a round of the model's function
 * calls: arguments parsed, each call answered exactly once, failures turned into outputs the model reads.
 *
 * @module
 */
import { APIUserAbortError } from '../errors/index.js';
import { isObject, showValue, type Kind } from '../internal/validate.js';
import { checkFields, type OptionKind } from './option-kinds.js';
import type { StandardJSONSchemaV1, StandardOutput } from './standard-schema.js';
import { jsonSchemaOf } from './json-schema.js';
import { argsChecker, CHECK_ARGS } from './structured-output.js';
import type {
  FunctionTool,
  ResponseFunctionCallOutputItem,
  ResponseFunctionToolCall,
  Tool,
} from '../types.js';

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
 * What {@link functionTool} takes when `parameters` is a Standard Schema: `run` gets the schema's output type.
 * (`run` is a property, not a method, so an argument annotation that does not fit the schema fails to compile.)
 */
export type SchemaToolDefinition<Schema extends StandardJSONSchemaV1> = Omit<
  FunctionTool,
  'type' | 'parameters'
> & {
  /** The arguments' schema: its JSON Schema is sent, and its `~standard.validate` checks the arguments. */
  parameters: Schema;
  run: (args: StandardOutput<Schema>, context: ToolRunContext) => unknown;
};

/**
 * Declares a function tool for `client.responses.runTools`.
 *
 * @param definition - `name`, `description`, `parameters`, optional `strict`, and `run`, called with the parsed
 *   arguments. `parameters` is a Standard Schema (zod, arktype, …: its JSON Schema is sent, `run`'s argument has
 *   its output type, and arguments that fail its `~standard.validate` go back to the model as the error output,
 *   never into `run`; `strict: true` applies the strict-mode rules as `textFormat` does), or a plain JSON Schema
 *   object, with the argument type given as the type parameter or by annotating `run`.
 * @example
 * ```ts
 * const weather = functionTool({
 *   name: 'get_weather',
 *   parameters: z.object({ city: z.string() }),
 *   run: ({ city }) => ({ city, forecast: 'sunny' }), // city: string
 * });
 * ```
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
export function functionTool<Schema extends StandardJSONSchemaV1>(
  definition: SchemaToolDefinition<Schema>,
): RunnableFunctionTool<StandardOutput<Schema>>;
export function functionTool<Args = Record<string, unknown>>(
  definition: FunctionToolDefinition<Args>,
): RunnableFunctionTool<Args>;
export function functionTool(definition: FunctionToolDefinition<never>): RunnableFunctionTool<never> {
  if (typeof definition?.run !== 'function' || typeof definition.name !== 'string' || definition.name === '')
    throw new TypeError('functionTool needs a name and a run function.');
  checkFields('functionTool options', definition, DEFINITION_FIELDS, 'functionTool: ');
  const { parameters, name } = definition;
  if ((parameters as { '~standard'?: unknown } | null | undefined)?.['~standard'] === undefined)
    return { ...definition, type: 'function' };
  const where = `functionTool ${name} parameters`;
  const tool = {
    ...definition,
    type: 'function' as const,
    parameters: jsonSchemaOf(parameters, definition.strict === true, where),
    [CHECK_ARGS]: argsChecker(parameters, name),
  };
  return tool;
}

// Strict keys, not strict shapes: a schema may be a plain JSON Schema, or a schema library's object (of any class)
// or function, such as a Standard Schema.
const SCHEMA: Kind = [
  'an object, a function (a JSON Schema or a Standard Schema) or null',
  (value) => typeof value === 'object' || typeof value === 'function',
];

/**
 * What each field of a tool definition must be; the type makes every field of the wire's `FunctionTool` have one.
 * `type` is allowed too, since a wire tool spread into a definition (`{ ...tool, run }`) carries it.
 */
const DEFINITION_FIELDS: {
  readonly [Name in keyof FunctionToolDefinition<never> | 'type']-?: OptionKind | Kind;
} = {
  type: ['"function"', (value) => value === 'function', 'quote'],
  name: 'string',
  description: 'string?',
  parameters: SCHEMA,
  strict: 'boolean?',
  output_schema: SCHEMA,
  defer_loading: 'boolean',
  async: 'boolean',
  allowed_callers: 'strings?',
  run: 'function',
};

export type AnyTool = Tool | RunnableFunctionTool<never>;
export type FunctionCallOutput = Pick<ResponseFunctionCallOutputItem, 'type' | 'call_id'> & {
  output: string;
};

/**
 * Splits the tools into what is sent and the implementations by name. Function tool names must be unique, also
 * between runnable and plain ones (the model could not say which it calls); `run` never reaches the wire.
 */
export function prepareTools(tools: readonly AnyTool[]): {
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
        `The tool ${JSON.stringify((tool as { name?: unknown }).name)} has a run but is not a functionTool().`,
      );
    }
    const { run: _, ...sent } = tool;
    runners.set(tool.name, tool);
    return sent;
  });
  return { wire, runners };
}

/** The function calls of a response, one per `call_id` (a repeated id is answered once). */
export function functionCalls(response: { output?: unknown[] | null }): ResponseFunctionToolCall[] {
  const calls = new Map<string, ResponseFunctionToolCall>();
  for (const item of (response.output ?? []) as ResponseFunctionToolCall[]) {
    if (item?.type === 'function_call' && !calls.has(item.call_id)) calls.set(item.call_id, item);
  }
  return [...calls.values()];
}

/**
 * The output the model gets for one call: the tool's result (strings as they are, anything else as JSON), or an
 * error text it can act on. Nothing but an abort throws.
 */
async function answer(
  call: ResponseFunctionToolCall,
  runners: ReadonlyMap<string, RunnableFunctionTool<never>>,
  signal: AbortSignal,
): Promise<string> {
  const tool = runners.get(call.name);
  if (!tool) {
    const known = [...runners.keys()].join(', ') || 'none';
    return `Error: there is no tool named ${JSON.stringify(call.name)} (tools: ${known}).`;
  }
  const text: unknown = call.arguments;
  if (typeof text !== 'string') return 'Error: the call has no arguments string.';
  let args: unknown;
  try {
    args = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return `Error: the arguments are not valid JSON (${(error as Error).message}); call the tool again with JSON.`;
  }
  if (!isObject(args)) return `Error: the arguments must be a JSON object, got ${showValue(args, true)}.`;
  const check = (tool as { [CHECK_ARGS]?: ReturnType<typeof argsChecker> })[CHECK_ARGS];
  if (check) {
    const checked = await check(args);
    if ('error' in checked) return checked.error;
    args = checked.value;
  }
  let result: unknown;
  try {
    signal.throwIfAborted();
    result = await tool.run(args as never, { callId: call.call_id, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    return `Error: the tool failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    return typeof result === 'string' ? result : (JSON.stringify(result) ?? '');
  } catch (error) {
    return `Error: the tool's result could not be sent as JSON: ${(error as Error).message}`;
  }
}

/**
 * Runs a round's calls (in parallel unless `parallel` is false, then each after the one before) and answers each
 * exactly once; rejects as soon as `signal` aborts.
 */
export async function runCalls(
  calls: readonly ResponseFunctionToolCall[],
  runners: ReadonlyMap<string, RunnableFunctionTool<never>>,
  parallel: boolean,
  signal: AbortSignal,
): Promise<FunctionCallOutput[]> {
  let fail = (): void => {};
  const abort = new Promise<never>((_, reject) => {
    fail = () => reject(new APIUserAbortError('The tool loop was aborted.', { reason: signal.reason }));
  });
  abort.catch(() => {});
  if (signal.aborted) fail();
  else signal.addEventListener('abort', fail, { once: true });
  const run = async (call: ResponseFunctionToolCall): Promise<FunctionCallOutput> => ({
    type: 'function_call_output',
    call_id: call.call_id,
    output: await answer(call, runners, signal),
  });
  // Sequential calls each wait for the one before: once one rejects (an abort), none after it starts.
  const work = parallel
    ? Promise.all(calls.map(run))
    : calls.reduce<Promise<FunctionCallOutput[]>>(
        async (done, call) => [...(await done), await run(call)],
        Promise.resolve([]),
      );
  try {
    return await Promise.race([work, abort]);
  } finally {
    // One listener per round would pile up on a long-lived signal (Node warns from the 11th).
    signal.removeEventListener('abort', fail);
  }
}
