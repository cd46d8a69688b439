// Security header presets, overrides and serialisation. Expected strings are written by hand from the Python SDK's
// presets (sequrity-ai/sequrity-api, `src/sequrity/control/types/headers.py`); the no-option ones are the JSON
// those presets print, byte for byte.
import { describe, expect, it } from 'vitest';
import { assertHeaderValue } from '../../src/client/header-values.js';
import { SequrityClient } from '../../src/client/sequrity-client.js';
import { encodeJsonHeaders } from '../../src/json-headers.js';
import {
  config,
  DEFAULT_MAX_HEADER_BYTES,
  features,
  mergeHeaderOverrides,
  policy,
  serializeJsonHeader,
} from '../../src/client/security-headers/index.js';

const json = (document: object): string => serializeJsonHeader('X-Test', document);

const DUAL_POLICY =
  '{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,' +
  '"default_allow_enforcement_level":"soft","enable_non_executable_memory":true,"branching_meta_policy":' +
  '{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,' +
  '"llm_blocked_tag_enforcement_level":"hard"}}';

describe('presets with no options', () => {
  it.each([
    ['features.singleLlm', () => features.singleLlm(), '{"agent_arch":"single-llm"}'],
    ['features.dualLlm', () => features.dualLlm(), '{"agent_arch":"dual-llm"}'],
    ['policy.dualLlm', () => policy.dualLlm(), DUAL_POLICY],
    [
      'policy.singleLlm',
      () => policy.singleLlm(),
      DUAL_POLICY.replace('"enable_non_executable_memory":true', '"enable_non_executable_memory":false'),
    ],
    [
      'config.singleLlm',
      () => config.singleLlm(),
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":50}}',
    ],
    [
      'config.dualLlm',
      () => config.dualLlm(),
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true}}',
    ],
  ])('%s() serialises to the Python preset output byte for byte', (_name, build, expected) => {
    expect(json(build())).toBe(expected);
  });

  it('return a new object on every call', () => {
    const first = policy.dualLlm();
    first.presets!.default_allow = false;
    expect(policy.dualLlm().presets!.default_allow).toBe(true);
  });
});

describe('features presets', () => {
  it.each([
    [
      'every flag, single-LLM',
      features.singleLlm({
        toxicityFilter: true,
        piiRedaction: true,
        healthcareGuardrail: true,
        financeGuardrail: true,
        urlBlocker: true,
        fileBlocker: true,
      }),
      '{"agent_arch":"single-llm","content_classifiers":[{"name":"toxicity_filter","threshold":0.5},' +
        '{"name":"pii_redaction","threshold":0.5},{"name":"healthcare_topic_guardrail","threshold":0.5},' +
        '{"name":"finance_topic_guardrail","threshold":0.5}],"content_blockers":[{"name":"url_blocker"},' +
        '{"name":"file_blocker"}]}',
    ],
    [
      'flags given in another order keep the fixed order',
      features.dualLlm({ fileBlocker: true, financeGuardrail: true, urlBlocker: true, piiRedaction: true }),
      '{"agent_arch":"dual-llm","content_classifiers":[{"name":"pii_redaction","threshold":0.5},' +
        '{"name":"finance_topic_guardrail","threshold":0.5}],"content_blockers":[{"name":"url_blocker"},' +
        '{"name":"file_blocker"}]}',
    ],
    [
      'only a classifier: no content_blockers key',
      features.dualLlm({ healthcareGuardrail: true }),
      '{"agent_arch":"dual-llm","content_classifiers":[{"name":"healthcare_topic_guardrail","threshold":0.5}]}',
    ],
    [
      'only a blocker: no content_classifiers key',
      features.singleLlm({ urlBlocker: true }),
      '{"agent_arch":"single-llm","content_blockers":[{"name":"url_blocker"}]}',
    ],
    [
      'false flags add nothing',
      features.dualLlm({ toxicityFilter: false, fileBlocker: false }),
      '{"agent_arch":"dual-llm"}',
    ],
  ])('%s', (_name, header, expected) => {
    expect(json(header)).toBe(expected);
  });
});

