/**
 * The base class of every error of `sequrity-responses`, and the options every error takes.
 *
 * @module
 */
import { redactSecrets, redactValue } from './internal/redact.js';

/** Options every error of this package takes. */
export interface SequrityErrorOptions {
  /** The underlying failure; kept as `cause`, with secrets masked. */
  cause?: unknown;
  /** Exact values to mask in every field of the error (the API keys the caller configured). */
  secrets?: readonly string[] | undefined;
}

/** Base class of every error this package throws. Its message, stack and cause never show a credential. */
export class SequrityError extends Error {
  override readonly name: string = 'SequrityError';

  constructor(message: string, options?: SequrityErrorOptions) {
    const secrets = options?.secrets;
    super(
      redactSecrets(message, secrets),
      options?.cause === undefined ? undefined : { cause: redactValue(options.cause, secrets) },
    );
  }
}
