// Which function calls a turn makes, by one documented rule that honours `tool_choice`, and their arguments.
import type { ResponseCreateParams, ValidationErrorDetail } from '../types.js';
import { isObject } from '../internal/validate.js';
import { startsTurn, type InputEntry } from './conversation.js';
import { validInstance } from './schema-answer.js';
import type { SchemaCompiler } from './schema-check.js';
import { MAX_DEPTH } from './schema-example.js';

/** A function call the turn makes (before it gets its ids). */
export interface PlannedCall {
  name: string;
  /** JSON text that validates against the tool's `parameters`. */
  arguments: string;
}

interface FunctionToolInfo {
  name: string;
  description: string;
  parameters: Record<string, unknown> | undefined;
  index: number;
}

type Json = Record<string, unknown>;

function functionTools(body: ResponseCreateParams): FunctionToolInfo[] {
  return (body.tools ?? []).flatMap((tool, index) => {
    const record = tool as Json;
    if (record['type'] !== 'function' || typeof record['name'] !== 'string') return [];
    const parameters = isObject(record['parameters']) ? record['parameters'] : undefined;
    const description = typeof record['description'] === 'string' ? record['description'] : '';
    return [{ name: record['name'], description, parameters, index }];
  });
}

/** Whether the user text names the tool (its name, or the name with `_`/`-` read as spaces). */
function mentioned(tool: FunctionToolInfo, text: string): boolean {
  const lower = text.toLowerCase();
  const name = tool.name.toLowerCase();
  return lower.includes(name) || lower.includes(name.replaceAll(/[_-]+/g, ' '));
}

/** The calls of a turn (empty: answer in text), or why the request's tools cannot work. */
export type CallPlan = { calls: PlannedCall[] } | { errors: ValidationErrorDetail[] };

const choiceError = (msg: string): CallPlan => ({
  errors: [{ loc: ['body', 'tool_choice'], msg, type: 'value_error' }],
});

/**
 * The function calls of a turn, by this rule:
 * - only `function` tools are ever called; `tool_choice: "none"` never calls;
 * - `{type: "function", name}` always calls that function (it must be in `tools`);
 * - `"required"` always calls (there must be a function tool);
 * - `"auto"` (the default, and any other form) calls when the newest input item is a user message, and answers in
 *   text otherwise, e.g. once the calls have their outputs; `allowed_tools` narrows the tools and its `mode` applies;
 * - the functions called are those the newest user message names (by name, `_` read as a space), in the order of
 *   `tools`, or the first function tool when it names none; only the first when `parallel_tool_calls` is false.
 *
 * Arguments are built from each tool's `parameters` (seeded by `seed`) and checked with Ajv against it.
 *
 * @returns The calls (empty: answer in text), or the errors of a `tool_choice` or tool schema that cannot work.
 */
export function planCalls(
  body: ResponseCreateParams,
  entries: readonly InputEntry[],
  userText: string,
  schemas: SchemaCompiler,
  seed: number,
): CallPlan {
  let tools = functionTools(body);
  for (const tool of tools) {
    if (!tool.parameters) continue;
    const checker = schemas.compile(tool.parameters);
    if (typeof checker !== 'function') {
      return {
        errors: [
          {
            loc: ['body', 'tools', tool.index, 'parameters'],
            msg: `Invalid schema for function '${tool.name}': ${checker.error}`,
            type: 'value_error',
          },
        ],
      };
    }
  }
  const choice = body.tool_choice as unknown;
  let mode: 'none' | 'auto' | 'required' = 'auto';
  if (choice === 'none' || choice === 'required') mode = choice;
  else if (isObject(choice) && choice['type'] === 'function') {
    const named = tools.find((tool) => tool.name === choice['name']);
    if (!named) return choiceError(`Tool choice '${String(choice['name'])}' not found in 'tools' parameter.`);
    return withArguments([named], schemas, seed);
  } else if (isObject(choice) && choice['type'] === 'allowed_tools' && Array.isArray(choice['tools'])) {
    const allowed = new Set(choice['tools'].map((tool) => (isObject(tool) ? tool['name'] : undefined)));
    tools = tools.filter((tool) => allowed.has(tool.name));
    mode = choice['mode'] === 'required' ? 'required' : 'auto';
  }
  if (mode === 'none') return { calls: [] };
  if (mode === 'required' && tools.length === 0) {
    return choiceError("Tool choice 'required' must be specified with 'tools' parameter (a function tool).");
  }
  if (tools.length === 0 || (mode === 'auto' && !startsTurn(entries))) return { calls: [] };
  const named = tools.filter((tool) => mentioned(tool, userText));
  let chosen = named.length > 0 ? named : tools.slice(0, 1);
  if (body.parallel_tool_calls === false) chosen = chosen.slice(0, 1);
  return withArguments(chosen, schemas, seed);
}

function withArguments(tools: readonly FunctionToolInfo[], schemas: SchemaCompiler, seed: number): CallPlan {
  const calls: PlannedCall[] = [];
  for (const tool of tools) {
    const schema = tool.parameters ?? { type: 'object', properties: {} };
    const checker = schemas.compile(schema);
    const built = typeof checker === 'function' ? validInstance(schema, checker, seed) : undefined;
    if (!built) {
      return {
        errors: [
          {
            loc: ['body', 'tools', tool.index, 'parameters'],
            msg: `The emulator cannot build arguments that satisfy the parameters of function '${tool.name}'; simplify the schema (e.g. a pattern it cannot read, values required more than ${MAX_DEPTH} levels deep, or a recursion that is always required) or give it an example.`,
            type: 'value_error',
          },
        ],
      };
    }
    calls.push({ name: tool.name, arguments: JSON.stringify(built.value) });
  }
  return { calls };
}
