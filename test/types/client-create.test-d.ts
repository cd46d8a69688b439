// Compile-time behaviour of SequrityClient: the `stream` overloads of create (on the client and on conversations),
// strict request bodies, and typed client and per-call options. Each `@ts-expect-error` marks code that must not
// compile; vitest's typecheck fails if the error disappears.
import { describe, expectTypeOf, it } from 'vitest';

import type { APIPromise } from '../../src/client/api-promise.js';
import type { Conversation } from '../../src/client/conversation.js';
import type { RequestOptions, SequrityClientOptions } from '../../src/client/options.js';
import { config, features, policy } from '../../src/client/security-headers/index.js';
import type { SequrityResponse } from '../../src/client/create-types.js';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import type { ResponseStream } from '../../src/streaming/response-stream.js';
import type { ResponseCreateParams } from '../../src/types.js';

declare const client: SequrityClient;
declare const conversation: Conversation;
declare const someBody: ResponseCreateParams;
declare const flag: boolean;

describe('responses.create', () => {
  it('returns a ResponseStream for stream: true', () => {
    expectTypeOf(client.responses.create({ model: 'gpt-5-mini', input: 'Hi', stream: true })).toEqualTypeOf<
      APIPromise<ResponseStream>
    >();
  });

  it('returns a SequrityResponse without stream or for stream: false', () => {
    expectTypeOf(client.responses.create({ model: 'gpt-5-mini', input: 'Hi' })).toEqualTypeOf<
      APIPromise<SequrityResponse>
    >();
    expectTypeOf(client.responses.create({ model: 'gpt-5-mini', stream: false })).toEqualTypeOf<
      APIPromise<SequrityResponse>
    >();
  });

  it('returns either for a body whose stream is not known statically', () => {
    expectTypeOf(client.responses.create(someBody)).toEqualTypeOf<
      APIPromise<SequrityResponse | ResponseStream>
    >();
    expectTypeOf(client.responses.create({ model: 'm', stream: flag })).toEqualTypeOf<
      APIPromise<SequrityResponse | ResponseStream>
    >();
  });

  it('gives the response its output_text, session_id and request_id', () => {
    expectTypeOf<SequrityResponse['output_text']>().toEqualTypeOf<string>();
    expectTypeOf<SequrityResponse['request_id']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SequrityResponse>().toHaveProperty('session_id');
    expectTypeOf<ResponseStream['finalResponse']>().returns.toEqualTypeOf<Promise<SequrityResponse>>();
  });

  it('rejects misspelled and mistyped body fields in an inline literal', () => {
    // @ts-expect-error: `temprature` is not a body field
    void client.responses.create({ model: 'gpt-5-mini', temprature: 0.2 });
    // @ts-expect-error: `previous_response` is not a body field (it is previous_response_id)
    void client.responses.create({ model: 'gpt-5-mini', stream: true, previous_response: 'resp_1' });
    // @ts-expect-error: `model` is required
    void client.responses.create({ input: 'Hi' });
    // @ts-expect-error: temperature is a number
    void client.responses.create({ model: 'gpt-5-mini', temperature: 'hot' });
  });
});

describe('conversation.create', () => {
  it('has the same overloads', () => {
    expectTypeOf(conversation.create({ model: 'm', stream: true })).toEqualTypeOf<
      APIPromise<ResponseStream>
    >();
    expectTypeOf(conversation.create({ model: 'm' })).toEqualTypeOf<APIPromise<SequrityResponse>>();
    // @ts-expect-error: a misspelled field
    void conversation.create({ model: 'm', instruction: 'x' });
  });

  it('is started from optional strings', () => {
    expectTypeOf(
      client.conversation({ sessionId: 's', previousResponseId: 'r' }),
    ).toEqualTypeOf<Conversation>();
    // @ts-expect-error: sessionId is a string
    void client.conversation({ sessionId: 1 });
  });
});

describe('per-call options', () => {
  it('accept the typed options, null where a client default can be switched off', () => {
    const options: RequestOptions = {
      provider: null,
      endpointType: 'lang-graph',
      llmApiKey: null,
      features: null,
      policy: policy.dualLlm({ codes: 'x' }),
      config: config.dualLlm({ maxNTurns: 3 }),
      featureOverrides: { agent_arch: 'dual-llm' },
      sessionId: null,
      headers: { 'x-trace': '1' },
      extraBody: { anything: [1, 2] },
      signal: AbortSignal.timeout(1000),
      timeout: 10_000,
      maxRetries: 0,
      idleTimeoutMs: 5_000,
    };
    expectTypeOf(client.responses.create({ model: 'm' }, options)).toEqualTypeOf<
      APIPromise<SequrityResponse>
    >();
  });

  it('reject unknown values and misspelled names', () => {
    // @ts-expect-error: not an endpoint type
    void client.responses.create({ model: 'm' }, { endpointType: 'nope' });
    // @ts-expect-error: not a provider
    void client.responses.create({ model: 'm' }, { provider: 'azure' });
    // @ts-expect-error: timeout is in milliseconds, a number
    void client.responses.create({ model: 'm' }, { timeout: '10s' });
    // @ts-expect-error: header values are strings
    void client.responses.create({ model: 'm' }, { headers: { 'x-a': 1 } });
    // @ts-expect-error: misspelled option
    void client.responses.create({ model: 'm' }, { sesionId: 's' });
    // @ts-expect-error: features take the wire type
    void client.responses.create({ model: 'm' }, { features: { agent_arch: 'triple-llm' } });
  });
});

describe('new SequrityClient', () => {
  it('takes typed options, presets included', () => {
    const options: SequrityClientOptions = {
      apiKey: 'k',
      baseURL: 'https://api.sequrity.ai',
      endpointType: 'code',
      provider: 'sequrity_azure',
      features: features.dualLlm({ piiRedaction: true }),
      policy: policy.singleLlm(),
      config: config.singleLlm({ maxNTurns: 2 }),
      retry: { statuses: [429], shouldRetry: (info) => info.attempt < 2 },
      logLevel: 'debug',
      logger: console,
      fetch: globalThis.fetch,
    };
    expectTypeOf(new SequrityClient(options)).toEqualTypeOf<SequrityClient>();
    expectTypeOf(new SequrityClient()).toEqualTypeOf<SequrityClient>();
    expectTypeOf(client.sessionId).toEqualTypeOf<string | undefined>();
  });

  it('rejects wrong option values', () => {
    // @ts-expect-error: not an endpoint type
    void new SequrityClient({ endpointType: 'nope' });
    // @ts-expect-error: not a log level
    void new SequrityClient({ logLevel: 'verbose' });
    // @ts-expect-error: maxRetries is a number
    void new SequrityClient({ maxRetries: '2' });
    // @ts-expect-error: misspelled option
    void new SequrityClient({ apikey: 'k' });
    // @ts-expect-error: provider null is per call only; the client default is left out instead
    void new SequrityClient({ provider: null });
  });
});
