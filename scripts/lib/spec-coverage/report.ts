// The words of `npm run spec:coverage`: the findings grouped by kind, each with where the walk met it.
import type { Finding } from './compare.js';

const HEADINGS: Record<Finding['kind'], string> = {
  member: 'Union members (a `type` tag no spec alternative carries)',
  property: 'Properties',
  value: 'Values of closed string unions',
  deprecated: 'Deprecated in openai, not marked `deprecated: true` in the spec',
};

/** The name of a finding as the report and the counts use it: `Owner.name`, or `Owner: "value"`. */
export const findingName = (finding: Finding): string =>
  finding.kind === 'value' || finding.kind === 'member'
    ? `${finding.owner}: ${JSON.stringify(finding.name)}${finding.declaration ? ` (${finding.declaration})` : ''}`
    : `${finding.owner}.${finding.name}`;

/** The report: a headline, then one section per kind that has findings, then what was left out on purpose. */
export function formatReport(
  source: { openai: string; spec: string },
  findings: readonly Finding[],
  leftOut: readonly string[],
): string {
  const lines = [
    `spec:coverage: ${source.spec} against ${source.openai}`,
    findings.length === 0
      ? 'Everything reachable from the compared openai types is in the spec, but for what is left out below.'
      : `${findings.length} name${findings.length === 1 ? '' : 's'} missing from the spec:`,
  ];
  for (const kind of ['member', 'property', 'value', 'deprecated'] as const) {
    const ofKind = findings.filter((finding) => finding.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${ofKind.length}):`);
    const rows = ofKind.map((finding) => [findingName(finding), finding.path] as const);
    rows.sort(([a], [b]) => a.localeCompare(b));
    for (const [name, path] of rows) lines.push(`  ${name}${path === name ? '' : `    at ${path}`}`);
  }
  lines.push('', 'Left out on purpose:', ...leftOut.map((line) => `  ${line}`));
  return lines.join('\n');
}
