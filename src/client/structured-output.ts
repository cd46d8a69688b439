/**
 * Structured outputs and schema-typed tools: a schema (any Standard Schema library, or a plain JSON Schema object)
 * becomes the JSON Schema sent in `text.format` or a tool's `parameters`, with the strict-mode rules of the Responses
 * API checked here; the model's text (or a tool's arguments) is parsed and validated back with the same schema.
 *
 * `textFormat` and the schema side of `functionTool` are separate functions a bundler drops when unused; only
 * {@link parseRequest} and {@link parsedResponse} serve `responses.parse`.
 *
 * @module
 */
import { StructuredOutputError } from '../errors/index.js';
import { ResponseStream } from '../streaming/response-stream.js';
import type {
  ResponseCreateParams,
  ResponseFormatTextJsonSchemaConfig,
  ResponseOutputItem,
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
  ResponseTextConfig,
} from '../types.js';
import { isObject, type Kind } from '../internal/validate.js';
import { APIPromise, type WithResponse } from './api-promise.js';
import { jsonSchemaOf } from './json-schema.js';
import { checkFields, checkOption, type OptionKind } from './option-kinds.js';
import type { SequrityResponse } from './create-types.js';
import type {
  StandardJSONSchemaV1,
  StandardOutput,
  StandardSchemaIssue,
  StandardSchemaResult,
  StandardSchemaV1,
} from './standard-schema.js';

/**
 * Where a {@link TextFormat} keeps its parser. A symbol: `JSON.stringify` never sends it, and spreading the format
 * keeps it.
 */
export const PARSE: unique symbol = Symbol.for('sequrity-responses.parse');
/** Where a schema-typed function tool keeps its argument check (a symbol, for the same reasons). */
export const CHECK_ARGS: unique symbol = Symbol.for('sequrity-responses.checkArgs');

/** A `text.format` of type `json_schema` made by {@link textFormat}: the wire object plus its parser for `T`. */
export interface TextFormat<T = unknown> extends ResponseFormatTextJsonSchemaConfig {
  /** Parses and validates the model's text (not sent: JSON has no symbols). */
  readonly [PARSE]: (text: string) => Promise<T>;
}

/** The options of {@link textFormat}. */
export interface TextFormatOptions {
  /** The format's name: letters, digits, `_` and `-`, at most 64 characters. */
  name: string;
  /** What the output is for; the model reads it. */
  description?: string | undefined;
  /**
   * Whether the model must follow the schema exactly. Strict mode needs a root object, every property required and
   * `additionalProperties: false`: the last is added where missing, the others are checked here.
   *
   * @defaultValue true
   */
  strict?: boolean | undefined;
}

const FORMAT_NAME: Kind = [
  '1 to 64 letters, digits, _ or -',
  (value) => typeof value === 'string' && /^[\w-]{1,64}$/.test(value),
  'quote',
];

/** What each option of {@link textFormat} must be. */
const TEXT_FORMAT_FIELDS: { readonly [Name in keyof TextFormatOptions]-?: OptionKind | Kind } = {
  name: FORMAT_NAME,
  description: 'string',
  strict: 'boolean',
};

/** A plain JSON Schema object (anything with a `~standard` property is read as a Standard Schema instead). */
export type JsonSchemaObject = Record<string, unknown> & { readonly '~standard'?: never };

/** A schema `textFormat` and `functionTool` take: a Standard JSON Schema, or a plain JSON Schema object. */
export type SchemaInput = StandardJSONSchemaV1 | JsonSchemaObject;

/**
 * A `text.format` for structured outputs, for `responses.parse` (or `create`, which sends it the same way).
 *
 * @param schema - A Standard Schema with `~standard.jsonSchema` (zod ≥ 4.2, arktype ≥ 2.2, valibot through
 *   `toStandardJsonSchema`): its input side's JSON Schema (draft 2020-12) is sent, and its `~standard.validate`, when
 *   present, checks the output. Or a plain JSON Schema object, sent as it is and typed by the type parameter
 *   (`unknown` by default), not validated here.
 * @param options - The format's `name`, `description` and `strict` (default true).
 * @throws `TypeError` for an invalid name, a schema that cannot be converted, or one that breaks a strict-mode rule
 *   (the message names the path, e.g. `#/properties/city`).
 * @example
 * ```ts
 * const Weather = z.object({ city: z.string(), celsius: z.number() });
 * const response = await client.responses.parse({
 *   model: 'gpt-5-mini',
 *   input: 'Weather in Paris?',
 *   text: { format: textFormat(Weather, { name: 'weather' }) },
 * });
 * console.log(response.output_parsed?.celsius);
 * ```
 */
