import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: playwright-core cannot download a browser on this network. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and quiet on a machine without network access (no background or update connections). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The `skip` option for browser tests: a reason when Chromium is missing on a developer's machine, never under
 * CI=true, where a missing browser must fail the run rather than pass it silently.
 */
export const skipWithoutChromium: string | false =
  existsSync(CHROMIUM) || process.env.CI === 'true' ? false : `${CHROMIUM} not installed (required when CI=true)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