describe('policy presets', () => {
  it('dualLlm takes every Python parameter and orders keys as the Python models do', () => {
    const header = policy.dualLlm({
      mode: 'custom',
      codes: 'tool "x" { must allow always; }',
      language: 'cedar',
      autoGen: true,
      failFast: false,
      defaultAllow: false,
      defaultAllowEnforcementLevel: 'hard',
      enableNonExecutableMemory: false,
      enableLlmBlockedTag: false,
      llmBlockedTagEnforcementLevel: 'soft',
      branchingMetaPolicyMode: 'allow',
      branchingMetaPolicyProducers: ['p1'],
      branchingMetaPolicyTags: new Set(['t1']),
      branchingMetaPolicyConsumers: ['c1'],
    });
    expect(json(header)).toBe(
      '{"mode":"custom","codes":{"code":"tool \\"x\\" { must allow always; }","language":"cedar"},' +
        '"auto_gen":true,"fail_fast":false,"presets":{"default_allow":false,' +
        '"default_allow_enforcement_level":"hard","enable_non_executable_memory":false,' +
        '"branching_meta_policy":{"mode":"allow","producers":["p1"],"tags":["t1"],"consumers":["c1"]},' +
        '"enable_llm_blocked_tag":false,"llm_blocked_tag_enforcement_level":"soft"}}',
    );
  });

  it('singleLlm takes the seven Python parameters and keeps the single-LLM fixed values', () => {
    const header = policy.singleLlm({
      mode: 'strict',
      codes: 'x',
      language: 'sqrt',
      failFast: true,
      defaultAllow: false,
      enableLlmBlockedTag: false,
      llmBlockedTagEnforcementLevel: 'soft',
    });
    expect(json(header)).toBe(
      '{"mode":"strict","codes":{"code":"x","language":"sqrt"},"auto_gen":false,"fail_fast":true,' +
        '"presets":{"default_allow":false,"default_allow_enforcement_level":"soft",' +
        '"enable_non_executable_memory":false,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],' +
        '"consumers":[]},"enable_llm_blocked_tag":false,"llm_blocked_tag_enforcement_level":"soft"}}',
    );
  });

  it('leaves fail_fast out while it is undefined or null, and sends true', () => {
    expect(policy.dualLlm({ failFast: null })).not.toHaveProperty('fail_fast');
    expect(policy.dualLlm({ failFast: undefined })).not.toHaveProperty('fail_fast');
    expect(json(policy.dualLlm({ failFast: true }))).toContain('"auto_gen":false,"fail_fast":true,"presets"');
  });

  it('treats the branching lists as sets: duplicates dropped, first-seen order kept, input not aliased', () => {
    const producers = ['b', 'a', 'b'];
    const header = policy.dualLlm({ branchingMetaPolicyProducers: producers, branchingMetaPolicyTags: null });
    expect(header.presets?.branching_meta_policy).toEqual({
      mode: 'deny',
      producers: ['b', 'a'],
      tags: [],
      consumers: [],
    });
    header.presets!.branching_meta_policy!.producers!.push('c');
    expect(producers).toEqual(['b', 'a', 'b']);
  });
});

