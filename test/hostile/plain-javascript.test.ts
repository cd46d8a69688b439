// Plain JavaScript (and TypeScript through `as any` or a JSON config file) gets the checks the compiler gives typed
// callers. Each case below once went through silently and weakened security or sent the request elsewhere; each
// now fails at once with a TypeError or RangeError that names the option and, for a misspelling, the nearest one.
import { describe, expect, it } from 'vitest';
import {
  config,
  encodeJsonHeaders,
  features,
  functionTool,
  policy,
  SequrityClient,
  type SequrityClientOptions,
} from '../../src/index.js';

/** A value as plain JavaScript passes it: the compiler's view of it is switched off. */
const js = (value: unknown): any => value;

/** The error `build` throws (fails when it throws none). */
function thrown(build: () => unknown): Error {
  try {
    build();
  } catch (error) {
    return error as Error;
  }
  throw new Error('nothing was thrown');
}

/** A fetch that records every call: none may happen when the options are refused. */
function recordingFetch(): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fetch: async (input) => {
      calls.push(String(input));
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    },
  };
}

describe('presets that once sent a weaker document than asked for', () => {
  it("features.dualLlm({ piiRedaction: 'yes' }) sent no PII classifier; now a TypeError", () => {
    const error = thrown(() => features.dualLlm(js({ piiRedaction: 'yes' })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('features.dualLlm: piiRedaction must be a boolean, got "yes".');
  });

  it("policy.dualLlm({ code: 'deny x' }) sent an empty policy; now a TypeError suggesting codes", () => {
    const error = thrown(() => policy.dualLlm(js({ code: 'deny x' })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('code is not one of the policy.dualLlm options; did you mean codes?');
  });

  it('config.dualLlm({ maxTurns: 20 }) sent the default; now a TypeError suggesting maxNTurns', () => {
    const error = thrown(() => config.dualLlm(js({ maxTurns: 20 })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('maxTurns is not one of the config.dualLlm options; did you mean maxNTurns?');
  });

  it('policy.dualLlm({ codes: 42 }) sent "code": 42; now a TypeError', () => {
    const error = thrown(() => policy.dualLlm(js({ codes: 42 })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('policy.dualLlm: codes must be a string, got number.');
  });

  it('config.dualLlm({ maxNTurns: "20" }) from a JSON file is a TypeError, 0 a RangeError', () => {
    const fromFile = JSON.parse('{ "maxNTurns": "20" }') as unknown;
    expect(thrown(() => config.dualLlm(js(fromFile)))).toEqual(
      new TypeError('config.dualLlm: maxNTurns must be a positive integer, got string.'),
    );
    expect(thrown(() => config.dualLlm(js({ maxNTurns: 0 })))).toEqual(
      new RangeError('config.dualLlm: maxNTurns must be a positive integer, got 0.'),
    );
  });
});

describe('client options that once sent the request somewhere else', () => {
  it('new SequrityClient({ baseUrl }) went to production; now a TypeError suggesting baseURL, and nothing is sent', () => {
    const { fetch, calls } = recordingFetch();
    const error = thrown(
      () => new SequrityClient(js({ apiKey: 'sk-test-0000', baseUrl: 'http://127.0.0.1:8000', fetch })),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('baseUrl is not one of the SequrityClient options; did you mean baseURL?');
    expect(calls).toEqual([]);
  });

  it("endpointType: 'chatt' was accepted; now a RangeError listing the spec's endpoint types", () => {
    const error = thrown(() => new SequrityClient(js({ apiKey: 'sk-test-0000', endpointType: 'chatt' })));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(
      'endpointType must be one of chat, code, agent, lang-graph, got "chatt"; did you mean chat?',
    );
  });

  it('a provider the spec does not list is refused, per client and per call', async () => {
    expect(() => new SequrityClient(js({ apiKey: 'sk-test-0000', provider: 'anthropic' }))).toThrow(
      new RangeError('provider must be one of openai, sequrity_azure, got "anthropic".'),
    );
    const { fetch, calls } = recordingFetch();
    const client = new SequrityClient({ apiKey: 'sk-test-0000', baseURL: 'http://127.0.0.1:1', fetch });
    await expect(
      client.responses.create({ model: 'gpt-5-mini', input: 'Hi' }, js({ provider: 'OpenAI' })),
    ).rejects.toThrow(
      new RangeError('provider must be one of openai, sequrity_azure, got "OpenAI"; did you mean openai?'),
    );
    expect(calls).toEqual([]);
  });

  it('a client configured from a JSON file gets the same checks', () => {
    const settings = JSON.parse('{ "apiKey": "sk-test-0000", "max_retries": 5 }') as SequrityClientOptions;
    expect(() => new SequrityClient(settings)).toThrow(
      new TypeError('max_retries is not one of the SequrityClient options; did you mean maxRetries?'),
    );
  });

  it('per-call and conversation options reject unknown keys before anything is sent', async () => {
    const { fetch, calls } = recordingFetch();
    const client = new SequrityClient({ apiKey: 'sk-test-0000', baseURL: 'http://127.0.0.1:1', fetch });
    await expect(
      client.responses.create({ model: 'gpt-5-mini', input: 'Hi' }, js({ policyOverride: {} })),
    ).rejects.toThrow(
      new TypeError('policyOverride is not one of the request options; did you mean policyOverrides?'),
    );
    expect(() => client.conversation(js({ sessionID: 'abc' }))).toThrow(
      new TypeError('sessionID is not one of the conversation options; did you mean sessionId?'),
    );
    expect(calls).toEqual([]);
  });

  it('never shows a key that is not a name: a secret used as an option name stays out of the message', () => {
    const secret = 'sk-proj-Zq81xLm2Zq81xLm2Zq81xLm2';
    const error = thrown(() => new SequrityClient(js({ apiKey: 'sk-test-0000', [secret]: true })));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(
      /^A key \(not shown: it is not a name\) is not one of the SequrityClient options/,
    );
    expect(`${error.message}${error.stack}`).not.toContain('Zq81xLm2');
  });
});

describe('functionTool and encodeJsonHeaders', () => {
  it('functionTool refuses a misspelt key but takes parameters of any class (a Standard Schema)', () => {
    expect(() => functionTool(js({ name: 'lookup', run: () => 1, descripton: 'x' }))).toThrow(
      new TypeError('descripton is not one of the functionTool options; did you mean description?'),
    );
    const jsonSchema = {
      input: () => ({ type: 'object', properties: { q: { type: 'string' } }, required: ['q'] }),
    };
    const standard = {
      '~standard': { version: 1, vendor: 'zod', validate: () => ({ value: {} }), jsonSchema },
    };
    const schema = Object.assign(Object.create({ parse() {} }) as object, standard);
    expect(functionTool(js({ name: 'lookup', run: () => 1, parameters: schema })).parameters).toEqual({
      type: 'object',
      properties: { q: { type: 'string' } },
      required: ['q'],
    });
  });

  it('encodeJsonHeaders once emitted values new Headers() rejects; now ASCII that it accepts', () => {
    const headers = new Headers(encodeJsonHeaders({ 'X-Policy': js({ codes: { code: 'Grüße 🌍' } }) }));
    expect(headers.get('x-policy')).toBe('{"codes":{"code":"Gr\\u00fc\\u00dfe \\ud83c\\udf0d"}}');
  });
});
