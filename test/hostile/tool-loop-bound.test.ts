// A server that asks for thousands of function calls in every round once made the tool loop run a local tool
// without bound (5,000 calls × 9 rounds ran it 45,000 times). `maxToolCallsPerRound` (default 128) now ends such a
// round with ToolLoopLimitError before any tool runs.
import { describe, expect, it } from 'vitest';
import { functionTool } from '../../src/client/function-tools.js';
import { ToolLoopLimitError } from '../../src/client/tool-loop.js';
import { functionCall, useToolServer, type Answer, type Turn } from '../helpers/tool-server.js';

const { serve, client } = useToolServer();

/** Every round: 5,000 calls of the one tool. */
const flood = (turn: Turn): Answer => ({
  output: Array.from({ length: 5_000 }, (_, i) => functionCall(turn.session, 'touch_file', { index: i })),
});

describe('a server asking for 5,000 function calls in every round', () => {
  it.each([false, true])(
    'ends the loop at the first round without running the tool (stream: %s)',
    async (stream) => {
      const s = await serve(flood);
      let runs = 0;
      const tool = functionTool({ name: 'touch_file', parameters: { type: 'object' }, run: () => ++runs });
      const body = { model: 'gpt-5-mini', input: 'Tidy up.', tools: [tool] };
      const loop = client(s).responses;
      const error = await (stream ? loop.runToolsStream(body).finalResponse() : loop.runTools(body)).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ToolLoopLimitError);
      expect(error).toMatchObject({ limit: 'maxToolCallsPerRound', calls: 5_000 });
      expect((error as Error).message).toContain('maxToolCallsPerRound (128)');
      expect(runs).toBe(0);
      expect(s.turns).toHaveLength(1);
    },
  );

  it('runs at most maxToolCallsPerRound × maxRounds tools when the caller raises the bound', async () => {
    const s = await serve(flood);
    let runs = 0;
    const tool = functionTool({ name: 'touch_file', parameters: { type: 'object' }, run: () => ++runs });
    const error = await client(s)
      .responses.runTools(
        { model: 'gpt-5-mini', input: 'Tidy up.', tools: [tool] },
        { maxToolCallsPerRound: 5_000, maxRounds: 2 },
      )
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'ToolLoopLimitError', limit: 'maxRounds', calls: 5_000 });
    expect(runs).toBe(5_000);
    expect(s.turns).toHaveLength(2);
  });
});