describe('config presets', () => {
  it('dualLlm takes every Python parameter and orders fsm keys as FsmOverrides declares them', () => {
    const header = config.dualLlm({
      minNumToolsForFiltering: 3,
      clearSessionMeta: 'every_turn',
      maxNTurns: 7,
      clearHistoryEveryNAttempts: 2,
      disableRllm: false,
      enableMultistepPlanning: true,
      enabledInternalTools: ['parse_with_ai', 'complete_turn'],
      pruneFailedSteps: false,
      forceToCache: ['search_.*'],
      maxPllmSteps: 8,
      maxPllmFailedSteps: 3,
      maxToolCallsPerStep: 4,
      reducedGrammarForRllmReview: true,
      retryOnPolicyViolation: true,
      pllmDebugInfoLevel: 'extra',
      stripResponseContent: false,
      streamThoughts: true,
      includeProgram: true,
      includePolicyCheckHistory: true,
      includeNamespaceSnapshot: false,
    });
    expect(json(header)).toBe(
      '{"fsm":{"min_num_tools_for_filtering":3,"clear_session_meta":"every_turn","max_n_turns":7,' +
        '"clear_history_every_n_attempts":2,"disable_rllm":false,"enable_multistep_planning":true,' +
        '"enabled_internal_tools":["parse_with_ai","complete_turn"],"prune_failed_steps":false,' +
        '"force_to_cache":["search_.*"],"max_pllm_steps":8,"max_pllm_failed_steps":3,' +
        '"max_tool_calls_per_step":4,"reduced_grammar_for_rllm_review":true,"retry_on_policy_violation":true},' +
        '"prompt":{"pllm":{"debug_info_level":"extra"}},"response_format":{"strip_response_content":false,' +
        '"stream_thoughts":true,"include_program":true,"include_policy_check_history":true,' +
        '"include_namespace_snapshot":false}}',
    );
  });

  it.each([
    [
      'one response_format flag sends the section with that flag only',
      config.dualLlm({ includeProgram: true }),
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true},' +
        '"response_format":{"include_program":true}}',
    ],
    [
      'a false flag is still given, so the section is sent',
      config.dualLlm({ stripResponseContent: false }),
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true},' +
        '"response_format":{"strip_response_content":false}}',
    ],
    [
      'an empty enabled_internal_tools list is sent as []',
      config.dualLlm({ maxNTurns: 5, enabledInternalTools: [] }),
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true,' +
        '"enabled_internal_tools":[]}}',
    ],
    [
      'null leaves defaulted fields out, as None does',
      config.dualLlm({ minNumToolsForFiltering: null, maxNTurns: null, disableRllm: null }),
      '{"fsm":{"clear_session_meta":"never"}}',
    ],
    [
      'every fsm field null still sends an empty fsm section',
      config.singleLlm({ minNumToolsForFiltering: null, clearSessionMeta: null, maxNTurns: null }),
      '{"fsm":{}}',
    ],
    [
      'singleLlm with its three parameters',
      config.singleLlm({ minNumToolsForFiltering: 2, clearSessionMeta: 'every_attempt', maxNTurns: 1 }),
      '{"fsm":{"min_num_tools_for_filtering":2,"clear_session_meta":"every_attempt","max_n_turns":1}}',
    ],
    [
      'a string review grammar passes through',
      config.dualLlm({ reducedGrammarForRllmReview: 'bool' }),
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true,' +
        '"reduced_grammar_for_rllm_review":"bool"}}',
    ],
  ])('%s', (_name, header, expected) => {
    expect(json(header)).toBe(expected);
  });

  it.each([
    [
      'maxNTurns',
      () => config.dualLlm({ maxNTurns: 0 }),
      'config.dualLlm: maxNTurns must be a positive integer, got 0.',
    ],
    [
      'maxNTurns',
      () => config.singleLlm({ maxNTurns: 2.5 }),
      'config.singleLlm: maxNTurns must be a positive integer, got 2.5.',
    ],
    [
      'minNumToolsForFiltering',
      () => config.singleLlm({ minNumToolsForFiltering: 1 }),
      'config.singleLlm: minNumToolsForFiltering must be an integer of at least 2 or null, got 1.',
    ],
    [
      'maxPllmSteps',
      () => config.dualLlm({ maxPllmSteps: 0 }),
      'config.dualLlm: maxPllmSteps must be a positive integer, got 0.',
    ],
    [
      'maxPllmFailedSteps',
      () => config.dualLlm({ maxPllmFailedSteps: -1 }),
      'config.dualLlm: maxPllmFailedSteps must be a positive integer, got -1.',
    ],
    [
      'maxToolCallsPerStep',
      () => config.dualLlm({ maxToolCallsPerStep: Number.NaN }),
      'config.dualLlm: maxToolCallsPerStep must be a positive integer, got NaN.',
    ],
    [
      'clearHistoryEveryNAttempts',
      () => config.dualLlm({ clearHistoryEveryNAttempts: 0 }),
      'config.dualLlm: clearHistoryEveryNAttempts must be a positive integer, got 0.',
    ],
  ])('rejects %s below its documented minimum with a RangeError naming it', (_option, build, message) => {
    expect(build).toThrow(new RangeError(message));
  });

  it('copies the option arrays instead of aliasing them', () => {
    const tools: ('parse_with_ai' | 'set_policy')[] = ['parse_with_ai'];
    const header = config.dualLlm({ enabledInternalTools: tools });
    tools.push('set_policy');
    expect(header.fsm?.enabled_internal_tools).toEqual(['parse_with_ai']);
  });
});

