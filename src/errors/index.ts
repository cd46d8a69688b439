/**
 * Every error `sequrity-responses` throws extends {@link SequrityError}: {@link APIError} and its status subclasses
 * for error replies, the connection, timeout and abort errors when no reply came, {@link StreamError}s (with a
 * string-literal `type` to `switch` on) when reading a body failed, and {@link StructuredOutputError}. The tool loop's
 * `ToolLoopLimitError` lives with the loop, and `EmulatorSetupError` with the emulator. No error ever includes
 * an API key: every field goes through one redaction function.
 *
 * Fields that a constructor sets are `declare`d: the constructor creates the same own properties in the same order,
 * and the bundle carries no empty field definition for each.
 *
 * @module
 */
export { SequrityError, type SequrityErrorOptions } from './sequrity-error.js';
export {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  redirectError,
  UnprocessableEntityError,
  type APIErrorContext,
  type APIErrorDetails,
  type APIErrorName,
} from './api-error.js';
export { readErrorBody } from './error-body.js';
export { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './connection-errors.js';
export { StreamError, StreamEventError, type StreamErrorType } from './stream-error.js';
export { StructuredOutputError, type StructuredOutputErrorType } from './structured-output-error.js';
