import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';
import type { Requirement } from './requirements';

/** Debian's chromium, which playwright-core drives (no browser download works here). */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_REQUIREMENT: Requirement = { what: CHROMIUM, present: existsSync(CHROMIUM), hint: ".ci/run installs Debian's chromium" };

/**
 * Debian's chromium, headless, as every browser test and evaluation drives it: no sandbox (root
 * in CI) and no background traffic (the machines reach no network beyond the registries).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking', ...extraArgs] });
}