describe('preset options are checked as TypeScript checks them, also for plain JavaScript', () => {
  // `as never`: what the compiler rejects, as a plain JavaScript caller (or a JSON file) would pass it.
  it.each<[string, () => unknown, Error]>([
    [
      'a misspelt features flag',
      () => features.dualLlm({ piiRedacton: true } as never),
      new TypeError('piiRedacton is not one of the features.dualLlm options; did you mean piiRedaction?'),
    ],
    [
      'a features flag that is not a boolean',
      () => features.singleLlm({ urlBlocker: 1 } as never),
      new TypeError('features.singleLlm: urlBlocker must be a boolean, got number.'),
    ],
    [
      'a policy key of another spelling',
      () => policy.singleLlm({ code: 'x' } as never),
      new TypeError('code is not one of the policy.singleLlm options; did you mean codes?'),
    ],
    [
      'a dual-LLM-only option given to the single-LLM policy',
      () => policy.singleLlm({ autoGen: true } as never),
      new TypeError(
        'autoGen is not one of the policy.singleLlm options; they are mode, codes, language, failFast, ' +
          'defaultAllow, enableLlmBlockedTag, llmBlockedTagEnforcementLevel.',
      ),
    ],
    [
      'a policy mode that is not a string',
      () => policy.dualLlm({ mode: 1 } as never),
      new TypeError('policy.dualLlm: mode must be a string, got number.'),
    ],
    [
      'a branching meta policy list that is a string',
      () => policy.dualLlm({ branchingMetaPolicyTags: 'secret' } as never),
      new TypeError(
        'policy.dualLlm: branchingMetaPolicyTags must be an array or Set of strings, or null, got string.',
      ),
    ],
    [
      'a config option in snake_case',
      () => config.dualLlm({ max_n_turns: 3 } as never),
      new TypeError('max_n_turns is not one of the config.dualLlm options; did you mean maxNTurns?'),
    ],
    [
      'a config flag that is a string',
      () => config.dualLlm({ includeProgram: 'true' } as never),
      new TypeError('config.dualLlm: includeProgram must be a boolean, got "true".'),
    ],
    [
      'a config list that is not strings',
      () => config.dualLlm({ enabledInternalTools: [1] } as never),
      new TypeError('config.dualLlm: enabledInternalTools must be an array of strings, got an array.'),
    ],
    [
      'options that are not an object',
      () => config.singleLlm('fast' as never),
      new TypeError('config.singleLlm options must be an object, got string.'),
    ],
    [
      'a key that is not a name (it could be a secret), which is not shown',
      () => features.dualLlm({ 'sk-live-0123456789': true } as never),
      /^A key \(not shown: it is not a name\) is not one of the features\.dualLlm options; they are /,
    ] as never,
  ])('refuses %s', (_name, build, error) => {
    expect(build).toThrow(error);
  });

  it('takes null where it leaves a field out, and every option of each preset', () => {
    expect(
      json(config.dualLlm({ maxNTurns: null, enabledInternalTools: null, pllmDebugInfoLevel: null })),
    ).toBe('{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","disable_rllm":true}}');
    expect(
      policy.dualLlm({ branchingMetaPolicyTags: new Set(['a']), failFast: null, language: 'cedar' }).codes,
    ).toEqual({ code: '', language: 'cedar' });
  });
});

