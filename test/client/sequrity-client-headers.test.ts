// The headers SequrityClient sends, as the server receives them: credentials, session, the three JSON security
// headers (the exact strings the Python SDK's presets print), overrides, owned-header protection, and what is refused before
// anything is sent.
import { describe, expect, it } from 'vitest';
import { config, features, policy } from '../../src/client/security-headers/index.js';
import type { ReceivedRequest } from '../helpers/http-server.js';
import {
  API_KEY,
  clientFor,
  json,
  LLM_KEY,
  rejection,
  responseBody,
  useServers,
} from '../helpers/sequrity-server.js';

const start = useServers();
const body = { model: 'gpt-5-mini', input: 'Hello' };
const okServer = () => start((_request, response) => json(response, responseBody('resp_1', 'Hi!')));
const SEQURITY_HEADERS = ['x-api-key', 'x-session-id', 'x-features', 'x-policy', 'x-config'];
const sequrityHeaders = (request: ReceivedRequest | undefined) =>
  Object.fromEntries(
    Object.entries(request?.headers ?? {}).filter(([name]) => SEQURITY_HEADERS.includes(name)),
  );

// The Python presets' JSON for the default arguments, as the SDK printed it when run
// (sequrity-ai/sequrity-api, `src/sequrity/control/types/headers.py`).
const DUAL_LLM_POLICY =
  '{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,' +
  '"default_allow_enforcement_level":"soft","enable_non_executable_memory":true,"branching_meta_policy":' +
  '{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,' +
  '"llm_blocked_tag_enforcement_level":"hard"}}';
const REFERENCE = {
  singleFeatures: '{"agent_arch":"single-llm"}',
  dualFeatures: '{"agent_arch":"dual-llm"}',
  dualPolicy: DUAL_LLM_POLICY,
  singlePolicy: DUAL_LLM_POLICY.replace(
    '"enable_non_executable_memory":true',
    '"enable_non_executable_memory":false',
  ),
  singleConfig: '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":50}}',
  dualConfig:
    '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true}}',
};

describe('credentials', () => {
  it('sends Authorization: Bearer <key> and nothing Sequrity-specific by default', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(body);
    const [request] = server.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sequrityHeaders(request)).toEqual({});
  });

  it('sends llmApiKey as X-Api-Key, per call over the client, and null sends none', async () => {
    const server = await okServer();
    const client = clientFor(server, { llmApiKey: LLM_KEY });
    await client.responses.create(body);
    await client.responses.create(body, { llmApiKey: 'byok-per-call-9876' });
    await client.responses.create(body, { llmApiKey: null });
    expect(server.requests.map((request) => request.headers['x-api-key'])).toEqual([
      LLM_KEY,
      'byok-per-call-9876',
      undefined,
    ]);
  });
});

