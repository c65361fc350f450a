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

/**
 * How a change of speaker is shown in the text (browsers and ffmpeg do not show WebVTT `<v>`):
 * - `cart`: ">> Name: " before the first words (CART captioning);
 * - `brackets`: "[Name] " before the first words (Netflix's speaker IDs);
 * - `parentheses-line`: "(Name)" on a line of its own above the first words (DCMP);
 * - `caps-colon`: "NAME: " in capitals before the first words (BBC's name labels).
 * An unnamed new speaker is ">>" in every form: no guideline has a form for a voice it cannot
 * name that starts a new caption, and ">>" is the mark readers know.
 */
export const SpeakerLabelForm = z.enum(['cart', 'brackets', 'parentheses-line', 'caps-colon']);
export type SpeakerLabelForm = z.infer<typeof SpeakerLabelForm>;

/**
 * The case captions are published in: `sentence` (ALL-CAPS captions given sentence case, names,
 * acronyms and the event's proper nouns capitalised; mixed-case captions kept as they are) or
 * `source` (as the captioner wrote them).
 */
export const CaptionCase = z.enum(['sentence', 'source']);
export type CaptionCase = z.infer<typeof CaptionCase>;

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
  speakerLabel: z.strictObject({ form: SpeakerLabelForm, source: z.string() }),
  textCase: z.strictObject({ case: CaptionCase, source: z.string() }),
  /**
   * set when the line length and reading rate are those of the captions' script rather than the
   * profile's own (script-profiles.ts: Chinese, Japanese, Korean), with where they come from
   */
  script: z.strictObject({ language: z.string(), source: z.string() }).optional(),
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
    speakerLabel: { form: 'cart', source: 'CART captioning practice: ">>" at each change, with the name when known (CAPTION-RULES.md)' },
    textCase: { case: 'sentence', source: 'DCMP, BBC and Netflix all ask for mixed case (CAPTION-RULES.md)' },
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
    speakerLabel: { form: 'brackets', source: 'Netflix English SDH timed-text style guide: speaker IDs in brackets, lower case but for proper nouns' },
    textCase: { case: 'sentence', source: 'Netflix timed-text style guides: sentence case' },
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
    speakerLabel: { form: 'cart', source: "no speaker form found in Amazon Prime Video's public caption requirements: the CART form" },
    textCase: { case: 'sentence', source: 'as the streaming profiles (CAPTION-RULES.md)' },
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
    speakerLabel: { form: 'parentheses-line', source: 'DCMP Captioning Key, Speaker Identification: the name in parentheses, on a line of its own' },
    textCase: { case: 'sentence', source: 'DCMP Captioning Key, Text: mixed case is preferred for readability' },
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
    speakerLabel: { form: 'caps-colon', source: 'BBC Subtitle Guidelines, Identifying speakers: a name label in capitals and a colon where colour cannot be used' },
    textCase: { case: 'sentence', source: 'BBC Subtitle Guidelines: capitals only for shouting; large chunks of capitals are hard to read' },
  },
};

/** The profile of a name (validated, so a wrong number in the table fails loudly). */
export function captionProfile(name: ProfileName): CaptionProfile {
  return CaptionProfile.parse(PROFILES[name]);
}
