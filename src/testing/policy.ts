// A tiny subset of the policy languages, enough to emulate a denial from `X-Policy` `codes.code`: the emulator's
// `deny <tool>` lines, and SQRT's simplest tag rule (a tool's results carry tags; a tool must deny arguments that
// carry them), the one the demo sends.
import type { PolicyHeader } from '../types.js';

/** One rule that denies a tool: always (`deny <tool>`), or when its arguments carry every tag of `whenTags`. */
export interface DenyRule {
  tool: string;
  /** 1-based line of the rule in `codes.code`. */
  line: number;
  /** The SQRT rule's text, for the message; a `deny <tool>` line has none. */
  text?: string;
  /** The tags whose presence denies the call (SQRT `must deny when body.tags superset of {…}`). */
  whenTags?: readonly string[];
}

const DENY = /^deny\s+(?:tool\s+)?(["']?)([A-Za-z_][\w.-]*)\1\s*;?$/i;
// SQRT: `tool "<name>" -> @tags |= {"a", "b"};` and `tool "<name>" { must deny when body.tags superset of {"a"}; }`.
const TAGGING = /tool\s+"([^"\n]+)"\s*->\s*@tags\s*\|=\s*\{([^{}]*)\}\s*;/g;
// A block's body may hold tag sets (`{"a"}`), one level of braces.
const BLOCK = /tool\s+"([^"\n]+)"\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;
const MUST_DENY = /must\s+deny\s+when\s+body\.tags\s+superset\s+of\s+\{([^{}]*)\}\s*;?/g;

/** `codes.code` without comments (text after `//` or `#`), its lines kept in place. */
function codeOf(policy: PolicyHeader | undefined): string {
  const code = policy?.codes?.code;
  if (typeof code !== 'string') return '';
  return code
    .split(/\r\n|\r|\n/)
    .map((text) => text.replace(/(\/\/|#).*$/, ''))
    .join('\n');
}

const tagsOf = (list: string): string[] =>
  [...list.matchAll(/"([^"\n]*)"/g)].map((match) => match[1] as string);
/** The 1-based line of each offset of `code`, by binary search over its line starts (linear in all). */
function lineFinder(code: string): (index: number) => number {
  const starts = [0];
  for (let at = code.indexOf('\n'); at !== -1; at = code.indexOf('\n', at + 1)) starts.push(at + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * The deny rules of a policy. In `codes.code` (any `language`), each line of the form `deny <tool>`,
 * `deny tool <tool>` or `deny "<tool>"`, optionally ending with `;`, denies every call of that function tool; a
 * SQRT block `tool "<tool>" { must deny when body.tags superset of {"<tag>", …}; }` denies a call whose arguments
 * carry all those tags (see {@link tagRules}). Text after `//` or `#` is a comment; everything else is ignored (the
 * emulator does not interpret the rest of SQRT, or Cedar).
 */
export function denyRules(policy: PolicyHeader | undefined): DenyRule[] {
  const code = codeOf(policy);
  const lines = code.split('\n').flatMap((text, index) => {
    const match = DENY.exec(text.trim());
    return match ? [{ tool: match[2] as string, line: index + 1 }] : [];
  });
  const lineAt = lineFinder(code);
  const blocks = [...code.matchAll(BLOCK)].flatMap((block) =>
    [...(block[2] as string).matchAll(MUST_DENY)].map((rule) => ({
      tool: block[1] as string,
      line: lineAt((block.index ?? 0) + block[0].indexOf(block[2] as string) + (rule.index ?? 0)),
      text: rule[0].replace(/\s+/g, ' ').replace(/\s*;$/, ''),
      whenTags: tagsOf(rule[1] as string),
    })),
  );
  return [...lines, ...blocks].sort((a, b) => a.line - b.line);
}

/** The tags each tool's results carry: SQRT `tool "<tool>" -> @tags |= {"<tag>", …};` (merged when repeated). */
export function tagRules(policy: PolicyHeader | undefined): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [, tool, list] of codeOf(policy).matchAll(TAGGING)) {
    tags.set(tool as string, [...new Set([...(tags.get(tool as string) ?? []), ...tagsOf(list as string)])]);
  }
  return tags;
}

/**
 * The first of `tools` (called in that order) that a rule denies. The emulated planner has no data flow of its
 * own, so every call is taken to receive everything produced before it: the results of `earlier` tools (whose
 * outputs the request sends back) and of the tools before it in `tools`, with the tags {@link tagRules} gives them.
 */
export function firstDenied(
  rules: readonly DenyRule[],
  tools: readonly string[],
  tags: ReadonlyMap<string, readonly string[]> = new Map(),
  earlier: readonly string[] = [],
): DenyRule | undefined {
  const carried = new Set(earlier.flatMap((tool) => tags.get(tool) ?? []));
  for (const tool of tools) {
    const rule = rules.find(
      (candidate) => candidate.tool === tool && (candidate.whenTags ?? []).every((tag) => carried.has(tag)),
    );
    if (rule) return rule;
    for (const tag of tags.get(tool) ?? []) carried.add(tag);
  }
  return undefined;
}

/** The message of a denial (the wording Sequrity uses: `'<tool>' is denied`). */
export function denialMessage(rule: DenyRule): string {
  return `Tool call '${rule.tool}' is denied by the security policy (rule "${rule.text ?? `deny ${rule.tool}`}" on line ${rule.line} of codes.code).`;
}
