// Compile-time behaviour of the error classes' `name`: each class types it as its own literal, a class with
// subclasses as the union of its own and theirs, and the root as `string`. Each `@ts-expect-error` marks code that
// must not compile; vitest's typecheck fails if the error disappears.
import { describe, expectTypeOf, it } from 'vitest';

import { EmulatorSetupError } from '../../src/testing/index.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SequrityError,
  StreamError,
  StreamEventError,
  StructuredOutputError,
  ToolLoopLimitError,
  UnprocessableEntityError,
  type APIErrorName,
  type SequrityResponse,
} from '../../src/index.js';

describe('error names', () => {
  it('are the class name as a literal for every class without subclasses', () => {
    expectTypeOf<BadRequestError['name']>().toEqualTypeOf<'BadRequestError'>();
    expectTypeOf<AuthenticationError['name']>().toEqualTypeOf<'AuthenticationError'>();
    expectTypeOf<PermissionDeniedError['name']>().toEqualTypeOf<'PermissionDeniedError'>();
    expectTypeOf<NotFoundError['name']>().toEqualTypeOf<'NotFoundError'>();
    expectTypeOf<ConflictError['name']>().toEqualTypeOf<'ConflictError'>();
    expectTypeOf<UnprocessableEntityError['name']>().toEqualTypeOf<'UnprocessableEntityError'>();
    expectTypeOf<RateLimitError['name']>().toEqualTypeOf<'RateLimitError'>();
    expectTypeOf<InternalServerError['name']>().toEqualTypeOf<'InternalServerError'>();
    expectTypeOf<APIConnectionTimeoutError['name']>().toEqualTypeOf<'APIConnectionTimeoutError'>();
    expectTypeOf<APIUserAbortError['name']>().toEqualTypeOf<'APIUserAbortError'>();
    expectTypeOf<StreamEventError['name']>().toEqualTypeOf<'StreamEventError'>();
    expectTypeOf<StructuredOutputError['name']>().toEqualTypeOf<'StructuredOutputError'>();
    expectTypeOf<ToolLoopLimitError['name']>().toEqualTypeOf<'ToolLoopLimitError'>();
    expectTypeOf<EmulatorSetupError['name']>().toEqualTypeOf<'EmulatorSetupError'>();
  });

  it('are the union of the own and the subclasses’ names for a class with subclasses', () => {
    expectTypeOf<APIError['name']>().toEqualTypeOf<APIErrorName>();
    expectTypeOf<APIErrorName>().toEqualTypeOf<
      | 'APIError'
      | 'BadRequestError'
      | 'AuthenticationError'
      | 'PermissionDeniedError'
      | 'NotFoundError'
      | 'ConflictError'
      | 'UnprocessableEntityError'
      | 'RateLimitError'
      | 'InternalServerError'
    >();
    expectTypeOf<APIConnectionError['name']>().toEqualTypeOf<
      'APIConnectionError' | 'APIConnectionTimeoutError'
    >();
    expectTypeOf<StreamError['name']>().toEqualTypeOf<'StreamError' | 'StreamEventError'>();
  });

  it('leave the root open to the errors of other code', () => {
    expectTypeOf<SequrityError['name']>().toEqualTypeOf<string>();
    class AppError extends SequrityError {
      override readonly name = 'AppError' as const;
    }
    expectTypeOf<AppError['name']>().toEqualTypeOf<'AppError'>();
  });

  it('catch a misspelt name at compile time', () => {
    const check = (error: APIError, stream: StreamError): boolean[] => [
      error.name === 'RateLimitError',
      // @ts-expect-error: no APIError is named so (the class is RateLimitError).
      error.name === 'RateLimitedError',
      // @ts-expect-error: a StreamError is never an APIError.
      stream.name === 'APIError',
    ];
    expectTypeOf(check).returns.toEqualTypeOf<boolean[]>();
  });

  it('narrow a union of error classes', () => {
    const wait = (error: RateLimitError | BadRequestError): number | undefined =>
      error.name === 'RateLimitError' ? error.retryAfterMs : undefined;
    expectTypeOf(wait).returns.toEqualTypeOf<number | undefined>();
  });

  it('keep the last response of the tool loop as the one response type', () => {
    expectTypeOf<ToolLoopLimitError['response']>().toEqualTypeOf<SequrityResponse>();
  });
});