describe('X-Features, X-Policy and X-Config from the presets', () => {
  it('are the Python preset strings when given as client defaults', async () => {
    const server = await okServer();
    await clientFor(server, {
      features: features.dualLlm(),
      policy: policy.dualLlm(),
      config: config.dualLlm(),
    }).responses.create(body);
    expect(sequrityHeaders(server.requests[0])).toEqual({
      'x-features': REFERENCE.dualFeatures,
      'x-policy': REFERENCE.dualPolicy,
      'x-config': REFERENCE.dualConfig,
    });
  });

  it('are the Python preset strings when given per call, replacing the client defaults', async () => {
    const server = await okServer();
    const client = clientFor(server, {
      features: features.dualLlm(),
      policy: policy.dualLlm(),
      config: config.dualLlm(),
    });
    await client.responses.create(body, {
      features: features.singleLlm(),
      policy: policy.singleLlm(),
      config: config.singleLlm(),
    });
    expect(sequrityHeaders(server.requests[0])).toEqual({
      'x-features': REFERENCE.singleFeatures,
      'x-policy': REFERENCE.singlePolicy,
      'x-config': REFERENCE.singleConfig,
    });
  });

  it('sends plain wire objects as compact JSON', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(body, {
      features: { agent_arch: 'dual-llm', content_blockers: [{ name: 'url_blocker' }] },
      config: { fsm: { max_n_turns: 5, enabled_internal_tools: [] } },
    });
    expect(sequrityHeaders(server.requests[0])).toEqual({
      'x-features': '{"agent_arch":"dual-llm","content_blockers":[{"name":"url_blocker"}]}',
      'x-config': '{"fsm":{"max_n_turns":5,"enabled_internal_tools":[]}}',
    });
  });

  it.each(['features', 'policy', 'config'] as const)(
    '%s: null per call switches the client default off for that call only',
    async (name) => {
      const server = await okServer();
      const client = clientFor(server, {
        features: features.dualLlm(),
        policy: policy.dualLlm(),
        config: config.dualLlm(),
      });
      await client.responses.create(body, { [name]: null });
      await client.responses.create(body);
      const header = { features: 'x-features', policy: 'x-policy', config: 'x-config' }[name];
      expect(server.requests[0]?.headers[header]).toBeUndefined();
      expect(Object.keys(sequrityHeaders(server.requests[0]))).toHaveLength(2);
      expect(server.requests[1]?.headers[header]).toBeDefined();
    },
  );
});

