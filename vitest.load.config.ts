import { defineConfig } from 'vitest/config';

// `npm run test:load`: the load run alone, in one forked worker with `gc()` exposed (for the memory check), so that
// no other test file shares its CPU, sockets or heap. The default config (vitest.config.ts) leaves it out.
export default defineConfig({
  test: {
    include: ['test/load/**/*.load.test.ts'],
    pool: 'forks',
    execArgv: ['--expose-gc'],
    fileParallelism: false,
    testTimeout: 170_000,
    hookTimeout: 30_000,
  },
});
