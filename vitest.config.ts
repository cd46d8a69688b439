import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The load run has its own command and config (npm run test:load, vitest.load.config.ts).
    exclude: ['test/load/**', 'node_modules/**'],
    testTimeout: 30_000,
    // The files share their workers' modules instead of importing everything afresh: the emulator compiles the
    // spec's validators (most of a second) once per worker, not once per file. No file mocks modules; environment
    // stubs are undone after each test.
    isolate: false,
    unstubEnvs: true,
    // Vitest takes one worker fewer than the cores, so one on two cores; but most files wait on timers, sockets or
    // child processes much of the time, so two workers is the floor.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    typecheck: {
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