describe('overrides', () => {
  it('deep-merge over the client default: objects merge, arrays and scalars replace', async () => {
    const server = await okServer();
    await clientFor(server, {
      config: config.dualLlm({ enabledInternalTools: ['parse_with_ai'] }),
    }).responses.create(body, {
      configOverrides: {
        fsm: { max_n_turns: 20, enabled_internal_tools: [] },
        response_format: { include_program: true },
      },
    });
    expect(JSON.parse(server.requests[0]?.headers['x-config'] as string)).toEqual({
      fsm: {
        min_num_tools_for_filtering: 10,
        clear_session_meta: 'never',
        max_n_turns: 20,
        disable_rllm: true,
        enabled_internal_tools: [],
      },
      response_format: { include_program: true },
    });
  });

  it('apply without any base document (the Python SDK drops them)', async () => {
    const server = await okServer();
    await clientFor(server).responses.create(body, {
      featureOverrides: { agent_arch: 'dual-llm' },
      policyOverrides: { fail_fast: false },
      configOverrides: { fsm: { max_n_turns: 3 } },
    });
    expect(sequrityHeaders(server.requests[0])).toEqual({
      'x-features': '{"agent_arch":"dual-llm"}',
      'x-policy': '{"fail_fast":false}',
      'x-config': '{"fsm":{"max_n_turns":3}}',
    });
  });

  it('apply over a per-call null base as over no base', async () => {
    const server = await okServer();
    await clientFor(server, { policy: policy.dualLlm() }).responses.create(body, {
      policy: null,
      policyOverrides: { mode: 'strict' },
    });
    expect(server.requests[0]?.headers['x-policy']).toBe('{"mode":"strict"}');
  });

  it('do not change the client default for later calls', async () => {
    const server = await okServer();
    const client = clientFor(server, { features: features.singleLlm() });
    await client.responses.create(body, { featureOverrides: { agent_arch: 'dual-llm' } });
    await client.responses.create(body);
    expect(server.requests.map((request) => request.headers['x-features'])).toEqual([
      REFERENCE.dualFeatures,
      REFERENCE.singleFeatures,
    ]);
  });

  it('never send __proto__, constructor or prototype keys, at any depth, and pollute nothing', async () => {
    const server = await okServer();
    const hostile = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
        '"fsm":{"max_n_turns":2,"__proto__":{"polluted":true},"prototype":1}}',
    ) as Record<string, unknown>;
    const hostileBase = JSON.parse('{"agent_arch":"dual-llm","__proto__":{"polluted":true}}') as object;
    await clientFor(server).responses.create(body, {
      features: hostileBase,
      configOverrides: hostile,
      policyOverrides: hostile,
    });
    const headers = server.requests[0]?.headers ?? {};
    expect(headers['x-features']).toBe('{"agent_arch":"dual-llm"}');
    expect(headers['x-config']).toBe('{"fsm":{"max_n_turns":2}}');
    expect(headers['x-policy']).toBe('{"fsm":{"max_n_turns":2}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('non-ASCII and multi-line header content', () => {
  it('round-trips a policy code with non-ASCII text and line breaks through the X-Policy header', async () => {
    const server = await okServer();
    const codes = [
      'tool "send_email" {',
      '  must deny when body.tags overlaps {"vertraulich-ß", "機密", "🔒"};',
      '}',
    ].join('\n');
    const document = policy.dualLlm({ codes });
    await clientFor(server).responses.create(body, { policy: document });
    const header = server.requests[0]?.headers['x-policy'] as string;
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).toContain('\\u6a5f\\u5bc6');
    expect(header).toContain('\\ud83d\\udd12');
    expect(JSON.parse(header)).toEqual(document);
    expect((JSON.parse(header) as { codes: { code: string } }).codes.code).toBe(codes);
  });
});

describe('X-Session-ID', () => {
  it('sends the sessionId option, and no header for sessionId: null', async () => {
    const server = await okServer();
    const client = clientFor(server);
    await client.responses.create(body, { sessionId: 'sess-explicit' });
    await client.responses.create(body, { sessionId: null });
    expect(server.requests.map((request) => request.headers['x-session-id'])).toEqual([
      'sess-explicit',
      undefined,
    ]);
  });
});

describe('empty values', () => {
  it('an empty llmApiKey or sessionId sends no header, as in the Python SDK', async () => {
    const server = await okServer();
    const client = clientFor(server, { llmApiKey: '' });
    await client.responses.create(body, { sessionId: '' });
    client.sessionId = '';
    await client.responses.create(body);
    await clientFor(server, { llmApiKey: LLM_KEY }).responses.create(body, { llmApiKey: '' });
    expect(server.requests.map(sequrityHeaders)).toEqual([{}, {}, {}]);
  });
});

describe('refused before anything is sent', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a sessionId with CR LF', { sessionId: 'sess\r\nX-Evil: 1' }, /sessionId.*line break/],
    ['a sessionId with LF', { sessionId: 'sess\nX' }, /sessionId/],
    ['an llmApiKey with CR', { llmApiKey: 'byok\rX' }, /llmApiKey.*line break/],
    ['a header value with CR LF', { headers: { 'x-trace': 'a\r\nX-Evil: 1' } }, /headers\["x-trace"\]/],
    ['a header value with a NUL', { headers: { 'x-trace': 'a\0b' } }, /headers\["x-trace"\].*NUL/],
    ['a header value outside Latin-1', { headers: { 'x-trace': '機密' } }, /headers\["x-trace"\].*Latin-1/],
    ['a header name with a space', { headers: { 'x trace': 'a' } }, /invalid header name/],
    ['a header name with CR LF', { headers: { 'x-a\r\nx-b': 'a' } }, /invalid header name/],
    ['a header value that is not a string', { headers: { 'x-trace': 1 } }, /headers\["x-trace"\]/],
    ['features that are not an object', { features: 'dual-llm' }, /features/],
    ['configOverrides that are an array', { configOverrides: [] }, /configOverrides/],
    ['a policy with a cycle', { policy: cyclic() }, /policy.*circular/],
    [
      'a signal that is not an AbortSignal',
      { signal: { aborted: false, reason: undefined } },
      /signal must be an AbortSignal/,
    ],
  ])('%s', async (_name, options, message) => {
    const server = await okServer();
    const error = await rejection(clientFor(server).responses.create(body, options));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });

  it('a client.sessionId set by hand with a line break', async () => {
    const server = await okServer();
    const client = clientFor(server);
    client.sessionId = 'sess\r\nX-Evil: 1';
    await expect(client.responses.create(body)).rejects.toThrow(/sessionId \(the X-Session-ID header\)/);
    expect(server.requests).toHaveLength(0);
  });

  it('a security header over maxHeaderBytes, naming the header and its size', async () => {
    const server = await okServer();
    const document = policy.dualLlm();
    const size = JSON.stringify(document).length;
    const client = clientFor(server, { maxHeaderBytes: size - 1 });
    const error = await rejection(client.responses.create(body, { policy: document }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toContain(`The X-Policy header is ${size} bytes`);
    expect((error as Error).message).toContain(`maxHeaderBytes (${size - 1})`);
    await clientFor(server, { maxHeaderBytes: size }).responses.create(body, { policy: document });
    expect(server.requests).toHaveLength(1);
  });

  it('no limit with maxHeaderBytes: Infinity', async () => {
    const server = await okServer();
    const codes = 'x'.repeat(10_000);
    await clientFor(server, { maxHeaderBytes: Infinity }).responses.create(body, {
      policy: policy.dualLlm({ codes }),
    });
    expect(
      (JSON.parse(server.requests[0]?.headers['x-policy'] as string) as { codes: { code: string } }).codes
        .code,
    ).toBe(codes);
  });

  it('a header over the default 8 KiB, counting escaped non-ASCII as sent', async () => {
    const server = await okServer();
    // 1,500 CJK characters are 1,500 UTF-16 units but 9,000 bytes as \uXXXX escapes.
    const codes = '機'.repeat(1500);
    const error = await rejection(
      clientFor(server).responses.create(body, { policy: policy.dualLlm({ codes }) }),
    );
    expect((error as Error).message).toMatch(
      /The X-Policy header is \d+ bytes, more than maxHeaderBytes \(8192\)/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('headers owned by typed options', () => {
  const owned: [string, string][] = [
    ['Authorization', 'apiKey'],
    ['AUTHORIZATION', 'apiKey'],
    ['x-api-key', 'llmApiKey'],
    ['X-Session-Id', 'sessionId'],
    ['x-session-id', 'sessionId'],
    ['X-FEATURES', 'features'],
    ['X-Policy', 'policy'],
    ['x-Config', 'config'],
  ];

  it.each(owned)('%s in headers is a TypeError naming %s, and nothing is sent', async (header, option) => {
    const server = await okServer();
    const error = await rejection(clientFor(server).responses.create(body, { headers: { [header]: 'x' } }));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `headers may not set ${header}: use the \`${option}\` option instead.`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each(owned)('%s in defaultHeaders is a TypeError naming %s', async (header, option) => {
    const server = await okServer();
    expect(() => clientFor(server, { defaultHeaders: { [header]: 'x' } })).toThrow(
      new TypeError(`defaultHeaders may not set ${header}: use the \`${option}\` option instead.`),
    );
  });
});

describe('other headers', () => {
  it('are sent from defaultHeaders and per call, the call winning whatever the letter case', async () => {
    const server = await okServer();
    const client = clientFor(server, { defaultHeaders: { 'X-Trace': 'default', 'X-Team': 'core' } });
    await client.responses.create(body, { headers: { 'x-TRACE': 'per-call', 'X-Extra': 'e' } });
    await client.responses.create(body);
    const [first, second] = server.requests;
    expect(first?.headers['x-trace']).toBe('per-call');
    expect(first?.headers['x-team']).toBe('core');
    expect(first?.headers['x-extra']).toBe('e');
    expect(second?.headers['x-trace']).toBe('default');
    expect(second?.headers['x-extra']).toBeUndefined();
  });

  it('may replace the User-Agent', async () => {
    const server = await okServer();
    await clientFor(server, { defaultHeaders: { 'User-Agent': 'my-app/2.0' } }).responses.create(body);
    expect(server.requests[0]?.headers['user-agent']).toBe('my-app/2.0');
  });
});

function cyclic(): Record<string, unknown> {
  const document: Record<string, unknown> = { mode: 'standard' };
  document['self'] = document;
  return document;
}
