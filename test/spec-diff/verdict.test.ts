// When the spec diff fails: breaking changes fail it unless the package version makes a breaking release.
import { describe, expect, it } from 'vitest';

import type { Finding } from '../../scripts/lib/spec-diff/findings.js';
import { formatReport, verdictOf } from '../../scripts/lib/spec-diff/report.js';
import { compareVersions, isBreakingRelease } from '../../scripts/lib/spec-diff/versions.js';

const breaking: Finding = {
  severity: 'breaking',
  rule: 'removed-operation',
  location: 'POST /pets',
  detail: 'removed',
};
const compatible: Finding = {
  severity: 'compatible',
  rule: 'new-response-property',
  location: 'Pet.born (response)',
  detail: 'added',
};

describe('compareVersions', () => {
  it.each([
    ['0.0.0', '0.1.0', -1],
    ['0.1.0', '0.0.0', 1],
    ['1.2.3', '1.2.3', 0],
    ['1.10.0', '1.9.9', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.2.3-beta.1', '1.2.3', 0],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });

  it('refuses a version that is not major.minor.patch', () => {
    expect(() => compareVersions('0.1.0', 'latest')).toThrow('"latest" is not a semver version');
  });
});

describe('isBreakingRelease', () => {
  it.each([
    ['0.1.0', '0.1.1', false],
    ['0.1.0', '0.2.0', true],
    ['0.9.3', '1.0.0', true],
    ['1.2.3', '1.3.0', false],
    ['1.2.3', '2.0.0', true],
    ['2.0.0', '1.9.0', false],
    ['1.0.0', '1.0.0', false],
    ['1.4.0-beta.1', '2.0.0-rc.1', true],
    ['v1.0.0', 'v2.0.0', true],
  ])('%s → %s: %s', (before, after, expected) => {
    expect(isBreakingRelease(before, after)).toBe(expected);
  });

  it('refuses a version that is not major.minor.patch', () => {
    expect(() => isBreakingRelease('1.0', '2.0.0')).toThrow('"1.0" is not a semver version');
  });
});

describe('verdictOf', () => {
  it.each<[string, Finding[], { old: string; new: string }, boolean, RegExp]>([
    ['no changes', [], { old: '1.0.0', new: '1.0.0' }, false, /^No changes for clients\.$/],
    ['compatible changes only', [compatible], { old: '1.0.0', new: '1.0.1' }, false, /^No breaking changes/],
    [
      'a breaking change in a minor release',
      [breaking, compatible],
      { old: '1.0.0', new: '1.1.0' },
      true,
      /^1 breaking change without a breaking release \(1\.0\.0 → 1\.1\.0\)/,
    ],
    [
      'a breaking change in a major release',
      [breaking, breaking],
      { old: '1.0.0', new: '2.0.0' },
      false,
      /^2 breaking changes, allowed by the breaking release 1\.0\.0 → 2\.0\.0\.$/,
    ],
    [
      'a breaking change in a 0.x minor release',
      [breaking],
      { old: '0.1.0', new: '0.2.0' },
      false,
      /allowed by the breaking release 0\.1\.0 → 0\.2\.0/,
    ],
  ])('%s', (_what, findings, versions, fails, summary) => {
    const verdict = verdictOf(findings, versions);
    expect(verdict.fails).toBe(fails);
    expect(verdict.summary).toMatch(summary);
  });
});

describe('formatReport', () => {
  it('lists the breaking changes, then the compatible ones, then the verdict', () => {
    const versions = { old: '1.0.0', new: '1.1.0' };
    const findings = [breaking, compatible];
    const report = formatReport(
      { old: 'old.yaml', new: 'new.yaml' },
      versions,
      findings,
      verdictOf(findings, versions),
    );
    expect(report.split('\n')).toEqual([
      'Spec diff: old.yaml (1.0.0) → new.yaml (1.1.0)',
      '',
      'Breaking changes (1):',
      '  removed-operation  POST /pets: removed',
      '',
      'Compatible changes (1):',
      '  new-response-property  Pet.born (response): added',
      '',
      '1 breaking change without a breaking release (1.0.0 → 1.1.0): make the change compatible, or raise the ' +
        'major version (the minor version while it is 0.x) in package.json.',
    ]);
  });
});
