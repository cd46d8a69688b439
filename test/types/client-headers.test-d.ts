// Compile-time behaviour of the security-header builders, the retry policy types and the dual-LLM result. Each
// `@ts-expect-error` marks code that must not compile; vitest's typecheck fails if the error disappears.
import { describe, expectTypeOf, it } from 'vitest';

import { parseDualLlmResult, type ParsedDualLlmResult } from '../../src/client/dual-llm-result.js';
import { shouldRetry, type AttemptOutcome, type RetryDelay, retryDelayMs } from '../../src/client/retry.js';
import {
  config,
  features,
  mergeHeaderOverrides,
  policy,
  serializeJsonHeader,
  type DualLlmConfigOptions,
  type DualLlmPolicyOptions,
  type HeaderDocument,
} from '../../src/client/security-headers/index.js';
import { sessionIdFromCallId } from '../../src/client/sessions.js';
import type {
  ConfigHeader,
  DualLlmResult,
  FeaturesHeader,
  FsmConfig,
  PolicyHeader,
  PolicyPresets,
  Response as ResponseObject,
} from '../../src/types.js';

declare const response: ResponseObject;

describe('header builders', () => {
  it('return the generated wire types', () => {
    expectTypeOf(features.singleLlm()).toEqualTypeOf<FeaturesHeader>();
    expectTypeOf(features.dualLlm({ piiRedaction: true })).toEqualTypeOf<FeaturesHeader>();
    expectTypeOf(policy.singleLlm()).toEqualTypeOf<PolicyHeader>();
    expectTypeOf(policy.dualLlm({ codes: 'x' })).toEqualTypeOf<PolicyHeader>();
    expectTypeOf(config.singleLlm()).toEqualTypeOf<ConfigHeader>();
    expectTypeOf(config.dualLlm({ maxNTurns: 3 })).toEqualTypeOf<ConfigHeader>();
  });

  it('take option types from the generated schemas', () => {
    expectTypeOf<NonNullable<DualLlmPolicyOptions['mode']>>().toEqualTypeOf<
      NonNullable<PolicyHeader['mode']>
    >();
    expectTypeOf<NonNullable<DualLlmPolicyOptions['defaultAllowEnforcementLevel']>>().toEqualTypeOf<
      NonNullable<PolicyPresets['default_allow_enforcement_level']>
    >();
    expectTypeOf<DualLlmConfigOptions['clearSessionMeta']>().toEqualTypeOf<FsmConfig['clear_session_meta']>();
  });

  it('reject misspelled options and wrong enum values', () => {
    // @ts-expect-error `toxicity` is not an option (it is `toxicityFilter`)
    features.singleLlm({ toxicity: true });
    // @ts-expect-error flags are booleans
    features.dualLlm({ urlBlocker: 'yes' });
    // @ts-expect-error `paranoid` is not a policy mode
    policy.dualLlm({ mode: 'paranoid' });
    // @ts-expect-error `python` is not a policy language
    policy.singleLlm({ language: 'python' });
    // @ts-expect-error the snake_case wire name is not an option name
    policy.dualLlm({ auto_gen: true });
    // @ts-expect-error `autoGen` is a dual-LLM option; the Python single_llm preset does not take it
    policy.singleLlm({ autoGen: true });
    // @ts-expect-error `medium` is not an enforcement level
    policy.dualLlm({ llmBlockedTagEnforcementLevel: 'medium' });
    // @ts-expect-error a string is not a set of producers (it would split into characters)
    policy.dualLlm({ branchingMetaPolicyProducers: 'tool_a' });
    // @ts-expect-error `sometimes` is not a clear_session_meta value
    config.singleLlm({ clearSessionMeta: 'sometimes' });
    // @ts-expect-error `maxTurns` is misspelled (it is `maxNTurns`)
    config.dualLlm({ maxTurns: 3 });
    // @ts-expect-error `includeProgram` is a dual-LLM option
    config.singleLlm({ includeProgram: true });
    // @ts-expect-error `search` is not an internal tool
    config.dualLlm({ enabledInternalTools: ['search'] });
    // @ts-expect-error `verbose` is not a debug info level
    config.dualLlm({ pllmDebugInfoLevel: 'verbose' });
  });

  it('accept undefined and null where Python accepts None', () => {
    policy.dualLlm({ failFast: null, mode: undefined, branchingMetaPolicyTags: null });
    config.dualLlm({
      maxNTurns: null,
      disableRllm: null,
      reducedGrammarForRllmReview: 'text',
      forceToCache: null,
    });
    policy.dualLlm({ branchingMetaPolicyTags: new Set(['a']) });
  });

  it('merge into a header document and serialise wire objects', () => {
    expectTypeOf(
      mergeHeaderOverrides(policy.dualLlm(), { presets: { x: 1 } }),
    ).toEqualTypeOf<HeaderDocument>();
    expectTypeOf(mergeHeaderOverrides(undefined, { a: 1 })).toEqualTypeOf<HeaderDocument | undefined>();
    const wire: FeaturesHeader = { agent_arch: 'dual-llm' };
    expectTypeOf(serializeJsonHeader('X-Features', wire)).toEqualTypeOf<string>();
    // @ts-expect-error a header document is an object, not a string
    serializeJsonHeader('X-Features', '{"agent_arch":"dual-llm"}');
  });
});

describe('retry policy', () => {
  it('types outcomes by kind and delays by decision', () => {
    expectTypeOf(shouldRetry({ kind: 'timeout' }, { attempt: 1, maxRetries: 2 })).toEqualTypeOf<boolean>();
    // @ts-expect-error a connection outcome must say whether the request was sent
    const missing: AttemptOutcome = { kind: 'connection' };
    void missing;
    const delay = retryDelayMs(undefined, 1);
    expectTypeOf(delay).toEqualTypeOf<RetryDelay>();
    if (delay.retry) expectTypeOf(delay.delayMs).toEqualTypeOf<number>();
    else expectTypeOf(delay.retryAfterMs).toEqualTypeOf<number>();
  });
});

describe('results and sessions', () => {
  it('parse to a DualLlmResult with raw, issues and open extra keys', () => {
    const result = parseDualLlmResult('{}');
    expectTypeOf(result).toEqualTypeOf<ParsedDualLlmResult>();
    expectTypeOf(result).toMatchTypeOf<DualLlmResult>();
    expectTypeOf(result.status).toEqualTypeOf<'success' | 'failure' | 'unknown'>();
    expectTypeOf(result.raw).toEqualTypeOf<string>();
    expectTypeOf(result['extra']).toEqualTypeOf<unknown>();
    expectTypeOf(parseDualLlmResult(response)).toEqualTypeOf<ParsedDualLlmResult>();
    // @ts-expect-error a number is neither a text nor a response
    parseDualLlmResult(97);
    expectTypeOf(sessionIdFromCallId('tc-x')).toEqualTypeOf<string | undefined>();
  });
});
