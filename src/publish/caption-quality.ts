import { z } from 'zod';
import type { Cue } from '../model/track';
import { countWords } from '../text/words';
import type { CaptionProfile } from './caption-profiles';
import type { Language } from '../text/language/language';
import { profileForLanguage } from './script-profiles';

/**
 * Checks a list of cues against a caption profile, limit by limit: the share of cues within each,
 * and every cue outside one, with its times (integer ms, half-open [startMs, endMs)). Text is
 * measured as the cue holds it (speaker labels and markup out), in Unicode code points; words are
 * counted as the captions' language finds them (its segmenter where words are not spaced, so a
 * Chinese clause is not one word).
 */

export const LIMITS = ['lineLength', 'lineCount', 'minDuration', 'maxDuration', 'readingRate', 'minGap', 'overlap'] as const;
export const Limit = z.enum(LIMITS);
export type Limit = z.infer<typeof Limit>;

export const LimitShare = z.strictObject({
  /** cues within the limit */
  within: z.number().int().nonnegative(),
  /** within / cues, 4 decimals; 1 for no cue */
  share: z.number().min(0).max(1),
});
export type LimitShare = z.infer<typeof LimitShare>;

export const QualityViolation = z.strictObject({
  /** 0-based index of the cue in the list checked */
  cueIndex: z.number().int().nonnegative(),
  startMs: z.number().int(),
  endMs: z.number().int(),
  limit: Limit,
  /**
   * what was measured: characters (lineLength), lines, ms (durations, gap, overlap), characters per
   * second (1 decimal) or words per minute (whole) for readingRate
   */
  value: z.number(),
  max: z.number().optional(),
  min: z.number().optional(),
});
export type QualityViolation = z.infer<typeof QualityViolation>;

export const CaptionQualityReport = z.strictObject({
  profile: z.string(),
  cues: z.number().int().nonnegative(),
  /** cues outside at least one limit */
  cuesOutside: z.number().int().nonnegative(),
  limits: z.strictObject({
    lineLength: LimitShare,
    lineCount: LimitShare,
    minDuration: LimitShare,
    maxDuration: LimitShare,
    readingRate: LimitShare,
    minGap: LimitShare,
    overlap: LimitShare,
  }),
  violations: z.array(QualityViolation),
});
export type CaptionQualityReport = z.infer<typeof CaptionQualityReport>;

/** Length in Unicode code points (an emoji or an astral letter is one character on screen). */
export function charLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** Characters read on screen: the text without its line breaks. */
export function readingChars(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) breaks++;
  return charLength(text) - breaks;
}

/** The words of a caption text: space-separated tokens, or the segmenter's words where the language does not space them. */
export function captionWordCount(text: string, lang: Language): number {
  return lang.spaced ? countWords(text) : lang.words(text).length;
}

/** The shortest display time (ms) the profile allows a cue of `words` words. */
export function minDurationFor(profile: CaptionProfile, words: number): number {
  return Math.max(profile.minDurationMs, profile.minDurationPerWordMs * words);
}

/** The shortest display time (ms) at which a text stays within the profile's reading rate. */
export function readingDurationFor(profile: CaptionProfile, text: string, lang: Language): number {
  const rate = profile.readingRate;
  return rate.unit === 'chars-per-second' ? Math.ceil((readingChars(text) * 1000) / rate.max) : Math.ceil((captionWordCount(text, lang) * 60_000) / rate.max);
}

/** The reading rate of a cue in the profile's unit (a cue of no duration counts as 1 ms). */
export function readingRateOf(profile: CaptionProfile, text: string, durationMs: number, lang: Language): number {
  const ms = Math.max(1, durationMs);
  return profile.readingRate.unit === 'chars-per-second' ? (readingChars(text) * 1000) / ms : (captionWordCount(text, lang) * 60_000) / ms;
}

function roundRate(profile: CaptionProfile, value: number): number {
  return profile.readingRate.unit === 'chars-per-second' ? Math.round(value * 10) / 10 : Math.round(value);
}

/** Checks cues, in list order, against a profile, with its numbers for the captions' language (script-profiles.ts). */
export function checkCaptionQuality(cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'text'>[], asked: CaptionProfile, lang: Language): CaptionQualityReport {
  const profile = profileForLanguage(asked, lang);
  const violations: QualityViolation[] = [];
  const outside = Object.fromEntries(LIMITS.map((l) => [l, 0])) as Record<Limit, number>;
  const cuesOutside = new Set<number>();
  const report = (cueIndex: number, cue: Pick<Cue, 'startMs' | 'endMs'>, limit: Limit, value: number, bound: { max: number } | { min: number }) => {
    violations.push({ cueIndex, startMs: cue.startMs, endMs: cue.endMs, limit, value, ...bound });
    outside[limit]++;
    cuesOutside.add(cueIndex);
  };
  let latestEnd = -Infinity;
  cues.forEach((cue, i) => {
    const lines = cue.text.split('\n');
    let longest = 0;
    for (const line of lines) longest = Math.max(longest, charLength(line));
    if (longest > profile.maxCharsPerLine) report(i, cue, 'lineLength', longest, { max: profile.maxCharsPerLine });
    if (lines.length > profile.maxLines) report(i, cue, 'lineCount', lines.length, { max: profile.maxLines });
    const duration = cue.endMs - cue.startMs;
    const minDuration = minDurationFor(profile, captionWordCount(cue.text, lang));
    if (duration < minDuration) report(i, cue, 'minDuration', duration, { min: minDuration });
    if (profile.maxDurationMs !== null && duration > profile.maxDurationMs) report(i, cue, 'maxDuration', duration, { max: profile.maxDurationMs });
    const rate = readingRateOf(profile, cue.text, duration, lang);
    if (rate > profile.readingRate.max) report(i, cue, 'readingRate', roundRate(profile, rate), { max: profile.readingRate.max });
    if (i > 0) {
      const gap = cue.startMs - latestEnd;
      if (gap < 0) report(i, cue, 'overlap', -gap, { max: 0 });
      else if (gap < profile.minGapMs) report(i, cue, 'minGap', gap, { min: profile.minGapMs });
    }
    latestEnd = Math.max(latestEnd, cue.endMs);
  });
  const share = (n: number) => (cues.length === 0 ? 1 : Math.round(((cues.length - n) / cues.length) * 10_000) / 10_000);
  const limits = Object.fromEntries(LIMITS.map((l) => [l, { within: cues.length - outside[l], share: share(outside[l]) }])) as CaptionQualityReport['limits'];
  return { profile: profile.name, cues: cues.length, cuesOutside: cuesOutside.size, limits, violations };
}
