/**
 * The `X-Features` presets: the same documents as the Python SDK's `FeaturesHeader.single_llm()` / `dual_llm()`.
 *
 * @module
 */
import type { ContentBlocker, ContentClassifier, FeaturesHeader } from '../../types.js';
import { checkFields, type OptionKind } from '../option-kinds.js';

/** Options of {@link features}`.singleLlm` and `.dualLlm`: which content classifiers and blockers to turn on. */
export interface FeaturesPresetOptions {
  /**
   * Add the `toxicity_filter` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly toxicityFilter?: boolean | undefined;
  /**
   * Add the `pii_redaction` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly piiRedaction?: boolean | undefined;
  /**
   * Add the `healthcare_topic_guardrail` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly healthcareGuardrail?: boolean | undefined;
  /**
   * Add the `finance_topic_guardrail` classifier (threshold 0.5).
   * @defaultValue false
   */
  readonly financeGuardrail?: boolean | undefined;
  /**
   * Add the `url_blocker` content blocker.
   * @defaultValue false
   */
  readonly urlBlocker?: boolean | undefined;
  /**
   * Add the `file_blocker` content blocker.
   * @defaultValue false
   */
  readonly fileBlocker?: boolean | undefined;
}

/** Each preset's options and what they must be: plain JavaScript gets the checks TypeScript gives. */
const FEATURES_FIELDS: { readonly [Name in keyof FeaturesPresetOptions]-?: OptionKind } = {
  toxicityFilter: 'boolean',
  piiRedaction: 'boolean',
  healthcareGuardrail: 'boolean',
  financeGuardrail: 'boolean',
  urlBlocker: 'boolean',
  fileBlocker: 'boolean',
};

function buildFeatures(
  arch: NonNullable<FeaturesHeader['agent_arch']>,
  options: FeaturesPresetOptions,
): FeaturesHeader {
  const preset = arch === 'dual-llm' ? 'features.dualLlm' : 'features.singleLlm';
  checkFields(`${preset} options`, options, FEATURES_FIELDS, `${preset}: `);
  // The order of both lists is the Python SDK's: toxicity, pii, healthcare, finance / url, file.
  const classifiers: ContentClassifier[] = [];
  if (options.toxicityFilter === true) classifiers.push({ name: 'toxicity_filter', threshold: 0.5 });
  if (options.piiRedaction === true) classifiers.push({ name: 'pii_redaction', threshold: 0.5 });
  if (options.healthcareGuardrail === true)
    classifiers.push({ name: 'healthcare_topic_guardrail', threshold: 0.5 });
  if (options.financeGuardrail === true)
    classifiers.push({ name: 'finance_topic_guardrail', threshold: 0.5 });
  const blockers: ContentBlocker[] = [];
  if (options.urlBlocker === true) blockers.push({ name: 'url_blocker' });
  if (options.fileBlocker === true) blockers.push({ name: 'file_blocker' });
  const header: FeaturesHeader = { agent_arch: arch };
  // An empty list is left out, not sent as `[]`, as in the Python presets.
  if (classifiers.length > 0) header.content_classifiers = classifiers;
  if (blockers.length > 0) header.content_blockers = blockers;
  return header;
}

/**
 * Presets for the `X-Features` header. Each returns a new {@link FeaturesHeader} equal to the Python SDK's
 * `FeaturesHeader.single_llm(…)` / `dual_llm(…)` for the same flags.
 *
 * @example
 * ```ts
 * features.dualLlm({ piiRedaction: true, urlBlocker: true });
 * // {"agent_arch":"dual-llm","content_classifiers":[{"name":"pii_redaction","threshold":0.5}],
 * //  "content_blockers":[{"name":"url_blocker"}]}
 * ```
 */
export const features = {
  /**
   * Single-LLM architecture: `{"agent_arch":"single-llm"}`, plus the classifiers and blockers turned on.
   * @param options - Classifiers and blockers to turn on; none by default.
   */
  singleLlm(options: FeaturesPresetOptions = {}): FeaturesHeader {
    return buildFeatures('single-llm', options);
  },
  /**
   * Dual-LLM architecture: `{"agent_arch":"dual-llm"}`, plus the classifiers and blockers turned on.
   * @param options - Classifiers and blockers to turn on; none by default.
   */
  dualLlm(options: FeaturesPresetOptions = {}): FeaturesHeader {
    return buildFeatures('dual-llm', options);
  },
} as const;
