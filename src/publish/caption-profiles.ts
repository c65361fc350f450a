import { z } from 'zod';

/**
 * Accessible caption profiles: the numbers of CAPTION-RULES.md (shared/docs), as data. Times are
 * integer milliseconds. Every profile also carries the rules CAPTION-RULES.md says all share
 * (a new cue at each speaker change, no overlaps, breaks at phrase boundaries, no word lost),
 * which reflow.ts applies whatever the numbers.
 */

/**
 * A reading-rate ceiling. The streaming profiles give characters per second (counted on the cue's
 * text without its line breaks, spaces and punctuation included, as Subtitle Edit counts them);
 * DCMP and the BBC give words per minute, which is checked as words per minute of display time
 * (words = the cue's space-separated tokens) rather than turned into characters: an average word
 * length would be one more assumption, and the guidelines count words.
 */
export const ReadingRate = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('chars-per-second'), max: z.number().positive() }),
  z.strictObject({ unit: z.literal('words-per-minute'), max: z.number().positive() }),
]);
export type ReadingRate = z.infer<typeof ReadingRate>;

export const CaptionProfile = z.strictObject({
  name: z.string(),
  /** where the numbers come from */
  source: z.string(),
  maxCharsPerLine: z.number().int().positive(),
  maxLines: z.number().int().positive(),
  /** shortest display time of any cue, ms */
  minDurationMs: z.number().int().nonnegative(),
  /** and at least this much per word, ms (BBC: 0.3 s a word); 0 when the profile has no such rule */
  minDurationPerWordMs: z.number().int().nonnegative(),
  /** longest display time, ms; null when the profile sets none */
  maxDurationMs: z.number().int().positive().nullable(),
  readingRate: ReadingRate,
  /** shortest gap between consecutive cues, ms; 0 when the profile only forbids overlaps */
  minGapMs: z.number().int().nonnegative(),
});
export type CaptionProfile = z.infer<typeof CaptionProfile>;

export const PROFILE_NAMES = ['default', 'netflix-en', 'amazon', 'dcmp', 'bbc'] as const;
export const ProfileName = z.enum(PROFILE_NAMES);
export type ProfileName = z.infer<typeof ProfileName>;

const PROFILES: Record<ProfileName, CaptionProfile> = {
  default: {
    name: 'default',
    source: 'close to the streaming profiles (CAPTION-RULES.md)',
    maxCharsPerLine: 42,
    maxLines: 2,
    minDurationMs: 1000,
    minDurationPerWordMs: 0,
    maxDurationMs: 7000,
    readingRate: { unit: 'chars-per-second', max: 20 },
    minGapMs: 83,
  },
  'netflix-en': {
    name: 'netflix-en',
    source: "Netflix English timed-text style guide, as carried in Subtitle Edit's profiles",
    maxCharsPerLine: 42,
    maxLines: 2,
    // 5/6 s and 2 frames at 23.976 fps, in whole ms
    minDurationMs: 833,
    minDurationPerWordMs: 0,
    maxDurationMs: 7007,
    readingRate: { unit: 'chars-per-second', max: 20 },
    minGapMs: 83,
  },
  amazon: {
    name: 'amazon',
    source: 'Amazon Prime profile in Subtitle Edit',
    maxCharsPerLine: 42,
    maxLines: 2,
    minDurationMs: 1000,
    minDurationPerWordMs: 0,
    maxDurationMs: 7007,
    readingRate: { unit: 'chars-per-second', max: 17 },
    minGapMs: 83,
  },
  dcmp: {
    name: 'dcmp',
    source: 'DCMP Captioning Key (adult special-interest reading rate)',
    maxCharsPerLine: 32,
    maxLines: 2,
    minDurationMs: 2000,
    minDurationPerWordMs: 0,
    maxDurationMs: null,
    readingRate: { unit: 'words-per-minute', max: 160 },
    minGapMs: 0,
  },
  bbc: {
    name: 'bbc',
    // "about 37" characters: 68% of a 16:9 frame; the upper end of 160-180 words a minute.
    source: 'BBC Subtitle Guidelines',
    maxCharsPerLine: 37,
    maxLines: 2,
    minDurationMs: 0,
    minDurationPerWordMs: 300,
    maxDurationMs: null,
    readingRate: { unit: 'words-per-minute', max: 180 },
    minGapMs: 0,
  },
};

/** The profile of a name (validated, so a wrong number in the table fails loudly). */
export function captionProfile(name: ProfileName): CaptionProfile {
  return CaptionProfile.parse(PROFILES[name]);
}
