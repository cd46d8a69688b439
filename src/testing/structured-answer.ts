// The answer in the format the request asks for with `text.format` (JSON for `json_object`, a document valid against
// the schema for `json_schema`), the `invalid-output` fault's answer that breaks it, and the `refusal` fault's message.
import type { ResponseOutputMessage, ValidationErrorDetail } from '../types.js';
import { isObject } from '../internal/validate.js';
import type { Answer } from './answers.js';
import { invalidInstance, validInstance } from './schema-answer.js';
import type { SchemaCompiler } from './schema-check.js';
import { MAX_DEPTH } from './schema-example.js';

/** How to format one answer. */
export interface FormatOptions {
  schemas: SchemaCompiler;
  /** Seeds the choices, so that the same schema and input give the same document. */
  seed: number;
  /** The `invalid-output` fault: answer JSON that the format rejects. */
  invalidOutput: boolean;
}

type Json = Record<string, unknown>;

const SCHEMA_LOC = ['body', 'text', 'format', 'schema'];
const formatError = (msg: string): ValidationErrorDetail[] => [{ loc: SCHEMA_LOC, msg, type: 'value_error' }];

const asJson = (value: unknown): Answer => ({ text: JSON.stringify(value), value });

/**
 * The answer in the requested text format: unchanged for `text` (or none); `{"answer": <text>}` for `json_object`
 * (`[<text>]` with `invalidOutput`); for `json_schema`, a document that the schema accepts (one it rejects with
 * `invalidOutput`), built from the schema and the seed and checked with Ajv.
 *
 * @returns The answer, or the errors of a schema that Ajv cannot compile or the emulator cannot satisfy.
 */
export function formatAnswer(
  format: unknown,
  answer: Answer,
  options: FormatOptions,
): Answer | ValidationErrorDetail[] {
  if (!isObject(format)) return answer;
  if (format['type'] === 'json_object') {
    return asJson(options.invalidOutput ? [answer.text] : { answer: answer.text });
  }
  if (format['type'] !== 'json_schema' || !isObject(format['schema'])) return answer;
  const schema = format['schema'];
  const name = String(format['name']).slice(0, 64);
  const check = options.schemas.compile(schema);
  if (typeof check !== 'function') {
    return formatError(`Invalid schema for response_format '${name}': ${check.error}`);
  }
  const valid = validInstance(schema, check, options.seed);
  if (!valid) {
    return formatError(
      `The emulator cannot build an answer that satisfies the schema of text.format '${name}'; simplify it (e.g. a pattern it cannot read, values required more than ${MAX_DEPTH} levels deep, or a recursion that is always required) or give it examples.`,
    );
  }
  if (!options.invalidOutput) return asJson(valid.value);
  const invalid = invalidInstance(schema, valid.value, check);
  if (!invalid) {
    return formatError(
      `The invalid-output fault needs a schema that rejects some JSON document, but text.format '${name}' accepts any.`,
    );
  }
  return asJson(invalid.value);
}

/** The text of the `refusal` fault's refusal. */
export const REFUSAL_TEXT =
  "I'm sorry, but I can't help with that request. (Emulated refusal: fault refusal.)";

/** An assistant message whose only part is a refusal (the `refusal` fault). */
export function refusalItem(id: string): ResponseOutputMessage {
  return {
    id,
    type: 'message',
    status: 'completed',
    content: [{ type: 'refusal', refusal: REFUSAL_TEXT }],
    role: 'assistant',
  };
}
