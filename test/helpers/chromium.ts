import { existsSync } from 'fs';
import type { Requirement } from './requirements';

/** Debian's chromium, which playwright-core drives (no browser download works here). */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_REQUIREMENT: Requirement = { what: CHROMIUM, present: existsSync(CHROMIUM), hint: ".ci/run installs Debian's chromium" };
