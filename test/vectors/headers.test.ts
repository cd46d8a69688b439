// test-vectors/headers.json: every case's `typescript` call, run through our presets and serialiser, gives the case's
// exact header value. The calls are mapped from ids below (no eval), and the case's `typescript` and `python` strings
// are checked against the same call, so the three cannot drift apart.
import { describe, expect, it } from 'vitest';

import { config, features, policy, serializeJsonHeader } from '../../src/client/security-headers/index.js';
import { duplicateIds, readVectors, validateVectors } from './vectors.js';

interface HeadersCase {
  id: string;
  python: string;
  typescript: string;
  header: 'X-Features' | 'X-Policy' | 'X-Config';
  value: string;
}

const file = readVectors<{ cases: HeadersCase[] }>('headers');

const PRESETS = {
  'features.singleLlm': features.singleLlm,
  'features.dualLlm': features.dualLlm,
  'policy.singleLlm': policy.singleLlm,
  'policy.dualLlm': policy.dualLlm,
  'config.singleLlm': config.singleLlm,
  'config.dualLlm': config.dualLlm,
} as const;
type PresetName = keyof typeof PRESETS;
type OptionsOf<N extends PresetName> = NonNullable<Parameters<(typeof PRESETS)[N]>[0]>;
type OptionValue = boolean | number | string | null | readonly string[];

/** A preset call: its name, and its options (type-checked against the preset's). */
interface Call {
  name: PresetName;
  options: Readonly<Record<string, OptionValue>> | undefined;
}
const call = <N extends PresetName>(name: N, options?: OptionsOf<N>): Call => ({
  name,
  options: options as Call['options'],
});

