/**
 * The base class of every error of `sequrity-responses`, and the options every error takes.
 *
 * @module
 */
import { redactSecrets, redactValue } from '../internal/redact.js';

/** Options every error of this package takes. */
export interface SequrityErrorOptions {
  /** The underlying failure; kept as `cause`, with secrets masked. */
  cause?: unknown;
  /** Exact values to mask in every field of the error (the API keys the caller configured). */
  secrets?: readonly string[] | undefined;
}

/**
 * Base class of every error this package throws. Its message, stack and cause never show a credential.
 *
 * Each class names itself in `name` with a string literal, so `error.name` narrows a union of them. A class with
 * subclasses types `name` as the union of its own and theirs (a subclass's name must fit its parent's type); this
 * root stays `string`, as the emulator's and your own errors extend it.
 */
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
