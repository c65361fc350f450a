import type { Language } from '../text/language/language';
import type { CaptionProfile } from './caption-profiles';

/**
 * Line length and reading rate for languages whose captions are measured in characters of their
 * own script (Chinese, Japanese, Korean): a line of 42 Latin characters holds far more words than
 * one of 42 Han characters, and no profile of CAPTION-RULES.md was written for these scripts.
 * Every profile takes these two numbers for such a language and keeps the rest of its own
 * (lines a cue, durations, gaps, speaker labels).
 *
 * Reading rates are the guides' figures for SDH (captions for the deaf and hard of hearing in the
 * language spoken), which is what recap publishes; the figures for translated subtitles are lower
 * (Chinese 9, Japanese 4, Korean 12 characters a second).
 */
export interface ScriptNumbers {
  maxCharsPerLine: number;
  charsPerSecond: number;
  source: string;
}

const NETFLIX = "as Subtitle Edit's Netflix quality check carries them";

/** By BCP 47 primary subtag. */
export const SCRIPT_NUMBERS: Readonly<Record<string, ScriptNumbers>> = {
  zh: {
    maxCharsPerLine: 16,
    charsPerSecond: 11,
    source: `Netflix Simplified and Traditional Chinese timed-text style guides: 16 characters a line; 11 characters a second for adult SDH, ${NETFLIX}`,
  },
  ja: {
    maxCharsPerLine: 13,
    charsPerSecond: 7,
    source: `Netflix Japanese timed-text style guide: 13 full-width characters a horizontal line; 7 characters a second for SDH, ${NETFLIX}`,
  },
  ko: {
    maxCharsPerLine: 16,
    charsPerSecond: 14,
    source: `Netflix Korean timed-text style guide: 16 characters a line; 14 characters a second for adult SDH, ${NETFLIX}`,
  },
};

/**
 * The profile as it applies to captions in this language: its own numbers for scripts measured
 * in characters (above), unchanged otherwise (Latin, Cyrillic, Arabic, Hebrew...). The profile's
 * name stays, so reports name the profile asked for; `script` says which numbers were taken.
 */
export function profileForLanguage(profile: CaptionProfile, lang: Language): CaptionProfile {
  const numbers = SCRIPT_NUMBERS[lang.tag];
  if (!numbers || profile.script?.language === lang.tag) return profile;
  return {
    ...profile,
    maxCharsPerLine: numbers.maxCharsPerLine,
    readingRate: { unit: 'chars-per-second', max: numbers.charsPerSecond },
    script: { language: lang.tag, source: numbers.source },
  };
}
