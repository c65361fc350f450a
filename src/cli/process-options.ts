import { UsageError } from '../model/errors';
import type { CliConfig } from './cli-config';

/** Where outputs go when neither --out/--store nor RECAP_STORE says. */
export const DEFAULT_STORE = './recap-data';

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
  /** the store's folder */
  storeDir: string;
  /** not used yet: the summary stage arrives later */
  summaryWords?: number;
  /** not used yet: caption output arrives later */
  profile?: (typeof PROFILE_NAMES)[number];
}

export const S3_NOT_YET = 'S3 stores arrive with queue mode';

/** An s3://bucket/prefix store or key, which only queue mode reads for now. */
export function isS3Url(target: string): boolean {
  return /^s3:\/\//i.test(target);
}

/** Validates the flags of `recap process` against each other and the environment (UsageError, exit 2). */
export function resolveProcessOptions(flags: ProcessFlags, config: CliConfig): ProcessOptions {
  if (flags.out !== undefined && flags.store !== undefined && flags.out !== flags.store) {
    throw new UsageError(`--out "${flags.out}" and --store "${flags.store}" disagree (--store is a synonym of --out: give one)`);
  }
  const storeDir = flags.out ?? flags.store ?? config.store ?? DEFAULT_STORE;
  if (isS3Url(storeDir)) throw new UsageError(`${storeDir}: ${S3_NOT_YET}; give a folder for now`);
  if (storeDir.trim() === '') throw new UsageError('--out needs a folder');
  const options: ProcessOptions = { storeDir };
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
