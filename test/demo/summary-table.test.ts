// The demo's closing table.
import { describe, expect, it } from 'vitest';
import { formatSummaryTable } from '../../scripts/demo/summary-table.js';

describe('formatSummaryTable', () => {
  it('aligns the columns, right-aligns the numbers and writes — for what a step did not measure', () => {
    const table = formatSummaryTable([
      {
        title: 'streamed answer',
        outcome: 'completed',
        sessionId: 's-1',
        requests: 1,
        usage: { input: 18, output: 11, total: 29 },
        firstTokenMs: 151.6,
        totalMs: 420.2,
      },
      {
        title: 'policy denial',
        outcome: 'failed (APIConnectionError)',
        sessionId: undefined,
        requests: 12,
        usage: undefined,
        firstTokenMs: undefined,
        totalMs: 3,
      },
    ]);
    expect(table.split('\n')).toEqual([
      'step             outcome                      session id  requests  tokens in / out / total  first token   total',
      '---------------  ---------------------------  ----------  --------  -----------------------  -----------  ------',
      'streamed answer  completed                    s-1                1             18 / 11 / 29       152 ms  420 ms',
      'policy denial    failed (APIConnectionError)  —                 12                        —            —    3 ms',
    ]);
  });
});
