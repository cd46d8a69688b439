// The spec diff's verdict and its report as text.
import type { Finding } from './findings.js';
import { isBreakingRelease } from './versions.js';

/** The package versions of the two documents, when known. */
export interface Versions {
  readonly old: string | undefined;
  readonly new: string | undefined;
}

/** What the diff concludes. */
export interface Verdict {
  /** Whether the command should fail: breaking changes without a breaking release. */
  readonly fails: boolean;
  /** One sentence saying why. */
  readonly summary: string;
}

export function verdictOf(findings: readonly Finding[], versions: Versions): Verdict {
  const breaking = findings.filter((f) => f.severity === 'breaking').length;
  if (breaking === 0) {
    return {
      fails: false,
      summary:
        findings.length === 0
          ? 'No changes for clients.'
          : 'No breaking changes: existing clients keep working.',
    };
  }
  const changes = `${breaking} breaking change${breaking === 1 ? '' : 's'}`;
  if (
    versions.old !== undefined &&
    versions.new !== undefined &&
    isBreakingRelease(versions.old, versions.new)
  ) {
    return {
      fails: false,
      summary: `${changes}, allowed by the breaking release ${versions.old} → ${versions.new}.`,
    };
  }
  const release =
    versions.old === undefined || versions.new === undefined
      ? 'and no versions to compare'
      : `without a breaking release (${versions.old} → ${versions.new})`;
  return {
    fails: true,
    summary:
      `${changes} ${release}: make the change compatible, or raise the major version ` +
      '(the minor version while it is 0.x) in package.json.',
  };
}

/** The report: the two sources, the breaking and the compatible changes, and the verdict. */
export function formatReport(
  sources: { old: string; new: string },
  versions: Versions,
  findings: readonly Finding[],
  verdict: Verdict,
): string {
  const version = (v: string | undefined) => (v === undefined ? '' : ` (${v})`);
  const lines = [
    `Spec diff: ${sources.old}${version(versions.old)} → ${sources.new}${version(versions.new)}`,
  ];
  for (const severity of ['breaking', 'compatible'] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const width = Math.max(...group.map((f) => f.rule.length));
    lines.push('', `${severity === 'breaking' ? 'Breaking' : 'Compatible'} changes (${group.length}):`);
    for (const f of group) lines.push(`  ${f.rule.padEnd(width)}  ${f.location}: ${f.detail}`);
  }
  lines.push('', verdict.summary);
  return lines.join('\n');
}
