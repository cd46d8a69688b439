// The emulator reads `X-Policy` `codes.code` from the wire with regular expressions (src/testing/policy.ts): 1 MiB
// shaped to make them backtrack (unclosed blocks and tag sets, nested braces, endless rule prefixes) is read in
// linear time. A quadratic pattern would take hours here; the generous per-case timeout is the bound.
import { describe, expect, it } from 'vitest';
import { denyRules, firstDenied, tagRules } from '../../src/testing/policy.js';

const MIB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MIB / unit.length));

describe('policy rules from a hostile X-Policy', () => {
  it.each([
    'tool "a" {',
    'tool "a" { must deny when body.tags superset of {',
    'tool "a" -> @tags |= {"x"',
    'tool "a" {{}',
    '{"x"} ',
    'deny ',
    'tool "',
  ])(
    'reads 1 MiB of %j without backtracking, finding no rule',
    (unit) => {
      const policy = { codes: { code: fill(unit) } };
      expect(denyRules(policy)).toEqual([]);
      expect(tagRules(policy).size).toBe(0);
    },
    10_000,
  );

  it('reads 1 MiB of complete rules, finding every one', () => {
    const rule = 'tool "t" -> @tags |= {"x"};\ntool "s" { must deny when body.tags superset of {"x"}; }\n';
    const policy = { codes: { code: fill(rule) } };
    const count = Math.ceil(MIB / rule.length);
    expect(denyRules(policy)).toHaveLength(count);
    expect(tagRules(policy)).toEqual(new Map([['t', ['x']]]));
    expect(firstDenied(denyRules(policy), ['t', 's'], tagRules(policy))?.tool).toBe('s');
  }, 10_000);
});
