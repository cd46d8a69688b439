// A tiny subset of a policy language, enough to emulate a denial: `deny <tool>` lines in `X-Policy` `codes.code`.
import type { PolicyHeader } from '../types.js';

/** One rule that denies a tool. */
export interface DenyRule {
  tool: string;
  /** 1-based line of the rule in `codes.code`. */
  line: number;
}

const DENY = /^deny\s+(?:tool\s+)?(["']?)([A-Za-z_][\w.-]*)\1\s*;?$/i;

/**
 * The deny rules of a policy. In `codes.code` (any `language`), each line of the form `deny <tool>`,
 * `deny tool <tool>` or `deny "<tool>"`, optionally ending with `;`, denies every call of that function tool. Text
 * after `//` or `#` is a comment; every other line is ignored (the emulator does not interpret real SQRT or Cedar).
 */
export function denyRules(policy: PolicyHeader | undefined): DenyRule[] {
  const code = policy?.codes?.code;
  if (typeof code !== 'string') return [];
  return code.split(/\r\n|\r|\n/).flatMap((text, index) => {
    const match = DENY.exec(text.replace(/(\/\/|#).*$/, '').trim());
    return match ? [{ tool: match[2] as string, line: index + 1 }] : [];
  });
}

/** The first of `tools` that a rule denies, with its rule. */
export function firstDenied(rules: readonly DenyRule[], tools: readonly string[]): DenyRule | undefined {
  for (const tool of tools) {
    const rule = rules.find((candidate) => candidate.tool === tool);
    if (rule) return rule;
  }
  return undefined;
}

/** The message of a denial (the wording Sequrity uses: `'<tool>' is denied`). */
export function denialMessage(rule: DenyRule): string {
  return `Tool call '${rule.tool}' is denied by the security policy (rule "deny ${rule.tool}" on line ${rule.line} of codes.code).`;
}
