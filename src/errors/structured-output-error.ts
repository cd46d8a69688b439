/**
 * {@link StructuredOutputError}: the model's structured output is not JSON, or does not match the schema.
 *
 * @module
 */
import type { StandardSchemaIssue } from '../client/standard-schema.js';
import { redactValue } from '../internal/redact.js';
import { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';

/** What was wrong with a structured output; see {@link StructuredOutputError}. */
export type StructuredOutputErrorType =
  /** The text is not JSON. */
  | 'invalid-json'
  /** The JSON does not match the schema: its `~standard.validate` reported issues. */
  | 'invalid-output';

/**
 * The model's structured output (`responses.parse`, a schema-typed `parseDualLlmResult`) is not JSON, or does not
 * match the schema. `text` holds what the model wrote and `issues` what the schema reported.
 */
export class StructuredOutputError extends SequrityError {
  override readonly name = 'StructuredOutputError' as const;
  /** What went wrong, for `switch`ing. */
  declare readonly type: StructuredOutputErrorType;
  /** The text that was parsed, as the model wrote it (credential-shaped strings masked). */
  declare readonly text: string;
  /** The schema's issues (`'invalid-output'`); empty for `'invalid-json'`. */
  declare readonly issues: readonly StandardSchemaIssue[];

  constructor(
    type: StructuredOutputErrorType,
    message: string,
    options: SequrityErrorOptions & { text: string; issues?: readonly StandardSchemaIssue[] | undefined },
  ) {
    super(message, options);
    this.type = type;
    this.text = redactValue(options.text, options.secrets);
    this.issues = redactValue(options.issues ?? [], options.secrets);
  }
}