export function textFormat<Schema extends StandardJSONSchemaV1>(
  schema: Schema,
  options: TextFormatOptions,
): TextFormat<StandardOutput<Schema>>;
export function textFormat<T = unknown>(schema: JsonSchemaObject, options: TextFormatOptions): TextFormat<T>;
export function textFormat(schema: SchemaInput, options: TextFormatOptions): TextFormat {
  if (!isObject(options)) throw new TypeError('textFormat needs options with a name: { name: "weather" }.');
  checkFields('textFormat options', options, TEXT_FORMAT_FIELDS, 'textFormat: ');
  const { name, description, strict = true } = options;
  // The one required option: the table's check lets `undefined` through.
  checkOption('textFormat: name', name ?? null, FORMAT_NAME);
  const format = {
    type: 'json_schema' as const,
    name,
    schema: jsonSchemaOf(schema, strict, `textFormat ${name}`),
    ...(description !== undefined && { description }),
    strict,
    [PARSE]: async (text: string): Promise<unknown> => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (cause) {
        throw new StructuredOutputError(
          'invalid-json',
          `The output for the text format ${name} is not JSON (${(cause as Error).message}); error.text holds it.`,
          { text, cause },
        );
      }
      return validated(schema, value, text, `The output for the text format ${name}`);
    },
  };
  return format;
}

/** What the schema's `~standard.validate` says of `value` (the value as it is when the schema has none). */
async function check(schema: unknown, value: unknown): Promise<StandardSchemaResult<unknown>> {
  const validate = (schema as Partial<StandardSchemaV1> | undefined)?.['~standard']?.validate;
  return typeof validate === 'function' ? validate(value) : { value };
}

/**
 * `value` checked by the schema's `~standard.validate` (as is when it has none).
 *
 * @param text - The text `value` was read from, for the error.
 * @param what - What was checked, to start the error message with.
 * @throws {@link StructuredOutputError} `'invalid-output'` with the issues (none when the validator threw).
 */
export async function validated(
  schema: unknown,
  value: unknown,
  text: string,
  what: string,
): Promise<unknown> {
  let result: StandardSchemaResult<unknown>;
  try {
    result = await check(schema, value);
  } catch (cause) {
    // A validator may throw on what a model (or a hostile server) sends: a recursive schema on deeply nested JSON
    // overflows the stack. That is still output that did not pass.
    throw new StructuredOutputError(
      'invalid-output',
      `${what} could not be validated: its schema's validate threw (${(cause as Error)?.message}).`,
      { text, cause },
    );
  }
  if (!result.issues) return result.value;
  throw new StructuredOutputError(
    'invalid-output',
    `${what} does not match its schema: ${describeIssues(result.issues)}; error.issues lists them.`,
    { text, issues: result.issues },
  );
}

