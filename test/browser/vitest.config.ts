// `npm run test:browser`: the checks that drive headless Chromium, kept out of the default unit run (they need the
// Debian `chromium` package and take a few seconds each).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