describe('mergeHeaderOverrides', () => {
  it.each([
    ['adds a key', { a: 1 }, { b: 2 }, { a: 1, b: 2 }],
    ['replaces a scalar', { a: 1, b: 2 }, { b: 99 }, { a: 1, b: 99 }],
    [
      'merges nested objects key by key',
      { o: { a: 1, b: 2 } },
      { o: { b: 99, c: 3 } },
      { o: { a: 1, b: 99, c: 3 } },
    ],
    [
      'merges at any depth',
      { a: { b: { c: 1, d: 2 } } },
      { a: { b: { c: 99, e: 3 } } },
      { a: { b: { c: 99, d: 2, e: 3 } } },
    ],
    ['replaces arrays instead of appending', { list: [1, 2] }, { list: [3] }, { list: [3] }],
    ['replaces an object with a scalar', { key: { nested: true } }, { key: 'flat' }, { key: 'flat' }],
    [
      'replaces a scalar with an object',
      { key: 'flat' },
      { key: { nested: true } },
      { key: { nested: true } },
    ],
    ['replaces an object with an array', { key: { a: 1 } }, { key: [1] }, { key: [1] }],
    ['replaces a value with null', { key: { a: 1 } }, { key: null }, { key: null }],
    ['ignores undefined override values', { a: 1 }, { a: undefined, b: undefined }, { a: 1 }],
    ['keeps the base for empty overrides', { a: 1 }, {}, { a: 1 }],
  ])('%s', (_name, base, overrides, expected) => {
    const result = mergeHeaderOverrides(base, overrides);
    expect(result).toEqual(expected);
    expect(Object.keys(result)).toEqual(Object.keys(expected));
  });

  it('keeps base key order and appends new keys, as a Python dict merge does', () => {
    const result = mergeHeaderOverrides(config.dualLlm(), {
      custom: 1,
      fsm: { max_n_turns: 20, beta: true },
    });
    expect(json(result)).toBe(
      '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":20,"disable_rllm":true,' +
        '"beta":true},"custom":1}',
    );
  });

  it('mutates neither input and shares no objects with them', () => {
    const base = { fsm: { max_n_turns: 5 }, list: [{ a: 1 }] };
    const overrides = { fsm: { extra: { deep: 1 } }, other: [{ b: 2 }] };
    const snapshot = structuredClone({ base, overrides });
    const result = mergeHeaderOverrides(base, overrides) as {
      fsm: { extra: { deep: number } };
      list: { a: number }[];
      other: { b: number }[];
    };
    result.fsm.extra.deep = 2;
    result.list[0]!.a = 2;
    result.other[0]!.b = 3;
    expect({ base, overrides }).toEqual(snapshot);
  });

  it('applies overrides when there is no base, unlike the Python SDK', () => {
    expect(mergeHeaderOverrides(undefined, { fsm: { max_n_turns: 5 } })).toEqual({ fsm: { max_n_turns: 5 } });
    expect(mergeHeaderOverrides(null, { agent_arch: 'dual-llm' })).toEqual({ agent_arch: 'dual-llm' });
  });

  it('returns undefined when there is no base and nothing to add', () => {
    expect(mergeHeaderOverrides(undefined, undefined)).toBeUndefined();
    expect(mergeHeaderOverrides(undefined, {})).toBeUndefined();
    expect(mergeHeaderOverrides(null, { a: undefined })).toBeUndefined();
  });

  it.each([
    ['__proto__', '{"__proto__":{"polluted":1},"fsm":{"__proto__":{"polluted":1}}}'],
    ['constructor', '{"constructor":{"prototype":{"polluted":1}},"fsm":{"constructor":{"polluted":1}}}'],
    ['prototype', '{"prototype":{"polluted":1},"fsm":{"list":[{"prototype":{"polluted":1}}]}}'],
  ])('drops %s keys at every depth, from overrides and from the base', (key, text) => {
    const hostile = JSON.parse(text) as Record<string, unknown>;
    for (const result of [
      mergeHeaderOverrides({ fsm: { max_n_turns: 5 } }, hostile),
      mergeHeaderOverrides(undefined, hostile),
      mergeHeaderOverrides(hostile, { fsm: { max_n_turns: 5 } }),
    ]) {
      const header = json(result!);
      expect(header).not.toContain(key);
      expect(header).not.toContain('polluted');
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    [
      'an array of overrides',
      () => mergeHeaderOverrides({}, [] as never),
      'overrides must be a plain object (not an array, Map or class instance), got an array.',
    ],
    [
      'a string base',
      () => mergeHeaderOverrides('x' as never, {}),
      'base must be a plain object (not an array, Map or class instance), got string.',
    ],
    [
      'named inputs',
      () => mergeHeaderOverrides({}, new Map() as never, { overrides: 'policyOverrides' }),
      'policyOverrides must be a plain object (not an array, Map or class instance), got object.',
    ],
  ])('rejects %s with a TypeError', (_name, merge, message) => {
    expect(merge).toThrow(TypeError);
    expect(merge).toThrow(message);
  });

  it('rejects circular overrides with a TypeError instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = { back: cyclic };
    expect(() => mergeHeaderOverrides({}, cyclic, { overrides: 'configOverrides' })).toThrow(
      'configOverrides contains a circular reference',
    );
  });

  it('allows the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(mergeHeaderOverrides({}, { a: shared, b: [shared, shared] })).toEqual({
      a: { x: 1 },
      b: [{ x: 1 }, { x: 1 }],
    });
  });
});