/** The first issues as `path: message`, each cut short, and how many more there are. */
export function describeIssues(issues: readonly StandardSchemaIssue[]): string {
  const shown = issues.slice(0, 3).map(({ path, message }) => {
    const where = (path ?? [])
      .map((part) => String(typeof part === 'object' && part !== null ? part.key : part))
      .join('.');
    const text = String(message);
    return `${where || '(root)'}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
  });
  return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

/**
 * A function tool's arguments checked by its schema: the validated value, or the error text the model gets instead
 * of a call to `run` (a validator that throws is reported the same way).
 */
export function argsChecker(
  schema: unknown,
  name: string,
): (args: unknown) => Promise<{ value: unknown } | { error: string }> {
  const fail = (why: string) => ({
    error: `Error: the arguments do not match the parameters of ${name}: ${why}; call the tool again with arguments that match.`,
  });
  return async (args) => {
    try {
      const result = await check(schema, args);
      return result.issues ? fail(describeIssues(result.issues)) : { value: result.value };
    } catch (error) {
      return fail(String((error as Error)?.message));
    }
  };
}

/** A `text.format` made by {@link textFormat}, for the `T` it parses to. */
export type ParseBody<T> = Omit<ResponseCreateParams, 'text'> & {
  text: Omit<ResponseTextConfig, 'format'> & { format: TextFormat<T> };
};

/** An `output_text` part of a parsed response, with its text parsed. */
export type ParsedOutputText<T> = ResponseOutputText & { parsed: T };

/** A `message` item of a parsed response. */
export type ParsedOutputMessage<T> = Omit<ResponseOutputMessage, 'content'> & {
  content: (ParsedOutputText<T> | ResponseOutputRefusal)[];
};

/**
 * What `responses.parse` resolves to: the response, with `parsed` on each `output_text` part and `output_parsed`,
 * the first of them. `output_parsed` is `null` when the model refused (the `refusal` part is in `output`) or the
 * response did not complete (`status` `failed` or `incomplete`: nothing is parsed then).
 */
export type ParsedResponse<T> = Omit<SequrityResponse, 'output'> & {
  output: (Exclude<ResponseOutputItem, ResponseOutputMessage> | ParsedOutputMessage<T>)[];
  /** The parsed output of the first `output_text` part; `null` after a refusal or without a completed answer. */
  output_parsed: T | null;
};

/** The stream `responses.parse({ …, stream: true })` resolves to: its `finalResponse()` is parsed. */
export interface ParsedResponseStream<T> extends ResponseStream {
  /**
   * The final response, parsed as `responses.parse` parses a non-streamed one.
   *
   * @throws {@link StructuredOutputError} when the output is not JSON or does not match the schema.
   */
  finalResponse(): Promise<ParsedResponse<T>>;
}

type Item = { type?: unknown; content?: unknown };

/**
 * `response` with `parsed` on its `output_text` parts and `output_parsed`. Only a response whose `status` is
 * `completed` (or missing) is parsed, as openai-node does.
 */
export async function parsedResponse<T>(
  response: SequrityResponse,
  parse: (text: string) => Promise<T>,
): Promise<ParsedResponse<T>> {
  const { status, output: items } = response;
  // A malformed `output` (not an array) has nothing to parse either.
  if (!Array.isArray(items) || (status !== undefined && status !== 'completed'))
    return { ...response, output_parsed: null } as ParsedResponse<T>;
  let found = false;
  let parsed: T | null = null;
  const output: unknown[] = [];
  for (const item of items as Item[]) {
    if (item?.type !== 'message' || !Array.isArray(item.content)) {
      output.push(item);
      continue;
    }
    const content: unknown[] = [];
    for (const part of item.content as { type?: unknown; text?: unknown }[]) {
      if (part?.type === 'output_text' && typeof part.text === 'string') {
        const value = await parse(part.text);
        if (!found) [found, parsed] = [true, value];
        content.push({ ...part, parsed: value });
      } else content.push(part);
    }
    output.push({ ...item, content });
  }
  return { ...response, output, output_parsed: parsed } as ParsedResponse<T>;
}

/**
 * `responses.parse` (and a conversation's): sends with `send`, then parses the reply, or makes a stream's
 * `finalResponse()` parse.
 */
export function parseRequest(
  body: ResponseCreateParams,
  send: (raw: boolean) => Promise<WithResponse<SequrityResponse | ResponseStream>>,
): APIPromise<never> {
  return new APIPromise(async (raw) => {
    const parse = (body?.text?.format as Partial<TextFormat> | undefined)?.[PARSE];
    if (typeof parse !== 'function')
      throw new TypeError('parse() needs text.format made by textFormat(schema, { name }).');
    const reply = await send(raw);
    const { data } = reply;
    if (raw) return reply as WithResponse<never>;
    if (data instanceof ResponseStream) {
      const final = data.finalResponse.bind(data);
      let result: Promise<unknown> | undefined;
      (data as { finalResponse: () => Promise<unknown> }).finalResponse = () =>
        (result ??= final().then((response) => parsedResponse(response, parse)));
      return reply as WithResponse<never>;
    }
    return { ...reply, data: (await parsedResponse(data, parse)) as never };
  });
}