const CALLS: Record<string, Call> = {
  'features-single-llm': call('features.singleLlm'),
  'features-dual-llm': call('features.dualLlm'),
  'features-dual-llm-toxicity-filter': call('features.dualLlm', { toxicityFilter: true }),
  'features-dual-llm-pii-redaction': call('features.dualLlm', { piiRedaction: true }),
  'features-dual-llm-healthcare-guardrail': call('features.dualLlm', { healthcareGuardrail: true }),
  'features-dual-llm-finance-guardrail': call('features.dualLlm', { financeGuardrail: true }),
  'features-dual-llm-url-blocker': call('features.dualLlm', { urlBlocker: true }),
  'features-dual-llm-file-blocker': call('features.dualLlm', { fileBlocker: true }),
  'features-single-llm-flag-false': call('features.singleLlm', { piiRedaction: false }),
  'features-single-llm-every-flag': call('features.singleLlm', {
    toxicityFilter: true,
    piiRedaction: true,
    healthcareGuardrail: true,
    financeGuardrail: true,
    urlBlocker: true,
    fileBlocker: true,
  }),
  'features-dual-llm-every-flag-any-order': call('features.dualLlm', {
    fileBlocker: true,
    urlBlocker: true,
    financeGuardrail: true,
    healthcareGuardrail: true,
    piiRedaction: true,
    toxicityFilter: true,
  }),
  'features-dual-llm-pii-and-url': call('features.dualLlm', { piiRedaction: true, urlBlocker: true }),
  'policy-single-llm': call('policy.singleLlm'),
  'policy-dual-llm': call('policy.dualLlm'),
  'policy-single-llm-strict': call('policy.singleLlm', { mode: 'strict' }),
  'policy-single-llm-cedar': call('policy.singleLlm', {
    codes: 'permit(principal, action, resource);',
    language: 'cedar',
  }),
  'policy-single-llm-fail-fast': call('policy.singleLlm', { failFast: true }),
  'policy-single-llm-fail-fast-none': call('policy.singleLlm', { failFast: null }),
  'policy-single-llm-presets': call('policy.singleLlm', {
    defaultAllow: false,
    enableLlmBlockedTag: false,
    llmBlockedTagEnforcementLevel: 'soft',
  }),
  'policy-dual-llm-codes-fail-fast': call('policy.dualLlm', {
    codes: 'tool "send_email" { must deny when body.tags overlaps {"secret"}; }',
    failFast: true,
  }),
  'policy-dual-llm-fail-fast-false': call('policy.dualLlm', { failFast: false }),
  'policy-dual-llm-non-ascii-codes': call('policy.dualLlm', {
    codes: '// résumé ✓ 🔒\ntool "send_email" { must deny; }',
  }),
  'policy-dual-llm-custom-auto-gen': call('policy.dualLlm', { mode: 'custom', autoGen: true }),
  'policy-dual-llm-enforcement-levels': call('policy.dualLlm', {
    defaultAllow: false,
    defaultAllowEnforcementLevel: 'hard',
    llmBlockedTagEnforcementLevel: 'soft',
  }),
  'policy-dual-llm-no-non-executable-memory': call('policy.dualLlm', {
    enableNonExecutableMemory: false,
    enableLlmBlockedTag: false,
  }),
  'policy-dual-llm-branching-meta-policy': call('policy.dualLlm', {
    branchingMetaPolicyMode: 'allow',
    branchingMetaPolicyProducers: ['web_search'],
    branchingMetaPolicyTags: ['untrusted'],
    branchingMetaPolicyConsumers: ['send_email'],
  }),
  'policy-dual-llm-every-option': call('policy.dualLlm', {
    mode: 'strict',
    codes: 'tool "send_email" { must deny when body.tags overlaps {"secret"}; }',
    language: 'sqrt',
    autoGen: true,
    failFast: true,
    defaultAllow: false,
    defaultAllowEnforcementLevel: 'hard',
    enableNonExecutableMemory: false,
    branchingMetaPolicyMode: 'allow',
    branchingMetaPolicyProducers: ['read_file'],
    branchingMetaPolicyTags: ['pii'],
    branchingMetaPolicyConsumers: ['http_post'],
    enableLlmBlockedTag: false,
    llmBlockedTagEnforcementLevel: 'soft',
  }),
  'config-single-llm': call('config.singleLlm'),
  'config-dual-llm': call('config.dualLlm'),
  'config-single-llm-max-n-turns': call('config.singleLlm', { maxNTurns: 1 }),
  'config-single-llm-every-option': call('config.singleLlm', {
    minNumToolsForFiltering: 4,
    clearSessionMeta: 'every_turn',
    maxNTurns: 20,
  }),
  'config-single-llm-none-leaves-out': call('config.singleLlm', {
    minNumToolsForFiltering: null,
    maxNTurns: null,
  }),
  'config-dual-llm-turns-and-program': call('config.dualLlm', { maxNTurns: 10, includeProgram: true }),
  'config-dual-llm-no-internal-tools': call('config.dualLlm', { enabledInternalTools: [] }),
  'config-dual-llm-internal-tools': call('config.dualLlm', {
    enabledInternalTools: ['parse_with_ai', 'verify_hypothesis'],
  }),
  'config-dual-llm-rllm': call('config.dualLlm', { disableRllm: false, reducedGrammarForRllmReview: 'bool' }),
  'config-dual-llm-disable-rllm-none': call('config.dualLlm', { disableRllm: null }),
  'config-dual-llm-reduced-grammar-true': call('config.dualLlm', { reducedGrammarForRllmReview: true }),
  'config-dual-llm-planning': call('config.dualLlm', {
    clearHistoryEveryNAttempts: 2,
    enableMultistepPlanning: true,
    pruneFailedSteps: false,
    maxPllmSteps: 8,
    maxPllmFailedSteps: 3,
    maxToolCallsPerStep: 4,
    retryOnPolicyViolation: true,
  }),
  'config-dual-llm-force-to-cache': call('config.dualLlm', { forceToCache: ['^get_.*$', 'search\\d+'] }),
  'config-dual-llm-debug-info': call('config.dualLlm', { pllmDebugInfoLevel: 'extra' }),
  'config-dual-llm-strip-response-content': call('config.dualLlm', { stripResponseContent: true }),
  'config-dual-llm-response-format': call('config.dualLlm', {
    stripResponseContent: false,
    streamThoughts: true,
    includeProgram: true,
    includePolicyCheckHistory: true,
    includeNamespaceSnapshot: true,
  }),
  'config-dual-llm-every-option': call('config.dualLlm', {
    minNumToolsForFiltering: 2,
    clearSessionMeta: 'every_attempt',
    maxNTurns: 3,
    clearHistoryEveryNAttempts: 1,
    disableRllm: false,
    enableMultistepPlanning: true,
    enabledInternalTools: ['set_policy', 'complete_turn'],
    pruneFailedSteps: true,
    forceToCache: ['^read_'],
    maxPllmSteps: 6,
    maxPllmFailedSteps: 2,
    maxToolCallsPerStep: 5,
    reducedGrammarForRllmReview: 'text',
    retryOnPolicyViolation: false,
    pllmDebugInfoLevel: 'minimal',
    stripResponseContent: true,
    streamThoughts: false,
    includeProgram: false,
    includePolicyCheckHistory: false,
    includeNamespaceSnapshot: false,
  }),
};

