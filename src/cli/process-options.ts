import { UsageError } from '../model/errors';
import type { CliConfig } from './cli-config';
import { storeTarget } from './cli-store';

/**
 * Accessible caption profiles `--profile` will select (CAPTION-RULES.md); checked now, applied
 * once caption output arrives, when this list moves to the profile definitions.
 */
export const PROFILE_NAMES = ['default', 'netflix-en', 'amazon', 'dcmp', 'bbc'] as const;

export interface ProcessFlags {
  out?: string;
  store?: string;
  summaryWords?: string;
  profile?: string;
}

export interface ProcessOptions {
  /** the store: a folder or s3://bucket/prefix */
  store: string;
  /** cap of the event summary, in words */
  summaryWords?: number;
  /** not used yet: caption output arrives later */
  profile?: (typeof PROFILE_NAMES)[number];
}

/** Validates the flags of `recap process` against each other and the environment (UsageError, exit 2). */
export function resolveProcessOptions(flags: ProcessFlags, config: CliConfig): ProcessOptions {
  if (flags.out !== undefined && flags.store !== undefined && flags.out !== flags.store) {
    throw new UsageError(`--out "${flags.out}" and --store "${flags.store}" disagree (--store is a synonym of --out: give one)`);
  }
  const options: ProcessOptions = { store: storeTarget(flags.out ?? flags.store, config) };
  if (flags.summaryWords !== undefined) {
    if (!/^\d+$/.test(flags.summaryWords) || Number(flags.summaryWords) < 1 || !Number.isSafeInteger(Number(flags.summaryWords))) {
      throw new UsageError(`--summary-words takes a positive whole number of words, not "${flags.summaryWords}"`);
    }
    options.summaryWords = Number(flags.summaryWords);
  }
  if (flags.profile !== undefined) {
    const profile = PROFILE_NAMES.find((p) => p === flags.profile);
    if (!profile) throw new UsageError(`unknown profile "${flags.profile}"; profiles: ${PROFILE_NAMES.join(', ')}`);
    options.profile = profile;
  }
  return options;
}
