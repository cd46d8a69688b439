/**
 * Reading the `DualLlmResult` document that a dual-LLM session returns as the text of its final message.
 *
 * @module
 */
import { FORBIDDEN_KEYS, isObject, showValue } from '../internal/validate.js';
import { outputText } from '../streaming/final-response.js';
import type { DualLlmResult, Response, ValueWithMeta } from '../types.js';
import type { StandardOutput, StandardSchemaV1 } from './standard-schema.js';
import { validated } from './structured-output.js';

/**
 * A {@link DualLlmResult} as read by {@link parseDualLlmResult}. Keys the server sent that the spec does not
 * describe are kept as they were (unlike the Python SDK, which then reports `unknown`); known fields whose value
 * does not match the schema are dropped and listed in `issues`.
 */
export interface ParsedDualLlmResult extends DualLlmResult {
  /** The text that was parsed, as given; `''` when there was none. */
  readonly raw: string;
  /** What did not match the schema, one sentence each; empty for a well-formed document. */
  readonly issues: readonly string[];
  /** Fields this version of the spec does not describe, as the server sent them. */
  readonly [key: string]: unknown;
}

/** A {@link ParsedDualLlmResult} whose `final_return_value.value` was validated by a schema, typed `T`. */
export interface TypedDualLlmResult<T> extends ParsedDualLlmResult {
  /** The program's return value, checked by the schema; absent or `null` when the run returned none. */
  readonly final_return_value?: (ValueWithMeta & { value: T }) | null;
}

/** What {@link parseDualLlmResult} reads the text from: a `Response`, or anything with `output_text` or `output`. */
export interface DualLlmResultSource {
  /** The response's text (set by this package's client and `finalResponse()`); used when it is a string. */
  readonly output_text?: unknown;
  /** The response's output items; the text of their `message` items is used when `output_text` is absent. */
  readonly output?: unknown;
}

type JsonObject = Record<string, unknown>;

const STATUSES: ReadonlySet<unknown> = new Set(['success', 'failure', 'unknown']);

// Forbidden keys are never copied from the parsed text into the result, so that merging the result elsewhere cannot
// reach a prototype. Values inside `value` payloads are left exactly as parsed.
function ownEntries(object: JsonObject): [string, unknown][] {
  return Object.keys(object)
    .filter((key) => !FORBIDDEN_KEYS.has(key))
    .map((key) => [key, object[key]]);
}

function textOf(source: DualLlmResultSource): string {
  if (typeof source.output_text === 'string') return source.output_text;
  // The same text as `Response.output_text`, computed the same way.
  return outputText(source as Pick<Response, 'output'>);
}

/** A ValueWithMeta copy, or `undefined` (with an issue) when the value has no `value` or is not an object. */
function readValueWithMeta(value: unknown, path: string, issues: string[]): JsonObject | undefined {
  if (!isObject(value) || !Object.hasOwn(value, 'value')) {
    issues.push(`${path} was dropped: expected an object with a "value", got ${showValue(value)}.`);
    return undefined;
  }
  const copy: JsonObject = {};
  for (const [key, item] of ownEntries(value)) {
    if (key !== 'meta') {
      copy[key] = item;
    } else if (!isObject(item)) {
      issues.push(`${path}.meta was dropped: expected an object, got ${showValue(item)}.`);
    } else {
      const meta: JsonObject = {};
      for (const [metaKey, list] of ownEntries(item)) {
        const isList = metaKey === 'producers' || metaKey === 'consumers' || metaKey === 'tags';
        if (isList && !(Array.isArray(list) && list.every((entry) => typeof entry === 'string'))) {
          issues.push(`${path}.meta.${metaKey} was dropped: expected an array of strings.`);
        } else {
          meta[metaKey] = list;
        }
      }
      copy['meta'] = meta;
    }
  }
  return copy;
}

/** Checks one known field; returns the value to keep, or `undefined` (with an issue) to drop it. */
function readField(key: string, value: unknown, issues: string[]): unknown {
  if (value === null) return null;
  switch (key) {
    case 'final_return_value':
    case 'session_meta':
      return readValueWithMeta(value, key, issues);
    case 'error':
      if (isObject(value) && typeof value['code'] === 'string' && typeof value['message'] === 'string') {
        return Object.fromEntries(ownEntries(value));
      }
      issues.push('error was dropped: expected an object with string "code" and "message".');
      return undefined;
    case 'program':
      if (typeof value === 'string') return value;
      issues.push(`program was dropped: expected a string, got ${showValue(value)}.`);
      return undefined;
    case 'message_history_mismatch_detected':
      if (typeof value === 'boolean') return value;
      issues.push(
        `message_history_mismatch_detected was dropped: expected a boolean, got ${showValue(value)}.`,
      );
      return undefined;
    case 'namespace_snapshot': {
      if (!isObject(value)) {
        issues.push(`namespace_snapshot was dropped: expected an object, got ${showValue(value)}.`);
        return undefined;
      }
      const snapshot: JsonObject = {};
      for (const [name, entry] of ownEntries(value)) {
        const read = readValueWithMeta(entry, `namespace_snapshot.${name}`, issues);
        if (read !== undefined) snapshot[name] = read;
      }
      return snapshot;
    }
    case 'policy_check_history': {
      if (!Array.isArray(value)) {
        issues.push(`policy_check_history was dropped: expected an array, got ${showValue(value)}.`);
        return undefined;
      }
      const checks = (value as unknown[]).filter(isObject);
      if (checks.length < value.length) {
        issues.push(
          `policy_check_history: ${value.length - checks.length} entries that are not objects were dropped.`,
        );
      }
      return checks;
    }
    default:
      return value;
  }
}