const HEADERS = { features: 'X-Features', policy: 'X-Policy', config: 'X-Config' } as const;
const PYTHON_CLASSES = {
  features: 'FeaturesHeader',
  policy: 'SecurityPolicyHeader',
  config: 'FineGrainedConfigHeader',
} as const;
/** Python parameters that take a set: written as a set literal in the Python call. */
const PYTHON_SETS = new Set([
  'branching_meta_policy_producers',
  'branching_meta_policy_tags',
  'branching_meta_policy_consumers',
]);

const groupOf = (name: PresetName) => name.split('.')[0] as keyof typeof HEADERS;
const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const escape = (text: string, quote: string): string =>
  text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`).replaceAll('\n', '\\n');

function typescriptLiteral(value: OptionValue): string {
  if (typeof value === 'string') return `'${escape(value, "'")}'`;
  if (Array.isArray(value)) return `[${value.map(typescriptLiteral).join(', ')}]`;
  return String(value);
}

function pythonLiteral(value: OptionValue, asSet: boolean): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') {
    // Python's own choice: single quotes when the text has a double quote and no single quote.
    const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
    return `${quote}${escape(value, quote)}${quote}`;
  }
  if (Array.isArray(value)) {
    const items = value.map((item: string) => pythonLiteral(item, false)).join(', ');
    return asSet ? `{${items}}` : `[${items}]`;
  }
  return String(value);
}

/** How the call is written in TypeScript, e.g. `features.dualLlm({ piiRedaction: true })`. */
function typescriptCall({ name, options }: Call): string {
  const entries = Object.entries(options ?? {});
  if (entries.length === 0) return `${name}()`;
  return `${name}({ ${entries.map(([key, value]) => `${key}: ${typescriptLiteral(value)}`).join(', ')} })`;
}

/** How the same call is written with the Python SDK, e.g. `FeaturesHeader.dual_llm(pii_redaction=True)`. */
function pythonCall({ name, options }: Call): string {
  const [group, method] = name.split('.') as [keyof typeof PYTHON_CLASSES, string];
  const args = Object.entries(options ?? {}).map(([key, value]) => {
    const parameter = snakeCase(key);
    return `${parameter}=${pythonLiteral(value, PYTHON_SETS.has(parameter))}`;
  });
  return `${PYTHON_CLASSES[group]}.${snakeCase(method)}(${args.join(', ')})`;
}

function run({ name, options }: Call): object {
  return (PRESETS[name] as (options?: object) => object)(options);
}

describe('test-vectors/headers.json', () => {
  it('matches its JSON Schema, with unique ids', () => {
    expect(validateVectors('headers', file)).toEqual([]);
    expect(duplicateIds(file.cases)).toEqual([]);
  });

  it('has a call for every case and a case for every call', () => {
    expect(file.cases.map((c) => c.id).sort()).toEqual(Object.keys(CALLS).sort());
  });

  it('covers every preset without options and with options', () => {
    for (const name of Object.keys(PRESETS)) {
      const calls = file.cases.map((c) => CALLS[c.id]).filter((c) => c?.name === name);
      expect(
        calls.some((c) => c?.options === undefined),
        `${name}()`,
      ).toBe(true);
      expect(
        calls.some((c) => c?.options !== undefined),
        `${name}({…})`,
      ).toBe(true);
    }
  });

  describe.each(file.cases)('$id', (vector) => {
    const preset = CALLS[vector.id];

    it('writes the same call in its typescript and python strings', () => {
      expect(preset).toBeDefined();
      expect(vector.typescript).toBe(typescriptCall(preset!));
      expect(vector.python).toBe(pythonCall(preset!));
      expect(vector.header).toBe(HEADERS[groupOf(preset!.name)]);
    });

    it('serialises the preset to the exact header value', () => {
      expect(serializeJsonHeader(vector.header, run(preset!))).toBe(vector.value);
    });
  });
});