describe('serializeJsonHeader', () => {
  it('writes compact JSON', () => {
    expect(json({ a: [1, { b: 'c' }], d: null, e: true })).toBe('{"a":[1,{"b":"c"}],"d":null,"e":true}');
  });

  it('leaves out undefined properties, as JSON.stringify does', () => {
    expect(json({ a: undefined, b: 1, c: { d: undefined } })).toBe('{"b":1,"c":{}}');
  });

  it('escapes every non-ASCII character, DEL included, so the value is ASCII only (lower-case hex, as Python)', () => {
    const value = json({ code: 'é → 😀 \u007f' });
    expect(value).toBe('{"code":"\\u00e9 \\u2192 \\ud83d\\ude00 \\u007f"}');
    expect(/^[\x20-\x7e]*$/.test(value)).toBe(true);
  });

  it('round-trips non-ASCII policy code and control characters through JSON.parse', () => {
    const document = policy.dualLlm({
      codes:
        'tool "send_email" {\r\n  must deny when to.value in {"jürgen@例え.jp", "ok\ttab"}; // 🚫\u2028\n}',
    });
    const value = json(document);
    expect(value).not.toMatch(/[\r\n\u2028]/);
    expect(JSON.parse(value)).toEqual(document);
    // The value is one a real Headers object accepts and returns unchanged.
    expect(new Headers({ 'X-Policy': value }).get('X-Policy')).toBe(value);
  });

  it('escapes a lone surrogate instead of sending invalid UTF-16', () => {
    expect(json({ s: 'a\ud800b' })).toBe('{"s":"a\\ud800b"}');
  });

  it('drops __proto__, constructor and prototype keys of a plain wire object', () => {
    const document = JSON.parse(
      '{"mode":"strict","__proto__":{"x":1},"presets":{"constructor":1,"prototype":2}}',
    );
    expect(json(document)).toBe('{"mode":"strict","presets":{}}');
  });

  it('accepts a value exactly at maxHeaderBytes and rejects one byte more', () => {
    const document = { a: 'x'.repeat(10) }; // {"a":"xxxxxxxxxx"} = 18 bytes
    expect(serializeJsonHeader('X-Config', document, { maxHeaderBytes: 18 })).toHaveLength(18);
    expect(() => serializeJsonHeader('X-Config', document, { maxHeaderBytes: 17 })).toThrow(RangeError);
    expect(() => serializeJsonHeader('X-Config', document, { maxHeaderBytes: 17 })).toThrow(
      'The X-Config header is 18 bytes, more than maxHeaderBytes (17)',
    );
  });

  it('counts the bytes of the final, escaped value', () => {
    // 2 000 "é" are 4 000 UTF-8 bytes as text, but 12 000 bytes once escaped as \u00e9.
    const document = { code: 'é'.repeat(2000) };
    expect(() => serializeJsonHeader('X-Policy', document)).toThrow(
      `The X-Policy header is 12011 bytes, more than maxHeaderBytes (${DEFAULT_MAX_HEADER_BYTES})`,
    );
    expect(serializeJsonHeader('X-Policy', document, { maxHeaderBytes: 12011 })).toHaveLength(12011);
  });

  it('defaults maxHeaderBytes to 8 KiB and accepts Infinity', () => {
    expect(DEFAULT_MAX_HEADER_BYTES).toBe(8192);
    const document = { code: 'x'.repeat(8192 - 11) }; // {"code":"…"} adds 11 bytes
    expect(serializeJsonHeader('X-Policy', document)).toHaveLength(8192);
    expect(() => serializeJsonHeader('X-Policy', { code: 'x'.repeat(8192) })).toThrow(RangeError);
    expect(
      serializeJsonHeader('X-Policy', { code: 'x'.repeat(20_000) }, { maxHeaderBytes: Infinity }),
    ).toHaveLength(20_011);
  });

  it.each([0, -1, 1.5, Number.NaN])(
    'rejects maxHeaderBytes %s with a RangeError naming the option',
    (limit) => {
      expect(() => serializeJsonHeader('X-Policy', {}, { maxHeaderBytes: limit })).toThrow(
        new RangeError(`maxHeaderBytes must be a positive integer or Infinity, got ${limit}.`),
      );
    },
  );

  // Every way to set the limit checks it with the one validator: the same class and message wherever it is given.
  describe('maxHeaderBytes is checked alike by every entry point', () => {
    const entryPoints: [string, (maxHeaderBytes: unknown) => unknown][] = [
      [
        'new SequrityClient',
        (limit) => new SequrityClient({ apiKey: 'sk-test', maxHeaderBytes: limit as number }),
      ],
      [
        'serializeJsonHeader',
        (limit) => serializeJsonHeader('X-Policy', {}, { maxHeaderBytes: limit as number }),
      ],
      // No document: the option is checked even when nothing is encoded.
      ['encodeJsonHeaders', (limit) => encodeJsonHeaders({}, { maxHeaderBytes: limit as number })],
    ];
    const thrown = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };

    it.each(entryPoints)('%s: 0 is a RangeError', (_name, build) => {
      const error = thrown(() => build(0));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe('maxHeaderBytes must be a positive integer or Infinity, got 0.');
    });

    it.each(entryPoints)('%s: a string is a TypeError', (_name, build) => {
      const error = thrown(() => build('8192'));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(
        'maxHeaderBytes must be a positive integer or Infinity, got string.',
      );
    });

    it.each(entryPoints)('%s: Infinity and 2 (the size of {}) are accepted', (_name, build) => {
      expect(thrown(() => build(Infinity))).toBeUndefined();
      expect(thrown(() => build(2))).toBeUndefined();
    });
  });

  it.each([
    ['an array', [], 'an array'],
    ['null', null, 'null'],
    ['undefined', undefined, 'null'],
    ['a string', '{}', 'string'],
  ])('rejects %s as a document, naming the header', (_name, document, got) => {
    expect(() => serializeJsonHeader('X-Features', document as never)).toThrow(
      new TypeError(
        `The X-Features header must be a plain object (not an array, Map or class instance), got ${got}.`,
      ),
    );
  });

  it('turns JSON.stringify failures into a TypeError naming the header', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => serializeJsonHeader('X-Config', cyclic)).toThrow(
      /^The X-Config header could not be serialised/,
    );
    expect(() => serializeJsonHeader('X-Config', { n: 1n })).toThrow(TypeError);
  });
});

