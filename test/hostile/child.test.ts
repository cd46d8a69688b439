import { describe, expect, it } from 'vitest';
import { runProbe } from './child.js';

describe('runProbe', () => {
  it('reports the last JSON line a probe prints, and the imports resolve from the project', async () => {
    const result = await runProbe(
      `import { StreamError } from './src/index.ts'; console.log(JSON.stringify({ name: new StreamError('aborted', 'x').name }));`,
    );
    expect(result.code).toBe(0);
    expect(result.report).toEqual({ name: 'StreamError' });
  });

  it('ends a probe that runs past its time limit', async () => {
    const result = await runProbe('setInterval(() => {}, 1000);', { timeoutMs: 1_000 });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
  });
});
