// The demo's closing table: one row per step with its session, requests, tokens and timings.
import type { TokenUsage } from './meter.js';

/** What the table shows of one step. */
export interface StepSummary {
  title: string;
  /** `completed`, `denied`, `failed: …`. */
  outcome: string;
  sessionId: string | undefined;
  requests: number;
  usage: TokenUsage | undefined;
  /** Milliseconds to the first text delta; `undefined` for a step that does not stream. */
  firstTokenMs: number | undefined;
  totalMs: number;
}

/** The column titles, in order. */
export const COLUMNS = [
  'step',
  'outcome',
  'session id',
  'requests',
  'tokens in / out / total',
  'first token',
  'total',
] as const;

const milliseconds = (ms: number | undefined): string => (ms === undefined ? '—' : `${Math.round(ms)} ms`);

/** The cells of one row, as text. */
export function summaryCells(step: StepSummary): string[] {
  return [
    step.title,
    step.outcome,
    step.sessionId ?? '—',
    String(step.requests),
    step.usage ? `${step.usage.input} / ${step.usage.output} / ${step.usage.total}` : '—',
    milliseconds(step.firstTokenMs),
    milliseconds(step.totalMs),
  ];
}

/** A plain-text table: a header, a rule, one line per step; numbers right-aligned. */
export function formatSummaryTable(steps: readonly StepSummary[]): string {
  const rows = [[...COLUMNS], ...steps.map(summaryCells)];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const rightAligned = new Set([3, 4, 5, 6]);
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}
