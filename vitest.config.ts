import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The load run has its own command and config (npm run test:load, vitest.load.config.ts).
    exclude: ['test/load/**', 'node_modules/**'],
    testTimeout: 30_000,
    typecheck: {
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
