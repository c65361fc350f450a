import type { PipelineOptions } from '../../pipelines/event-pipeline';
import { UsageError } from '../model/errors';
import { CaptionCase, PROFILE_NAMES, type ProfileName } from '../publish/caption-profiles';
import type { CliConfig } from './cli-config';
import { storeTarget } from './cli-store';
import { profileOption } from './profile-option';

/** Help of `--strict` on process and enqueue. */
export const STRICT_PROCESS_HELP = 'refuse implausible input (markup or timestamps left in the text, times running backwards or longer than a day, repeated text, a recording far shorter or longer than its agenda): exit 1 naming file, line and problem, nothing published';

/** The accessible caption profiles `--profile` selects (CAPTION-RULES.md). */
export { PROFILE_NAMES };

export interface ProcessFlags {
  out?: string;
  store?: string;
  /** already a positive whole number: commander parsed it (numeric-flags.ts) */
  summaryWords?: number;
  profile?: string;
  strict?: boolean;
  captionCase?: string;
}

export interface ProcessOptions {
  /** the store: a folder or s3://bucket/prefix */
  store: string;
  /** cap of the event summary, in words */
  summaryWords?: number;
  /** caption profile of the session caption files */
  profile?: ProfileName;
  /** refuse implausible input (exit 1) instead of publishing it with warnings */
  strict?: boolean;
  /** case of the session caption files when not the profile's */
  captionCase?: CaptionCase;
}

/** Validates the flags of `recap process` against each other and the environment (UsageError, exit 2). */
export function resolveProcessOptions(flags: ProcessFlags, config: CliConfig): ProcessOptions {
  if (flags.out !== undefined && flags.store !== undefined && flags.out !== flags.store) {
    throw new UsageError(`--out "${flags.out}" and --store "${flags.store}" disagree (--store is a synonym of --out: give one)`);
  }
  const options: ProcessOptions = { store: storeTarget(flags.out ?? flags.store, config) };
  if (flags.summaryWords !== undefined) options.summaryWords = flags.summaryWords;
  if (flags.profile !== undefined) options.profile = profileOption(flags.profile);
  if (flags.strict === true) options.strict = true;
  if (flags.captionCase !== undefined) {
    const parsed = CaptionCase.safeParse(flags.captionCase);
    if (!parsed.success) throw new UsageError(`--caption-case "${flags.captionCase}": use ${CaptionCase.options.join(' or ')}`);
    options.captionCase = parsed.data;
  }
  return options;
}

/** What of the options the stages take (the store is the runner's). */
export function pipelineOptions(options: ProcessOptions): PipelineOptions {
  return {
    ...(options.summaryWords !== undefined ? { summaryWords: options.summaryWords } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.strict === true ? { strict: true } : {}),
    ...(options.captionCase !== undefined ? { captionCase: options.captionCase } : {}),
  };
}