describe('assertHeaderValue', () => {
  it('accepts single-line Latin-1 text', () => {
    expect(() =>
      assertHeaderValue('X-Session-ID', '41b82b31-f97c-11f0-b254-7d965b6bbd63', 'sessionId'),
    ).not.toThrow();
    expect(() => assertHeaderValue('X-Custom', 'café\ttab', 'headers')).not.toThrow();
  });

  it.each([
    ['CRLF', 'abc\r\nX-Injected: 1', 'a line break (CR or LF) at index 3'],
    ['LF', 'abc\n', 'a line break (CR or LF) at index 3'],
    ['CR', '\rabc', 'a line break (CR or LF) at index 0'],
    ['NUL', 'a\0b', 'a NUL character at index 1'],
    ['non-Latin-1', 'key→', 'U+2192 at index 3'],
    ['an emoji', '😀', 'U+D83D at index 0'],
  ])('rejects %s, naming the option and header but not the value', (_name, value, detail) => {
    let error: unknown;
    try {
      assertHeaderValue('X-Api-Key', value, 'llmApiKey');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(
      `llmApiKey (the X-Api-Key header) contains ${detail}; header values must be single-line Latin-1 text.`,
    );
    expect((error as Error).message).not.toContain(value);
  });

  it('rejects what fetch itself would reject', () => {
    for (const value of ['a\r\nb', 'a\0b', 'a→b']) {
      expect(() => new Headers({ 'X-Test': value })).toThrow(TypeError);
      expect(() => assertHeaderValue('X-Test', value)).toThrow('The X-Test header contains');
    }
  });

  it('rejects a value that is not a string', () => {
    expect(() => assertHeaderValue('X-Session-ID', 42, 'sessionId')).toThrow(
      // Not the value: a header value may be a key.
      'sessionId (the X-Session-ID header) must be a string, got number.',
    );
  });
});
