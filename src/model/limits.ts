import { z } from 'zod';
import { UsageError } from './errors';

const MIB = 1024 * 1024;

/**
 * How much input recap accepts before refusing it with a clear error, so that no manifest or
 * caption file can exhaust memory or stall a worker (issue 10). Read once from the environment by
 * the command line or a worker (`parseLimits(process.env)`) and passed down; nothing below reads
 * the environment. The defaults leave wide room for legitimate input: a 24-hour recording's
 * captions are about 10 MB and a few hundred thousand cues.
 */
export const Limits = z.strictObject({
  /** RECAP_MAX_MANIFEST_BYTES: an event manifest's size in bytes, checked before it is parsed */
  maxManifestBytes: z.number().int().positive(),
  /** RECAP_MAX_CAPTION_BYTES: a caption file's size in bytes, checked before it is read */
  maxCaptionBytes: z.number().int().positive(),
  /** RECAP_MAX_CUES: cues in one caption file */
  maxCues: z.number().int().positive(),
  /** RECAP_MAX_CUE_CHARS: characters in one cue's text */
  maxCueChars: z.number().int().positive(),
});
export type Limits = z.infer<typeof Limits>;

export const DEFAULT_LIMITS: Limits = {
  maxManifestBytes: 1 * MIB,
  maxCaptionBytes: 64 * MIB,
  maxCues: 2_000_000,
  maxCueChars: 100_000,
};

const VARIABLES: Record<keyof Limits, string> = {
  maxManifestBytes: 'RECAP_MAX_MANIFEST_BYTES',
  maxCaptionBytes: 'RECAP_MAX_CAPTION_BYTES',
  maxCues: 'RECAP_MAX_CUES',
  maxCueChars: 'RECAP_MAX_CUE_CHARS',
};

/** A positive whole number written in decimal digits only: "1e9", "0x10" or "12MB" are refused rather than guessed at. */
const Count = z.string().regex(/^[1-9][0-9]{0,15}$/, { error: 'must be a positive whole number (digits only)' }).transform(Number);

/** The limits from the environment; an unset or empty variable keeps its default. Throws UsageError naming the variable. */
export function parseLimits(env: Record<string, string | undefined>): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const field of Object.keys(VARIABLES) as (keyof Limits)[]) {
    const name = VARIABLES[field];
    const value = env[name];
    if (value === undefined || value === '') continue;
    const parsed = Count.safeParse(value.trim());
    if (!parsed.success) throw new UsageError(`${name}="${value}": ${parsed.error.issues[0]!.message}`);
    limits[field] = parsed.data;
  }
  return Limits.parse(limits);
}
