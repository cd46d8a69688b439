// What the spec diff reports: one finding per change, classified for clients as breaking or compatible.

/** Whether a change breaks existing clients. */
export type Severity = 'breaking' | 'compatible';

/** Which way data flows where a schema is used: clients write requests and read responses. */
export type Direction = 'request' | 'response';

/** One change between the two documents. */
export interface Finding {
  readonly severity: Severity;
  /** What kind of change, in kebab-case (`removed-operation`, `new-enum-value`, …); see the README of spec-diff. */
  readonly rule: string;
  /** Where: an operation (`POST /path`), or a schema path (`Response.output[]`) with its direction. */
  readonly location: string;
  /** The change in words, e.g. `string → integer`. */
  readonly detail: string;
}

/** Collects findings once each (a change reached twice, through two paths, is reported once). */
export class Findings {
  readonly #all = new Map<string, Finding>();

  add(severity: Severity, rule: string, location: string, detail: string): void {
    const finding = { severity, rule, location, detail };
    this.#all.set(`${classification(finding)}: ${detail}`, finding);
  }

  /** Adds a change that is breaking in one direction and compatible in the other. */
  addFor(direction: Direction, breakingIn: Direction, rule: string, location: string, detail: string): void {
    this.add(direction === breakingIn ? 'breaking' : 'compatible', rule, location, detail);
  }

  /** Breaking findings first, then by location and rule. */
  list(): Finding[] {
    const order = (f: Finding) => (f.severity === 'breaking' ? 0 : 1);
    return [...this.#all.values()].sort(
      (a, b) => order(a) - order(b) || a.location.localeCompare(b.location) || a.rule.localeCompare(b.rule),
    );
  }
}

/** A finding as one line, `<severity> <rule> <location>`: what the tests compare. */
export const classification = (finding: Finding): string =>
  `${finding.severity} ${finding.rule} ${finding.location}`;
