// Headless Chromium for the browser checks: Debian's `chromium` package driven by playwright-core, which downloads
// no browser of its own.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/**
 * Starts headless Chromium. A missing binary is a failure that says how to install it, never a skipped check.
 *
 * @param args - Extra command-line switches.
 */
export async function launchChromium(args: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get update && apt-get install -y chromium\` ` +
        '(.ci/run does this when it is missing), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', ...args] });
}