function unknownResult(raw: string, issue: string): ParsedDualLlmResult {
  return { status: 'unknown', raw, issues: [issue] };
}

/**
 * Reads the result of a dual-LLM session from its final text. Lenient and total: it never throws, whatever it
 * is given. Text that is not a JSON object gives `status: 'unknown'` with the text in `raw` and the reason in
 * `issues`; a JSON object keeps every well-formed field, every unknown key, and `status` (`'unknown'` when
 * missing or not one of the three values).
 *
 * A policy denial arrives as an HTTP 200 whose `Response.status` is `failed` and whose text parses to
 * `status: 'failure'` with `error.message` (e.g. `Tool call send_email denied by argument checking policies.`).
 *
 * @param input - The text (`response.output_text`), or the response itself: its `output_text` when present,
 *   else the text of its `message` output items.
 * @returns The result; `raw` and `issues` are always set, and replace keys of the same name in the document.
 * @example
 * ```ts
 * const result = parseDualLlmResult(response);
 * if (result.status === 'success') console.log(result.final_return_value?.value);
 * else if (result.status === 'failure') console.error(result.error?.message);
 * else console.warn('not a dual-LLM result:', result.raw, result.issues);
 * ```
 */
export function parseDualLlmResult(
  input: string | DualLlmResultSource | null | undefined,
): ParsedDualLlmResult;
/**
 * Reads the result of a dual-LLM session as above, then checks `final_return_value.value` (when there is one) with
 * `schema` and resolves with the result typed as the schema's output.
 *
 * @param input - The text (`response.output_text`), or the response itself.
 * @param schema - A Standard Schema with `~standard.validate` (zod, arktype, valibot, …): validates and types
 *   `final_return_value.value`.
 * @throws {@link StructuredOutputError} `'invalid-output'` (with the issues and the raw text) when the value does
 *   not match `schema`.
 */
export function parseDualLlmResult<Schema extends StandardSchemaV1>(
  input: string | DualLlmResultSource | null | undefined,
  schema: Schema,
): Promise<TypedDualLlmResult<StandardOutput<Schema>>>;
export function parseDualLlmResult(
  input: string | DualLlmResultSource | null | undefined,
  schema?: StandardSchemaV1,
): ParsedDualLlmResult | Promise<TypedDualLlmResult<unknown>> {
  if (schema !== undefined) return typedResult(parseDualLlmResult(input), schema);
  let raw: string;
  try {
    if (typeof input === 'string') raw = input;
    else if (isObject(input)) raw = textOf(input);
    else return unknownResult('', `The input must be a string or a response, got ${showValue(input)}.`);
  } catch (error) {
    // A getter or proxy on a hand-made input threw; the promise is to never throw.
    return unknownResult(
      '',
      `The input could not be read: ${error instanceof Error ? error.message : 'error'}.`,
    );
  }
  if (raw.trim() === '') return unknownResult(raw, 'The text is empty.');
  let document: unknown;
  try {
    // A leading byte-order mark is not JSON, but is not worth failing over.
    document = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch {
    return unknownResult(raw, 'The text is not JSON (with strip_response_content the result is plain text).');
  }
  if (!isObject(document))
    return unknownResult(raw, `The text must be a JSON object, got ${showValue(document)}.`);

  const issues: string[] = [];
  const status = document['status'];
  const result: JsonObject = { status: STATUSES.has(status) ? status : 'unknown' };
  if (status === undefined) issues.push('status is missing.');
  else if (!STATUSES.has(status))
    issues.push(`status ${JSON.stringify(status)} is not success, failure or unknown.`);
  for (const [key, value] of ownEntries(document)) {
    if (key === 'status' || key === 'raw' || key === 'issues') continue;
    const read = readField(key, value, issues);
    if (read !== undefined) result[key] = read;
  }
  result['raw'] = raw;
  result['issues'] = issues;
  return result as ParsedDualLlmResult;
}

/** `result` with its `final_return_value.value` checked by `schema`. */
async function typedResult(
  result: ParsedDualLlmResult,
  schema: StandardSchemaV1,
): Promise<TypedDualLlmResult<unknown>> {
  const returned = result.final_return_value;
  if (returned == null) return result;
  const value = await validated(schema, returned.value, result.raw, 'The dual-LLM final_return_value');
  return { ...result, final_return_value: { ...returned, value } };
}
