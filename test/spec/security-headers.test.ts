import { describe, expect, it } from 'vitest';

import { describeErrors, errorSites, validateAgainst } from '../helpers/spec-tooling.js';

describe('the OpenAPI spec', () => {
  describe('security header documents', () => {
    // The exact JSON the Sequrity Python SDK's presets produce (sequrity-ai/sequrity-api,
    // `src/sequrity/control/types/headers.py`).
    const presets: [schema: string, preset: string, json: string][] = [
      ['FeaturesHeader', 'FeaturesHeader.single_llm()', '{"agent_arch":"single-llm"}'],
      ['FeaturesHeader', 'FeaturesHeader.dual_llm()', '{"agent_arch":"dual-llm"}'],
      [
        'FeaturesHeader',
        'FeaturesHeader.dual_llm(every flag True) (built by the preset rules)',
        '{"agent_arch":"dual-llm","content_classifiers":[{"name":"toxicity_filter","threshold":0.5},{"name":"pii_redaction","threshold":0.5},{"name":"healthcare_topic_guardrail","threshold":0.5},{"name":"finance_topic_guardrail","threshold":0.5}],"content_blockers":[{"name":"url_blocker"},{"name":"file_blocker"}]}',
      ],
      [
        'PolicyHeader',
        'SecurityPolicyHeader.dual_llm()',
        '{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,"default_allow_enforcement_level":"soft","enable_non_executable_memory":true,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,"llm_blocked_tag_enforcement_level":"hard"}}',
      ],
      [
        'PolicyHeader',
        'SecurityPolicyHeader.single_llm()',
        '{"mode":"standard","codes":{"code":"","language":"sqrt"},"auto_gen":false,"presets":{"default_allow":true,"default_allow_enforcement_level":"soft","enable_non_executable_memory":false,"branching_meta_policy":{"mode":"deny","producers":[],"tags":[],"consumers":[]},"enable_llm_blocked_tag":true,"llm_blocked_tag_enforcement_level":"hard"}}',
      ],
      [
        'ConfigHeader',
        'FineGrainedConfigHeader.single_llm()',
        '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":50}}',
      ],
      [
        'ConfigHeader',
        'FineGrainedConfigHeader.dual_llm()',
        '{"fsm":{"min_num_tools_for_filtering":10,"clear_session_meta":"never","max_n_turns":5,"disable_rllm":true}}',
      ],
    ];

    it.each(presets)('%s accepts the output of %s', (schema, _, json) => {
      expect(describeErrors(validateAgainst(schema, JSON.parse(json)))).toEqual([]);
    });

    it.each([
      [
        'FeaturesHeader',
        'an unknown top-level field',
        { agent_arch: 'dual-llm', arch: 'dual-llm' },
        '/',
        'additionalProperties',
      ],
      ['FeaturesHeader', "agent_arch 'triple-llm'", { agent_arch: 'triple-llm' }, '/agent_arch', 'enum'],
      [
        'FeaturesHeader',
        'a misspelled classifier name',
        { content_classifiers: [{ name: 'toxicity_filtre' }] },
        '/content_classifiers/0/name',
        'enum',
      ],
      [
        'FeaturesHeader',
        'a classifier threshold above 1',
        { content_classifiers: [{ name: 'pii_redaction', threshold: 1.5 }] },
        '/content_classifiers/0/threshold',
        'maximum',
      ],
      [
        'FeaturesHeader',
        "blocker 'image_blocker'",
        { content_blockers: [{ name: 'image_blocker' }] },
        '/content_blockers/0/name',
        'enum',
      ],
      [
        'PolicyHeader',
        'an unknown top-level field',
        { mode: 'standard', policy: 'strict' },
        '/',
        'additionalProperties',
      ],
      ['PolicyHeader', "mode 'lenient'", { mode: 'lenient' }, '/mode', 'enum'],
      ['PolicyHeader', 'codes as a bare string', { codes: 'tool "x" { must deny }' }, '/codes', 'anyOf'],
      [
        'PolicyHeader',
        "enforcement level 'medium'",
        { presets: { default_allow_enforcement_level: 'medium' } },
        '/presets/default_allow_enforcement_level',
        'enum',
      ],
      [
        'ConfigHeader',
        'an unknown top-level field',
        { fsm: { max_n_turns: 5 }, session: {} },
        '/',
        'additionalProperties',
      ],
      [
        'ConfigHeader',
        "fsm.clear_session_meta 'sometimes'",
        { fsm: { clear_session_meta: 'sometimes' } },
        '/fsm/clear_session_meta',
        'enum',
      ],
      ['ConfigHeader', 'an unknown fsm field', { fsm: { max_turns: 5 } }, '/fsm', 'additionalProperties'],
      ['ConfigHeader', 'fsm.max_n_turns 0', { fsm: { max_n_turns: 0 } }, '/fsm/max_n_turns', 'minimum'],
    ])('%s rejects %s', (schema, _, document, instancePath, keyword) => {
      expect(errorSites(validateAgainst(schema, document))).toContainEqual([instancePath, keyword]);
    });
  });
});
